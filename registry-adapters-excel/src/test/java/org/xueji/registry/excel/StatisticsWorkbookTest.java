package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalNumberPrefix;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * Writes the statistics of Baohe county, counted by hand, and reads the cells back. The primary
 * school's 一（1）班 holds 25 boys and 20 girls registered and 2 boys collected (47, above the
 * primary cap of 45); its 一（2）班 a boy imported and submitted on 1 September and a girl stored
 * as submitted with no audit entry (2); its 三（1）班 30 boys and 30 girls registered, two girls
 * of whom are then cancelled for death (58 seated, a large class). The junior school's
 * 七（1）班 holds 70 boys (oversized, above the junior cap of 50).
 */
class StatisticsWorkbookTest {

    private static final SchoolIdentifier JUNIOR = SchoolIdentifier.parse("3134000005");
    private static final LocalDate REPORT_DAY = LocalDate.of(2025, 9, 19);

    @TempDir
    Path directory;

    private final ImportFixture fixture = new ImportFixture();
    private final Actor baohe = Actor.administrator("baohe", Scope.of(ImportFixture.BAOHE));
    private SchoolClass gradeOneSecond;
    private SchoolClass gradeThree;
    private SchoolClass gradeSeven;
    private int serial;

    @BeforeEach
    void fill() throws IOException {
        var organisations = fixture.registry.organisations();
        gradeOneSecond = organisations.createClass(fixture.school, PRIMARY, GRADE_ONE,
                classProfile("一（2）班", ClassType.PRIMARY_ORDINARY));
        gradeThree = organisations.createClass(fixture.school, PRIMARY, Grade.of(3),
                classProfile("三（1）班", ClassType.PRIMARY_ORDINARY));
        Actor junior = organisations.createSchool(fixture.province, JUNIOR,
                UnitCode.parse("3401110001"), SchoolProfile.builder().name("包河区第一中学")
                        .schoolCode(UnitCode.parse("X2")).phone("0551-63350001")
                        .ownership(SchoolOwnership.PUBLIC).urbanRuralType(UrbanRuralType.VILLAGE)
                        .category(SchoolCategory.JUNIOR_SECONDARY_SCHOOL)
                        .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build(), 2)
                .administrator();
        gradeSeven = organisations.createClass(junior, JUNIOR, Grade.of(7),
                classProfile("七（1）班", ClassType.JUNIOR_ORDINARY));

        insert(fixture.gradeOne, Sex.MALE, RegistrationStatus.REGISTERED, 25);
        insert(fixture.gradeOne, Sex.FEMALE, RegistrationStatus.REGISTERED, 20);
        insert(fixture.gradeOne, Sex.MALE, RegistrationStatus.COLLECTED, 2);
        insert(gradeOneSecond, Sex.FEMALE, RegistrationStatus.SUBMITTED, 1);
        insert(gradeThree, Sex.MALE, RegistrationStatus.REGISTERED, 30);
        List<Student> girls = insert(gradeThree, Sex.FEMALE, RegistrationStatus.REGISTERED, 30);
        insert(gradeSeven, Sex.MALE, RegistrationStatus.REGISTERED, 70);
        submitOneImportedBoy();
        for (Student girl : girls.subList(0, 2)) {
            fixture.registry.changes().cancelForDeath(fixture.school, girl.id(),
                    LocalDate.of(2025, 8, 30), "意外", List.of("证明-001"));
        }
    }

    @Test
    void studentsBySchoolGradeStatusAndSexWithSubtotalsAndTotals() {
        List<List<Object>> sheet = sheet(write(REPORT_DAY), StatisticsWorkbook.STUDENTS);

        assertThat(sheet.get(0)).containsExactly("学生数统计表（按学校、年级、性别、学籍状态）");
        assertThat(sheet.get(1)).singleElement().asString().contains("包河区教育体育局（340111）",
                "2025-09-19", "2025-2026学年");
        assertThat(sheet.get(2)).containsExactly("学校标识码", "学校名称", "年级", "学籍状态",
                "合计", "男", "女");
        assertThat(sheet.subList(3, sheet.size())).containsExactly(
                row("2134000001", "包河区第一小学", "一年级", "已采集", 2, 2, 0),
                row("2134000001", "包河区第一小学", "一年级", "待审核", 2, 1, 1),
                row("2134000001", "包河区第一小学", "一年级", "在籍", 45, 25, 20),
                row("2134000001", "包河区第一小学", "三年级", "在籍", 58, 30, 28),
                row("2134000001", "包河区第一小学", "三年级", "死亡", 2, 0, 2),
                row("2134000001", "包河区第一小学", "小计", "", 109, 58, 51),
                row("3134000005", "包河区第一中学", "七年级", "在籍", 70, 70, 0),
                row("3134000005", "包河区第一中学", "小计", "", 70, 70, 0),
                row("总计", "", "", "已采集", 2, 2, 0),
                row("总计", "", "", "待审核", 2, 1, 1),
                row("总计", "", "", "在籍", 173, 125, 48),
                row("总计", "", "", "死亡", 2, 0, 2),
                row("总计", "", "", "合计", 179, 128, 51));
    }

    @Test
    void classesBySizeBandAndTheClassesAboveTheirCap() {
        Path file = write(REPORT_DAY);

        assertThat(data(sheet(file, StatisticsWorkbook.CLASS_BANDS))).containsExactly(
                row("45人及以下", 1), row("46-55人", 1), row("56-65人（大班额）", 1),
                row("66人及以上（超大班额）", 1), row("合计", 4));
        List<List<Object>> above = sheet(file, StatisticsWorkbook.ABOVE_CAP);
        assertThat(above.get(2)).containsExactly("班级标识", "学校名称", "班级名称", "年级", "学段",
                "人数", "班额上限", "超出人数", "班额");
        assertThat(data(above)).containsExactly(
                row(gradeThree.id().toString(), "包河区第一小学", "三（1）班", "三年级",
                        SchoolStage.PRIMARY.chineseName(), 58, 45, 13, "56-65人（大班额）"),
                row(fixture.gradeOne.id().toString(), "包河区第一小学", "一（1）班", "一年级",
                        SchoolStage.PRIMARY.chineseName(), 47, 45, 2, "46-55人"),
                row(gradeSeven.id().toString(), "包河区第一中学", "七（1）班", "七年级",
                        SchoolStage.JUNIOR.chineseName(), 70, 50, 20, "66人及以上（超大班额）"));
    }

    @Test
    void changesByKindInThePeriodEveryKindListed() {
        List<List<Object>> sheet = sheet(write(REPORT_DAY), StatisticsWorkbook.CHANGES);

        assertThat(sheet.get(1)).singleElement().asString()
                .contains("统计期间：2025-09-01至2025-09-30");
        assertThat(data(sheet)).containsExactly(row("转学", 0), row("休学", 0), row("复学", 0),
                row("退学", 0), row("辍学", 0), row("死亡注销", 2), row("跳级", 0),
                row("关键信息变更", 0), row("合计", 2));
    }

    @Test
    void pendingReviewsByAgeAgainstTheDeadline() {
        List<List<Object>> before = sheet(write(REPORT_DAY), StatisticsWorkbook.PENDING);
        List<List<Object>> after = sheet(write(LocalDate.of(2025, 10, 8)),
                StatisticsWorkbook.PENDING);

        assertThat(before.get(1)).singleElement().asString()
                .contains("审核截止日期：2025-09-30（尚余7个工作日）");
        assertThat(data(before)).containsExactly(row("5个工作日以内", 0, 0),
                row("6-10个工作日", 0, 0), row("11-20个工作日", 1, 0), row("20个工作日以上", 0, 0),
                row("提交时间不详", 1, 0), row("合计", 2, 0));
        assertThat(after.get(1)).singleElement().asString().contains("（已逾期6个工作日）");
        assertThat(data(after)).containsExactly(row("5个工作日以内", 0, 0),
                row("6-10个工作日", 0, 0), row("11-20个工作日", 0, 0), row("20个工作日以上", 1, 1),
                row("提交时间不详", 1, 1), row("合计", 2, 2));
    }

    @Test
    void fromTheReportObjectsAloneTheScopeIsNamedByItsDivision() {
        Path file = directory.resolve("objects.xlsx");
        var statistics = fixture.registry.statistics();

        StatisticsWorkbook.write(statistics.report(baohe, REPORT_DAY),
                statistics.changes(baohe, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30)),
                file);

        List<List<Object>> students = sheet(file, StatisticsWorkbook.STUDENTS);
        assertThat(students.get(1)).singleElement().asString().contains("县级行政区划340111");
        assertThat(students.get(3)).containsExactly("2134000001", "", "一年级", "已采集", 2L, 2L,
                0L);
        assertThatThrownBy(() -> StatisticsWorkbook.write(statistics.report(baohe, REPORT_DAY),
                statistics.changes(fixture.province, LocalDate.of(2025, 9, 1),
                        LocalDate.of(2025, 9, 30)), file))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesASchoolsActor() {
        assertThatThrownBy(() -> StatisticsWorkbook.write(fixture.registry, fixture.school,
                REPORT_DAY, REPORT_DAY, REPORT_DAY, directory.resolve("school.xlsx")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private Path write(LocalDate day) {
        Path file = directory.resolve("statistics-" + day + ".xlsx");
        StatisticsWorkbook.write(fixture.registry, baohe, day, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30), file);
        return file;
    }

    /** Reads a sheet back: text cells as strings, numeric cells as longs, blank ones as "". */
    private static List<List<Object>> sheet(Path file, String name) {
        List<List<Object>> rows = new ArrayList<>();
        try (WorkbookReader reader = WorkbookReader.open(file);
                SheetRows sheet = reader.sheet(name)) {
            sheet.forEachRemaining(row -> {
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < row.width(); c++) {
                    Cell cell = row.cell(c);
                    values.add(cell.type() == CellType.NUMBER ? (Object) Long.valueOf(cell.text())
                            : cell.text());
                }
                rows.add(values);
            });
        }
        return rows;
    }

    private static List<List<Object>> data(List<List<Object>> sheet) {
        return sheet.subList(3, sheet.size());
    }

    private static List<Object> row(Object... values) {
        List<Object> row = new ArrayList<>();
        for (Object value : values) {
            row.add(value instanceof Integer number ? (Object) number.longValue() : value);
        }
        while (!row.isEmpty() && "".equals(row.get(row.size() - 1))) {
            row.remove(row.size() - 1);
        }
        return row;
    }

    private void submitOneImportedBoy() throws IOException {
        List<Object> boy = validRow("甲生", 0);
        boy.set(ImportFixture.FIELDS.indexOf(org.xueji.registry.enrollment.FormField.CLASS),
                "一（2）班");
        Path source = TestSheets.xlsx(directory.resolve("boy.xlsx"), List.of(header(), boy));
        NewStudentImport.importInto(fixture.registry, fixture.school, PRIMARY, GRADE_ONE, source,
                ImportOptions.defaults());
        Student student = fixture.registry.enrollment().list(fixture.school, PRIMARY,
                RegistrationStatus.COLLECTED).stream()
                .filter(s -> s.details().name().equals("甲生")).findFirst().orElseThrow();
        byte[] jpeg = new byte[100];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        fixture.registry.enrollment().storePhoto(fixture.school, student.id(),
                Photo.of(jpeg, LocalDate.of(2025, 9, 1)));
        fixture.registry.reviews().submit(fixture.school, student.id());
    }

    /** Puts students straight into the store, past the class-size rule, as a census would. */
    private List<Student> insert(SchoolClass schoolClass, Sex sex, RegistrationStatus status,
            int count) {
        List<Student> students = new ArrayList<>();
        Scope place = fixture.storage.schools().placeOf(schoolClass.school()).orElseThrow();
        for (int i = 0; i < count; i++) {
            int sequence = 100 + ++serial;
            LocalDate birthDate = LocalDate.of(2012, 1, 1).plusDays(sequence);
            IdentityNumber identity = IdentityNumber.parse(
                    ImportFixture.identityNumber(birthDate, sex, sequence));
            RegionalNumberPrefix prefix = fixture.registry.policy().regionalNumbers().prefix(
                    place.division(), schoolClass.id().cohort().startYear(), 12,
                    SchoolStage.PRIMARY, sex, false);
            Student student = Student.builder().id(StudentId.random())
                    .key(StudentKey.ofIdentityNumber(identity))
                    .details(new StudentDetails("学生" + sequence, sex, birthDate, "安徽合肥",
                            "安徽肥东", Ethnicity.HAN, "中国", OverseasChineseStatus.NONE,
                            HealthStatus.HEALTHY, "安徽省合肥市包河区",
                            HouseholdType.NON_AGRICULTURAL, YearMonth.of(2025, 9),
                            AttendanceMode.DAY_STUDENT, StudentSource.REGULAR_ENTRY, "某路1号",
                            "13800000000", false, false, false, Disability.NONE,
                            InclusiveClass.NOT_INCLUSIVE))
                    .identityDocument(IdentityDocument.of(
                            IdentityDocumentType.RESIDENT_IDENTITY_CARD, identity.value()))
                    .guardians(List.of(new Guardian("家长" + sequence, "父亲", null, "")))
                    .registryNumber(RegistryNumber.of(identity))
                    .regionalNumber(RegionalStudentNumber.of(prefix, 5000 + sequence))
                    .place(place).classId(schoolClass.id()).status(status).build();
            fixture.storage.students().insert(student);
            students.add(student);
        }
        return students;
    }

    private static ClassProfile classProfile(String name, ClassType type) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(type).build();
    }
}
