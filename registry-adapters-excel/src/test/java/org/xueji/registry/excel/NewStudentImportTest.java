package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.identityNumber;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.Sex;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class NewStudentImportTest {

    @TempDir
    Path directory;

    private final ImportFixture fixture = new ImportFixture();

    @Test
    void dryRunChecksEveryRowAndStoresNothing() throws IOException {
        Path file = TestSheets.xlsx(directory.resolve("new.xlsx"), List.of(header(),
                validRow("李明", 1), validRow("王芳", 2), preschoolRow("赵小", 3)));

        ImportReport report = NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                GRADE_ONE, file);

        assertThat(report.isDryRun()).isTrue();
        assertThat(report.problems()).hasSize(1);
        assertThat(report.rows()).isEqualTo(3);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.column()).isEqualTo("出生日期");
            assertThat(problem.cellReference()).isEqualTo("C4");
            assertThat(problem.rule()).isEqualTo("ENTRY_AGE");
            assertThat(problem.code()).isEqualTo(ErrorCode.ENTRY_AGE);
        });
        assertThat(collected()).isEmpty();
    }

    @Test
    void importStoresTheAcceptedRowsOnly() throws IOException {
        Path file = TestSheets.xlsx(directory.resolve("new.xlsx"), List.of(header(),
                validRow("李明", 1), preschoolRow("赵小", 3), validRow("王芳", 2)));

        ImportReport report = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults().withChunkSize(2));

        assertThat(report.isDryRun()).isFalse();
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.refused()).isEqualTo(1);
        assertThat(collected()).extracting(student -> student.details().name())
                .containsExactlyInAnyOrder("李明", "王芳");
    }

    @Test
    void findsTheHeaderBelowTitlesMatchesVariantsInAnyOrderAndIgnoresUnknownColumns()
            throws IOException {
        List<Object> header = header();
        header.set(6, "身份证号");
        header.set(0, "学生姓名（必填）");
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("2025年秋季一年级新生信息表"));
        rows.add(List.of("填表说明：身份证号请设为文本格式"));
        rows.add(reversed(withExtra(header, "备注")));
        rows.add(reversed(withExtra(validRow("李明", 1), "转入生")));
        rows.add(List.of());
        rows.add(reversed(withExtra(validRow("王芳", 2), null)));
        Path file = TestSheets.xlsx(directory.resolve("titled.xlsx"), rows);

        ImportReport report = NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                GRADE_ONE, file);

        assertThat(report.headerRow()).isEqualTo(3);
        assertThat(report.unknownColumns()).containsExactly("备注");
        assertThat(report.rows()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.problemCount()).isZero();
    }

    @Test
    void refusesASheetWithoutRequiredColumnsListingEveryOne() throws IOException {
        List<Object> header = header();
        List<Object> row = validRow("李明", 1);
        for (int column : new int[] {14, 1}) {
            header.remove(column);
            row.remove(column);
        }
        Path file = TestSheets.xlsx(directory.resolve("short.xlsx"), List.of(header, row));

        assertThatThrownBy(() -> NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults()))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.MISSING_COLUMNS);
                    assertThat(e.chineseMessage()).contains("性别、班级");
                });
        assertThat(collected()).isEmpty();
    }

    @Test
    void saysAnIdentityNumberStoredAsANumberLostItsLastDigits() throws IOException {
        List<Object> row = validRow("李明", 1);
        row.set(6, new BigDecimal(identityNumber(LocalDate.of(2019, 1, 2), Sex.FEMALE, 1)
                .substring(0, 17)).multiply(BigDecimal.TEN));
        Path file = TestSheets.xlsx(directory.resolve("numeric.xlsx"), List.of(header(), row));

        ImportReport report = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults());

        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.IDENTITY_NUMBER_STORED_AS_NUMBER);
            assertThat(problem.cellReference()).isEqualTo("G2");
            assertThat(problem.column()).isEqualTo("身份证件号");
            assertThat(problem.chineseMessage()).contains("15 位有效数字", "无法找回");
        });
        assertThat(collected()).isEmpty();
    }

    @Test
    void reportsAllProblemsOfARowAtOnce() throws IOException {
        List<Object> row = validRow("李明", 1);
        row.set(1, "男女");
        row.set(2, "2019-02-30");
        row.set(4, "火星族");
        row.set(14, "九（9）班");
        Path file = TestSheets.xlsx(directory.resolve("bad.xlsx"), List.of(header(), row,
                validRow("王芳", 2)));

        ImportReport report = NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                GRADE_ONE, file);

        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::cellReference)
                .containsExactlyInAnyOrder("B2", "C2", "E2", "O2");
        assertThat(report.problems()).allSatisfy(problem -> {
            assertThat(problem.sheet()).isEqualTo("新生");
            assertThat(problem.row()).isEqualTo(2);
        });
    }

    @Test
    void readsCellsAsAClerkMeantThem() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        rows.add(shaped(validRow("李明", 1), 2, "2019/1/2", 2, null));
        rows.add(shaped(validRow("王芳", 2), 2, "2019年1月3日", 1, 1));
        rows.add(shaped(validRow("赵强", 4), 2, 20190105, "男", "01"));
        List<Object> lowerX = validRow("钱多", 0);
        lowerX.set(6, "３４０１１１" + identityNumber(LocalDate.of(2019, 1, 1), Sex.MALE, 0)
                .substring(6).toLowerCase());
        lowerX.set(0, new TestSheets.Formula("\"钱\"&\"多\""));
        rows.add(lowerX);
        for (List<Object> row : rows.subList(2, rows.size())) {
            row.set(14, null);
        }
        Path file = TestSheets.xlsx(directory.resolve("shapes.xlsx"), rows, "O2:O5");

        ImportReport report = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults());

        assertThat(report.problems()).isEmpty();
        assertThat(report.accepted()).isEqualTo(4);
        assertThat(collected()).extracting(student -> student.details().name())
                .containsExactlyInAnyOrder("李明", "王芳", "赵强", "钱多");
    }

    @Test
    void importingTheSameFileTwiceRegistersNobodyTwice() throws IOException {
        Path file = TestSheets.xlsx(directory.resolve("twice.xlsx"), List.of(header(),
                validRow("李明", 1), validRow("王芳", 2), preschoolRow("赵小", 3)));

        ImportReport first = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults());
        ImportReport second = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults());
        ImportReport dryThird = NewStudentImport.dryRun(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file);

        assertThat(first.accepted()).isEqualTo(2);
        assertThat(second.accepted()).isZero();
        assertThat(second.count(RowOutcome.ALREADY_COLLECTED)).isEqualTo(2);
        assertThat(second.refused()).isEqualTo(1);
        assertThat(second.problems()).extracting(ImportProblem::rule)
                .containsExactly("ENTRY_AGE");
        assertThat(dryThird.count(RowOutcome.ALREADY_COLLECTED)).isEqualTo(2);
        assertThat(collected()).hasSize(2);
    }

    @Test
    void refusesTheSecondRowOfAStudentAcrossChunks() throws IOException {
        Path file = TestSheets.xlsx(directory.resolve("repeat.xlsx"), List.of(header(),
                validRow("李明", 1), validRow("王芳", 2), validRow("李明", 1)));

        ImportReport report = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults().withChunkSize(1));

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(4);
            assertThat(problem.rule()).isEqualTo("NOT_TWICE_IN_BATCH");
            assertThat(problem.chineseMessage()).contains("第 2 行");
        });
        assertThat(collected()).hasSize(2);
    }

    @Test
    void importsALegacyXlsWorkbook() throws IOException {
        Path file = TestSheets.xls(directory.resolve("old.xls"), List.of(header(),
                validRow("李明", 1), validRow("王芳", 2)));

        ImportReport report = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults());

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(collected()).hasSize(2);
    }

    @Test
    void keepsABoundedNumberOfProblemsAndCountsTheRest() throws IOException {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        for (int i = 0; i < 12; i++) {
            rows.add(preschoolRow("学生" + i, i));
        }
        Path file = TestSheets.xlsx(directory.resolve("many.xlsx"), rows);

        ImportReport report = NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                GRADE_ONE, file, ImportOptions.defaults().withMaxProblems(5));

        assertThat(report.problems()).hasSize(5);
        assertThat(report.problemCount()).isEqualTo(12);
        assertThat(report.problemsOmitted()).isEqualTo(7);
        assertThat(report.problemsByRule()).containsEntry("ENTRY_AGE", 12L);
        assertThat(report.problemsByColumn()).containsEntry("出生日期", 12L);
    }

    private List<Student> collected() {
        return fixture.registry.enrollment().list(fixture.school, PRIMARY,
                RegistrationStatus.COLLECTED);
    }

    static List<Object> preschoolRow(String name, int sequence) {
        List<Object> row = validRow(name, sequence);
        LocalDate birth = LocalDate.of(2020, 1, 1);
        row.set(2, birth);
        row.set(6, identityNumber(birth, sequence % 2 == 0 ? Sex.MALE : Sex.FEMALE, sequence));
        return row;
    }

    private static List<Object> shaped(List<Object> row, int column, Object birth, Object sex,
            Object ethnicity) {
        row.set(column, birth);
        row.set(1, sex);
        if (ethnicity != null) {
            row.set(4, ethnicity);
        }
        return row;
    }

    private static List<Object> withExtra(List<Object> row, Object extra) {
        List<Object> copy = new ArrayList<>(row);
        copy.add(extra);
        return copy;
    }

    private static List<Object> reversed(List<Object> row) {
        List<Object> copy = new ArrayList<>(row);
        Collections.reverse(copy);
        return copy;
    }
}
