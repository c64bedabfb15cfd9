package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.identityNumber;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.xueji.registry.code.Sex;
import org.xueji.registry.student.RegistrationStatus;

class ImportProperties {

    private static Path directory;

    /** The shapes a generated row takes. */
    enum Shape { VALID, PRESCHOOL, BAD_CODES, NUMERIC_IDENTITY, BLANK, REPEAT }

    @BeforeContainer
    static void createDirectory() throws IOException {
        directory = Files.createTempDirectory("xueji-import");
    }

    @AfterContainer
    static void deleteDirectory() throws IOException {
        try (var files = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) files.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(path);
            }
        }
    }

    @Property(tries = 25)
    void everyRowIsAcceptedOrReportedAndNoneTwice(@ForAll("shapes") List<Shape> shapes,
            @ForAll("chunks") int chunkSize) throws IOException {
        ImportFixture fixture = new ImportFixture();
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        Set<Integer> dataRows = new HashSet<>();
        for (int i = 0; i < shapes.size(); i++) {
            rows.add(row(shapes.get(i), i));
            if (shapes.get(i) != Shape.BLANK) {
                dataRows.add(i + 2);
            }
        }
        Path file = TestSheets.xlsx(Files.createTempFile(directory, "p", ".xlsx"), rows);
        List<Integer> heard = new ArrayList<>();
        Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);

        ImportReport report = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults().withChunkSize(chunkSize)
                        .withListener((row, outcome, problems) -> {
                            heard.add(row);
                            outcomes.merge(outcome, 1, Integer::sum);
                            assertThat(problems.isEmpty())
                                    .isEqualTo(outcome != RowOutcome.REFUSED);
                            assertThat(problems).allMatch(problem -> problem.row() == row);
                        }));

        assertThat(heard).doesNotHaveDuplicates();
        assertThat(new HashSet<>(heard)).isEqualTo(dataRows);
        assertThat(report.rows()).isEqualTo(dataRows.size());
        for (RowOutcome outcome : RowOutcome.values()) {
            assertThat(report.count(outcome))
                    .isEqualTo((long) outcomes.getOrDefault(outcome, 0));
        }
        assertThat(fixture.registry.enrollment().list(fixture.school, PRIMARY,
                RegistrationStatus.COLLECTED)).hasSize((int) report.accepted());
    }

    @Provide
    Arbitrary<List<Shape>> shapes() {
        return Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.just(Shape.VALID)),
                Tuple.of(1, Arbitraries.just(Shape.PRESCHOOL)),
                Tuple.of(1, Arbitraries.just(Shape.BAD_CODES)),
                Tuple.of(1, Arbitraries.just(Shape.NUMERIC_IDENTITY)),
                Tuple.of(1, Arbitraries.just(Shape.BLANK)),
                Tuple.of(2, Arbitraries.just(Shape.REPEAT)))
                .list().ofMaxSize(30);
    }

    @Provide
    Arbitrary<Integer> chunks() {
        return Arbitraries.integers().between(1, 8);
    }

    private static List<Object> row(Shape shape, int index) {
        switch (shape) {
            case PRESCHOOL:
                return NewStudentImportTest.preschoolRow("学生" + index, index);
            case BAD_CODES:
                List<Object> bad = validRow("学生" + index, index);
                bad.set(4, "火星族");
                bad.set(2, "2019-13-01");
                return bad;
            case NUMERIC_IDENTITY:
                List<Object> numeric = validRow("学生" + index, index);
                numeric.set(6, new BigDecimal(identityNumber(LocalDate.of(2019, 1, 1),
                        Sex.MALE, index).substring(0, 15)).movePointRight(3));
                return numeric;
            case BLANK:
                return List.of();
            case REPEAT:
                return validRow("重复", index % 3);
            default:
                return validRow("学生" + index, index + 3);
        }
    }
}
