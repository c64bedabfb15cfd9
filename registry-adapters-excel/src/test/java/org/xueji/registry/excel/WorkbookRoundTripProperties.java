package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

class WorkbookRoundTripProperties {

    private static Path directory;

    @BeforeContainer
    static void createDirectory() throws IOException {
        directory = Files.createTempDirectory("xueji-roundtrip");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (var files = Files.list(directory)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.delete(file);
            }
        }
        Files.delete(directory);
    }

    @Property(tries = 60)
    void readsBackEveryTextNumberAndDateItWrote(@ForAll("rows") List<List<Object>> rows)
            throws IOException {
        Path file = Files.createTempFile(directory, "rt", ".xlsx");
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            XlsxWriter.SheetWriter sheet = writer.sheet("数据", List.of(ColumnSpec.of("A"),
                    ColumnSpec.of("B"), ColumnSpec.of("C")));
            for (List<Object> row : rows) {
                sheet.row(row);
            }
        }

        List<Row> read = XlsxReaderTest.rows(file);

        assertThat(read).hasSize(rows.size() + 1);
        for (int r = 0; r < rows.size(); r++) {
            List<Object> written = rows.get(r);
            Row row = read.get(r + 1);
            assertThat(row.rowNumber()).isEqualTo(r + 2);
            for (int c = 0; c < written.size(); c++) {
                Object value = written.get(c);
                Cell cell = row.cell(c);
                if (value instanceof String) {
                    assertThat(cell.type()).isEqualTo(CellType.STRING);
                    assertThat(cell.text()).isEqualTo(value);
                } else if (value instanceof LocalDate) {
                    assertThat(cell.date()).isEqualTo(value);
                } else {
                    assertThat(CellValues.text(cell)).isEqualTo(value.toString());
                }
            }
        }
        Files.delete(file);
    }

    @Provide
    Arbitrary<List<List<Object>>> rows() {
        Arbitrary<Object> value = Arbitraries.oneOf(hostileStrings(), Arbitraries.strings()
                .ofMaxLength(40).map(s -> (Object) s), Arbitraries.longs()
                .between(-999_999_999_999_999L, 999_999_999_999_999L).map(l -> (Object) l),
                Arbitraries.integers().between(0, 50_000)
                        .map(days -> (Object) LocalDate.of(1901, 1, 1).plusDays(days)));
        return value.list().ofSize(3).list().ofMaxSize(8);
    }

    private static Arbitrary<Object> hostileStrings() {
        List<String> prefixes = List.of("=", "+", "-", "@", "\t", "\r", "_x0041_", "\u0000",
                "\uD83D\uDE00", "\uD800", "\uFFFE", " ", "\r\n", "]]>", "&lt;", "<f>");
        Arbitrary<String> prefix = Arbitraries.of(prefixes);
        Arbitrary<String> body = Arbitraries.strings().ofMaxLength(30);
        Arbitrary<String> longText = Arbitraries.strings().withCharRange('一', '龥')
                .ofMinLength(5000).ofMaxLength(XlsxWriter.MAX_CELL_CHARS);
        return Arbitraries.oneOf(
                prefix.list().ofMaxSize(4).flatMap(parts -> body.map(
                        b -> (Object) (String.join("", parts) + b + String.join("", parts)))),
                longText.map(s -> (Object) s));
    }
}
