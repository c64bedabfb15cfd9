package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

class StudentListExportTest {

    @TempDir
    Path directory;

    @Test
    void aRosterImportedBackGivesTheSameStudents() throws IOException {
        ImportFixture school = new ImportFixture();
        List<Object> header = header();
        header.add(FormField.ADDRESS.columnName());
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header);
        String[] addresses = {"=1+2", "@SUM(A1:A2)", "合肥市包河区-1号", "+86 路"};
        for (int i = 0; i < addresses.length; i++) {
            List<Object> row = validRow("学生" + i, i);
            row.add(addresses[i]);
            rows.add(row);
        }
        Path source = TestSheets.xlsx(directory.resolve("source.xlsx"), rows);
        NewStudentImport.importInto(school.registry, school.school, PRIMARY, GRADE_ONE, source,
                ImportOptions.defaults());
        Path roster = directory.resolve("roster.xlsx");

        int written = StudentListExport.roster(school.registry, school.school,
                school.gradeOne.id(), roster);

        assertThat(written).isEqualTo(addresses.length);
        try (WorkbookReader reader = WorkbookReader.open(roster);
                SheetRows sheet = reader.sheet(StudentListExport.SHEET)) {
            HeaderMatcher.LocatedHeader located =
                    HeaderMatcher.of(NewStudentImport.columns()).locate(sheet);
            int address = located.match().columnOf(FormField.ADDRESS.name()).getAsInt();
            List<Cell> cells = new ArrayList<>();
            located.dataRows().forEachRemaining(row -> cells.add(row.cell(address)));
            assertThat(cells).allSatisfy(cell -> {
                assertThat(cell.type()).isEqualTo(CellType.STRING);
                assertThat(cell.isFormula()).isFalse();
            });
            assertThat(cells).extracting(Cell::text).containsExactlyInAnyOrder(addresses);
        }
        ImportFixture other = new ImportFixture();
        ImportReport back = NewStudentImport.importInto(other.registry, other.school, PRIMARY,
                GRADE_ONE, roster, ImportOptions.defaults());
        assertThat(back.problems()).isEmpty();
        assertThat(back.accepted()).isEqualTo(addresses.length);
        assertThat(people(other)).isEqualTo(people(school));
    }

    @Test
    void anyListOfStudentsIsWrittenInItsOrder() throws IOException {
        ImportFixture school = new ImportFixture();
        Path source = TestSheets.xlsx(directory.resolve("source.xlsx"), List.of(header(),
                validRow("乙", 1), validRow("甲", 2)));
        NewStudentImport.importInto(school.registry, school.school, PRIMARY, GRADE_ONE, source,
                ImportOptions.defaults());
        List<Student> students = new ArrayList<>(collected(school));
        students.sort((a, b) -> b.details().name().compareTo(a.details().name()));
        Path file = directory.resolve("list.xlsx");

        StudentListExport.students(school.registry, school.school, students, file);

        try (WorkbookReader reader = WorkbookReader.open(file);
                SheetRows sheet = reader.sheet(0)) {
            List<String> names = new ArrayList<>();
            sheet.next();
            sheet.forEachRemaining(row -> names.add(row.cell(0).text()));
            assertThat(names).containsExactly(students.get(0).details().name(),
                    students.get(1).details().name());
        }
    }

    private static Set<String> people(ImportFixture fixture) {
        return collected(fixture).stream().map(student -> student.details().name() + "|"
                + student.details().sex() + "|" + student.details().birthDate() + "|"
                + student.key() + "|" + student.details().address() + "|"
                + student.guardians().get(0).name()).collect(Collectors.toSet());
    }

    private static List<Student> collected(ImportFixture fixture) {
        return fixture.registry.enrollment().list(fixture.school, PRIMARY,
                RegistrationStatus.COLLECTED);
    }
}
