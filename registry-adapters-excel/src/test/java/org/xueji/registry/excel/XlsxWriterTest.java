package org.xueji.registry.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxWriterTest {

    @TempDir
    Path directory;

    @Test
    void writesFormulaLikeTextAsTextThatNoSpreadsheetRuns() throws IOException {
        Path file = directory.resolve("roster.xlsx");
        List<String> hostile = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+2", "-3", "@SUM(A1)",
                "\t=1", "\r=1");
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            XlsxWriter.SheetWriter sheet = writer.sheet("花名册", List.of(ColumnSpec.of("备注")));
            for (String text : hostile) {
                sheet.row(List.of(text));
            }
        }

        String xml = entry(file, "xl/worksheets/sheet1.xml");
        assertThat(xml).doesNotContain("<f>").doesNotContain("<f ");
        assertThat(XlsxReaderTest.rows(file).subList(1, 7)).extracting(row -> row.cell(0).text())
                .containsExactlyElementsOf(hostile);
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (int i = 1; i <= hostile.size(); i++) {
                org.apache.poi.ss.usermodel.Cell cell = sheet.getRow(i).getCell(0);
                assertThat(cell.getCellType())
                        .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
            }
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void writesValuesByTheirTypeWithHeaderStyleWidthsAndMarkedCells() throws Exception {
        Path file = directory.resolve("report.xlsx");
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            XlsxWriter.SheetWriter sheet = writer.sheet("错误报告", List.of(ColumnSpec.of("姓名"),
                    ColumnSpec.of("出生日期").withWidth(14), ColumnSpec.of("人数"),
                    ColumnSpec.of("在读"), ColumnSpec.of("身份证件号"), ColumnSpec.of("问题")));
            sheet.row(Arrays.asList("张三", LocalDate.of(2019, 9, 1), 42, true,
                    110101201909011234L, "出生日期不合规"), Set.of(1));
            sheet.row(Arrays.asList(null, LocalDateTime.of(2020, 1, 2, 3, 4),
                    new BigDecimal("12.50"), false, null, null), Set.of(4));
            writer.sheet("汇总", List.of(ColumnSpec.of("行数"))).row(List.of(2));
        }

        List<Row> rows = XlsxReaderTest.rows(file);
        assertThat(rows.get(1).cells()).extracting(Cell::type).containsExactly(CellType.STRING,
                CellType.DATE, CellType.NUMBER, CellType.BOOLEAN, CellType.STRING,
                CellType.STRING);
        assertThat(rows.get(1).cell(1).date()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(rows.get(1).cell(4).text()).isEqualTo("110101201909011234");
        assertThat(rows.get(2).cell(1).dateTime()).isEqualTo(LocalDateTime.of(2020, 1, 2, 3, 4));
        assertThat(rows.get(2).cell(2).text()).isEqualTo("12.5");
        try (XSSFWorkbook workbook = new XSSFWorkbook(file.toFile())) {
            XSSFSheet sheet = workbook.getSheet("错误报告");
            assertThat(workbook.getSheetName(1)).isEqualTo("汇总");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isEqualTo(14 * 256);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getRow(1).getCell(1).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.NO_FILL);
            assertThat(sheet.getRow(2).getCell(4).getCellStyle().getFillPattern())
                    .isEqualTo(FillPatternType.SOLID_FOREGROUND);
        }
    }

    @Test
    void refusesBadSheetNamesAndOverlongTexts() {
        try (XlsxWriter writer = XlsxWriter.create(directory.resolve("bad.xlsx"))) {
            assertThatThrownBy(() -> writer.sheet("a/b", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> writer.sheet("x".repeat(32), List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            XlsxWriter.SheetWriter sheet = writer.sheet("学生", List.of());
            assertThatThrownBy(() -> writer.sheet("学生", List.of()))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> sheet.row(List.of("x".repeat(XlsxWriter.MAX_CELL_CHARS + 1))))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    private static String entry(Path file, String name) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile());
                InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return new String(in.readAllBytes(), UTF_8);
        }
    }
}
