package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.exchange.ChangeBatch;
import org.xueji.registry.exchange.NationalCsv;
import org.xueji.registry.exchange.NationalField;
import org.xueji.registry.exchange.NationalRecord;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;

class NationalExportWorkbookTest {

    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"点\")",
            "+86 138", "-1", "@SUM(A1)", "_x0041_", "<&>\"'", "逗号,引号\"", " 前后空格 ");

    /** The clock that judges birth dates when records are read back. */
    private static final Clock SEPTEMBER = Clock.fixed(LocalDate.of(2025, 9, 1)
            .atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    @TempDir
    Path directory;

    private final ImportFixture fixture = new ImportFixture();

    @Test
    void theWorkbookHoldsTheSameRecordsAsTheExchangeFile() throws IOException {
        List<Student> students = enrollWithOneHostileStudent();
        StringBuilder csv = new StringBuilder();
        fixture.registry.exchange().export(fixture.province, csv);
        Path file = directory.resolve("export.xlsx");

        long written = NationalExportWorkbook.export(fixture.registry, fixture.province, file);
        List<NationalRecord> fromWorkbook = NationalExportWorkbook.read(file);

        assertThat(written).isEqualTo(students.size());
        assertThat(fromWorkbook).containsExactlyElementsOf(
                NationalCsv.read(new StringReader(csv.toString())));
        assertThat(fromWorkbook).containsExactlyInAnyOrderElementsOf(
                students.stream().map(NationalRecord::of).toList());
        for (NationalRecord record : fromWorkbook) {
            Student student = students.stream().filter(s -> s.registryNumber().value()
                    .equals(record.get(NationalField.REGISTRY_NUMBER))).findFirst().orElseThrow();
            assertThat(record.details()).isEqualTo(student.details());
            assertThat(record.guardians(SEPTEMBER)).isEqualTo(student.guardians());
            assertThat(record.identityDocument(SEPTEMBER))
                    .isEqualTo(student.identityDocument());
            assertThat(record.classId()).isEqualTo(student.classId());
        }
    }

    @Test
    void writesTheNationalHeaderAndEveryValueAsTextFormulasNeverEvaluated() throws IOException {
        enrollWithOneHostileStudent();
        Path file = directory.resolve("export.xlsx");
        NationalExportWorkbook.export(fixture.registry, fixture.province, file);

        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            var sheet = workbook.getSheet(NationalExportWorkbook.SHEET);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertThat(header).isEqualTo(NationalCsv.headers());
            List<XSSFCell> cells = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                sheet.getRow(r).forEach(cell -> cells.add((XSSFCell) cell));
            }
            assertThat(cells).isNotEmpty().allSatisfy(cell -> assertThat(cell.getCellType())
                    .isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING));
            assertThat(cells).filteredOn(cell -> XlsxWriter.looksLikeFormula(
                    cell.getStringCellValue())).hasSize(5).allSatisfy(cell ->
                            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue());
            assertThat(cells).extracting(XSSFCell::getStringCellValue).contains("01", "00");
        }
    }

    @Test
    void continuesAFullSheetOnTheNextWithItsOwnHeader() throws IOException {
        List<NationalRecord> records = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            records.add(record(i));
        }
        Path file = directory.resolve("split.xlsx");

        try (XlsxWriter writer = XlsxWriter.create(file)) {
            assertThat(NationalExportWorkbook.write(records, writer, 2)).isEqualTo(5);
        }

        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThat(reader.sheetNames()).containsExactly(NationalExportWorkbook.SHEET,
                    NationalExportWorkbook.SHEET + "2", NationalExportWorkbook.SHEET + "3");
        }
        assertThat(NationalExportWorkbook.read(file)).containsExactlyElementsOf(records);
    }

    @Test
    void anEmptyExportIsAHeaderRowThatReadsBackAsNoRecords() {
        Path file = directory.resolve("empty.xlsx");

        NationalExportWorkbook.write(List.of(), file);

        assertThat(NationalExportWorkbook.read(file)).isEmpty();
    }

    @Test
    void writesOnePollOfTheChangeFeed() {
        List<Student> students = enrollWithOneHostileStudent();
        Path file = directory.resolve("changes.xlsx");

        ChangeBatch batch = NationalExportWorkbook.changesSince(fixture.registry,
                fixture.province, 0, 1000, file);

        assertThat(batch.records()).hasSize(students.size());
        assertThat(NationalExportWorkbook.read(file)).containsExactlyElementsOf(batch.records());
    }

    @Test
    void refusesASheetWithoutTheNationalHeaderOrWithValuesBeyondItsColumns() throws IOException {
        Path other = TestSheets.xlsx(directory.resolve("other.xlsx"),
                List.of(List.of("姓名", "性别"), List.of("张三", "1")));
        List<Object> tooWide = new ArrayList<>(record(1).row());
        tooWide.add("多余");
        Path wide = TestSheets.xlsx(directory.resolve("wide.xlsx"),
                List.of(new ArrayList<>(NationalCsv.headers()), tooWide));

        assertThatThrownBy(() -> NationalExportWorkbook.read(other))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.INVALID_EXCHANGE_FILE))
                .hasMessageContaining("第1行");
        assertThatThrownBy(() -> NationalExportWorkbook.read(wide))
                .isInstanceOfSatisfying(RegistryException.class, e -> assertThat(e.code())
                        .isEqualTo(ErrorCode.INVALID_EXCHANGE_FILE))
                .hasMessageContaining("第2行");
    }

    /** Imports three students and gives the second values that look like formulas or markup. */
    private List<Student> enrollWithOneHostileStudent() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(header());
        for (int i = 0; i < 3; i++) {
            rows.add(validRow("学生" + i, i));
        }
        try {
            Path source = TestSheets.xlsx(directory.resolve("source.xlsx"), rows);
            NewStudentImport.importInto(fixture.registry, fixture.school, PRIMARY, GRADE_ONE,
                    source, ImportOptions.defaults());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        List<Student> students = new ArrayList<>(fixture.registry.enrollment()
                .list(fixture.school, PRIMARY, RegistrationStatus.COLLECTED));
        Student plain = students.get(1);
        StudentDetails details = new StudentDetails(plain.details().name(), plain.details().sex(),
                plain.details().birthDate(), HOSTILE.get(0), HOSTILE.get(1), Ethnicity.HAN,
                HOSTILE.get(2), OverseasChineseStatus.NONE, HealthStatus.HEALTHY,
                HOSTILE.get(3), HouseholdType.NON_AGRICULTURAL, YearMonth.of(2025, 9),
                AttendanceMode.DAY_STUDENT, StudentSource.REGULAR_ENTRY, HOSTILE.get(4)
                + HOSTILE.get(5), HOSTILE.get(6), true, false, true, Disability.NONE,
                InclusiveClass.NOT_INCLUSIVE);
        Student hostile = fixture.storage.students().update(plain.toBuilder().details(details)
                .guardians(List.of(new Guardian("李-母", HOSTILE.get(7), null, "=1+1"),
                        plain.guardians().get(0))).build());
        students.set(1, hostile);
        return Collections.unmodifiableList(students);
    }

    private static NationalRecord record(int i) {
        List<String> values = new ArrayList<>();
        for (NationalField field : NationalField.values()) {
            values.add(field.ordinal() % 3 == 0 ? "" : field.name() + "-" + i);
        }
        values.set(0, "G" + i);
        return NationalRecord.ofRow(values);
    }
}
