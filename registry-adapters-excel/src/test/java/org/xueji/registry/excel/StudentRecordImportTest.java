package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.student.Student;

class StudentRecordImportTest {

    @TempDir
    Path directory;

    private final SchoolYearImportFixture fixture = new SchoolYearImportFixture();
    private final SchoolClass eighth = fixture.schoolClass(SchoolYearImportFixture.JUNIOR, 8);
    private final Student first = fixture.student(1, eighth);
    private final Student second = fixture.student(2, eighth);

    @Test
    void importsAwardsOfStudentsFoundByIdentityOrRegistryNumberUnderVariantHeaders()
            throws IOException {
        Path file = sheet(List.of(
                row(identity(first), "", "学生1", LocalDate.of(2026, 5, 4), "三好学生", "校级"),
                row("", second.registryNumber().value(), "", "2026-06-01", "优秀干部", "")));

        ImportReport report = StudentRecordImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, RecordEntryKind.AWARD, file,
                ImportOptions.defaults());

        assertThat(report.headerRow()).isEqualTo(2);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.problems()).isEmpty();
        assertThat(entries(first)).containsExactly(new RecordEntry(RecordEntryKind.AWARD,
                LocalDate.of(2026, 5, 4), "三好学生", "校级"));
        assertThat(entries(second)).extracting(RecordEntry::title).containsExactly("优秀干部");
    }

    @Test
    void aStudentOfAnotherSchoolIsARowProblemNotAnException() throws IOException {
        SchoolClass senior3 = fixture.schoolClass(SchoolYearImportFixture.SENIOR, 12);
        Student elsewhere = fixture.student(3, senior3);
        Path file = sheet(List.of(
                row(identity(elsewhere), "", "", "2026-05-04", "三好学生", ""),
                row(identity(first), "", "", "2026-05-04", "三好学生", "")));

        ImportReport report = StudentRecordImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, RecordEntryKind.AWARD, file,
                ImportOptions.defaults());

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(3);
            assertThat(problem.column()).isEqualTo("身份证号");
            assertThat(problem.cellReference()).isEqualTo("A3");
            assertThat(problem.code()).isEqualTo(ErrorCode.NOT_FOUND);
            assertThat(problem.chineseMessage()).doesNotContain(identity(elsewhere));
        });
        assertThat(entries(elsewhere)).isEmpty();
    }

    @Test
    void reportsEveryProblemOfARowAtOnceAndStoresNothingOfIt() throws IOException {
        Path file = sheet(List.of(
                row(identity(first), "", "李四", "2026-13-45", "", "校级")));

        ImportReport report = StudentRecordImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, RecordEntryKind.AWARD, file,
                ImportOptions.defaults());

        assertThat(report.refused()).isEqualTo(1);
        assertThat(report.problems()).extracting(ImportProblem::cellReference,
                ImportProblem::code).containsExactlyInAnyOrder(
                        tuple("C3", ErrorCode.INVALID_VALUE), tuple("D3", ErrorCode.INVALID_DATE),
                        tuple("E3", ErrorCode.INVALID_VALUE));
        assertThat(entries(first)).isEmpty();
    }

    @Test
    void importingTheSameFileTwiceAddsEachEntryOnce() throws IOException {
        Path file = sheet(List.of(
                row(identity(first), "", "", "2026-05-04", "三好学生", "校级"),
                row(identity(first), "", "", "2026-06-01", "优秀干部", "")));
        StudentRecordImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, RecordEntryKind.AWARD, file,
                ImportOptions.defaults());

        ImportReport again = StudentRecordImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, RecordEntryKind.AWARD, file,
                ImportOptions.defaults());

        assertThat(again.count(RowOutcome.ALREADY_RECORDED)).isEqualTo(2);
        assertThat(again.problems()).isEmpty();
        assertThat(entries(first)).hasSize(2);
    }

    @Test
    void aDryRunChecksEveryRowAndStoresNothing() throws IOException {
        Path file = sheet(List.of(
                row(identity(first), "", "", "2026-05-04", "三好学生", ""),
                row("", "G123", "", "2026-05-04", "三好学生", "")));

        ImportReport report = StudentRecordImport.dryRun(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, RecordEntryKind.AWARD, file);

        assertThat(report.isDryRun()).isTrue();
        assertThat(report.accepted()).isEqualTo(1);
        assertThat(report.problems()).singleElement().satisfies(problem ->
                assertThat(problem.code()).isEqualTo(ErrorCode.INVALID_REGISTRY_NUMBER));
        assertThat(entries(first)).isEmpty();
    }

    private List<RecordEntry> entries(Student student) {
        return fixture.registry.records().list(fixture.province, student.id());
    }

    private Path sheet(List<List<Object>> rows) throws IOException {
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of("2025-2026学年获奖登记表"));
        all.add(List.of("身份证号", "全国学籍号", "学生姓名", "获奖日期", "奖项", "获奖等级", "备用"));
        all.addAll(rows);
        return TestSheets.xlsx(directory.resolve("awards.xlsx"), all);
    }

    private static List<Object> row(Object... cells) {
        List<Object> row = new ArrayList<>(Arrays.asList(cells));
        row.replaceAll(cell -> "".equals(cell) ? null : cell);
        return row;
    }

    private static String identity(Student student) {
        return student.registryNumber().identityNumber().orElseThrow().value();
    }
}
