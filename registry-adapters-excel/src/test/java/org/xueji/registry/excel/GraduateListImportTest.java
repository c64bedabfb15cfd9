package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.graduation.GraduationCase;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class GraduateListImportTest {

    @TempDir
    Path directory;

    @Test
    void aCompulsoryListIsRecordedAndAReimportReportsTheStudentsAlreadyGraduated()
            throws IOException {
        SchoolYearImportFixture fixture = new SchoolYearImportFixture();
        SchoolClass ninth = fixture.schoolClass(SchoolYearImportFixture.JUNIOR, 9);
        Student first = fixture.student(1, ninth);
        Student second = fixture.student(2, ninth);
        Path file = list(List.of(row(first, "学生1", "毕业"), row(second, "学生2", "COMPLETED")));

        ImportReport report = GraduateListImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, file, ImportOptions.defaults());
        ImportReport again = GraduateListImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, file, ImportOptions.defaults());

        assertThat(report.accepted()).isEqualTo(2);
        assertThat(fixture.stored(first.id()).graduation()).contains(GraduationKind.GRADUATED);
        assertThat(fixture.stored(second.id()).graduation()).contains(GraduationKind.COMPLETED);
        assertThat(again.count(RowOutcome.ALREADY_GRADUATED)).isEqualTo(2);
        assertThat(again.problems()).isEmpty();
    }

    @Test
    void aSeniorListIsSubmittedForApprovalAndAReimportReportsItSubmitted() throws IOException {
        SchoolYearImportFixture fixture = new SchoolYearImportFixture();
        Student student = fixture.student(1,
                fixture.schoolClass(SchoolYearImportFixture.SENIOR, 12));
        Path file = list(List.of(row(student, "学生1", "肄业")));

        ImportReport report = GraduateListImport.importInto(fixture.registry, fixture.senior,
                SchoolYearImportFixture.SENIOR, file, ImportOptions.defaults());
        ImportReport again = GraduateListImport.importInto(fixture.registry, fixture.senior,
                SchoolYearImportFixture.SENIOR, file, ImportOptions.defaults());

        assertThat(report.accepted()).isEqualTo(1);
        assertThat(fixture.registry.graduations().findCase(fixture.senior, student.id()))
                .hasValueSatisfying(found -> {
                    assertThat(found.state()).isEqualTo(GraduationCase.State.SUBMITTED);
                    assertThat(found.kind()).isEqualTo(GraduationKind.ATTENDED);
                });
        assertThat(fixture.stored(student.id()).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(again.count(RowOutcome.ALREADY_SUBMITTED)).isEqualTo(1);
    }

    @Test
    void outsideTheGraduationWindowEveryRowGetsTheCalendarRefusal() throws IOException {
        SchoolYearImportFixture fixture = new SchoolYearImportFixture(LocalDate.of(2026, 6, 30));
        SchoolClass ninth = fixture.schoolClass(SchoolYearImportFixture.JUNIOR, 9);
        Student first = fixture.student(1, ninth);
        Student second = fixture.student(2, ninth);
        Path file = list(List.of(row(first, "学生1", "毕业"), row(second, "学生2", "毕业")));

        ImportReport report = GraduateListImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, file, ImportOptions.defaults());

        assertThat(report.refused()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportProblem::row).containsExactly(3, 4);
        assertThat(report.problems()).allSatisfy(problem -> {
            assertThat(problem.code()).isEqualTo(ErrorCode.OUTSIDE_CALENDAR_WINDOW);
            assertThat(problem.englishMessage()).contains("2026-07-01");
        });
        assertThat(fixture.stored(first.id()).status()).isEqualTo(RegistrationStatus.REGISTERED);
    }

    @Test
    void rowProblemsAreReportedTogetherAndTheCoreRefusalsOnTheirRow() throws IOException {
        SchoolYearImportFixture fixture = new SchoolYearImportFixture();
        Student graduating = fixture.student(1,
                fixture.schoolClass(SchoolYearImportFixture.JUNIOR, 9));
        Student eighth = fixture.student(2,
                fixture.schoolClass(SchoolYearImportFixture.JUNIOR, 8));
        Path file = list(List.of(row(graduating, "王五", "优秀"), row(eighth, "学生2", "毕业")));

        ImportReport dryRun = GraduateListImport.dryRun(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, file);
        ImportReport report = GraduateListImport.importInto(fixture.registry, fixture.junior,
                SchoolYearImportFixture.JUNIOR, file, ImportOptions.defaults());

        assertThat(dryRun.accepted()).isEqualTo(1);
        assertThat(report.refused()).isEqualTo(2);
        assertThat(report.problems()).extracting(ImportProblem::row, ImportProblem::code)
                .containsExactly(
                        tuple(3, ErrorCode.INVALID_VALUE),
                        tuple(3, ErrorCode.UNKNOWN_CODE),
                        tuple(4, ErrorCode.NOT_IN_FINAL_GRADE));
        assertThat(fixture.stored(graduating.id()).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
    }

    private Path list(List<List<Object>> rows) throws IOException {
        List<List<Object>> all = new ArrayList<>();
        all.add(List.of("2026届毕业生名单"));
        all.add(List.of("学籍号", "姓名", "毕业类型", "毕业证书编号"));
        all.addAll(rows);
        return TestSheets.xlsx(directory.resolve("graduates.xlsx"), all);
    }

    private static List<Object> row(Student student, String name, String kind) {
        return List.of(student.registryNumber().value(), name, kind, "NO.0001");
    }
}
