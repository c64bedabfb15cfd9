package org.xueji.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.calendar.RolloverReport;
import org.xueji.registry.change.ApprovalStep;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.Decision;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.enrollment.EnrollmentRule;
import org.xueji.registry.excel.ImportOptions;
import org.xueji.registry.excel.ImportReport;
import org.xueji.registry.excel.NewStudentImport;
import org.xueji.registry.graduation.GraduationOutcome;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalNumberPrefix;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.review.ReviewOutcome;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * The main job from nothing, on a storage the caller opens: the county and its schools, an
 * autumn intake workbook per school with typing mistakes, the dry run and its error report, the
 * import, the schools' pre-review, the bureau's approval, a transfer at the start of the spring
 * term, graduation in July and the 1 August rollover, with a summary table after each step.
 *
 * <p>The registry runs on a {@link DemoClock} that walks from 7 September 2026 to 1 August 2027,
 * so every run gives the same result. The students already in school before the intake (two
 * grade-6 classes of the central school, three grade-9 classes of the junior school) are loaded
 * straight into the storage, as a migration from an older system would load them; everything
 * after that goes through the registry's use cases.
 */
final class Demo {

    static final LocalDate INTAKE_DAY = LocalDate.of(2026, 9, 7);
    static final LocalDate TRANSFER_DAY = LocalDate.of(2027, 2, 16);
    static final LocalDate GRADUATION_DAY = LocalDate.of(2027, 7, 5);
    static final LocalDate ROLLOVER_DAY = LocalDate.of(2027, 8, 1);

    private static final int ROWS_PER_CLASS = 42;
    private static final int SIXTH_CLASSES = 2;
    private static final int NINTH_CLASSES = 3;
    private static final int GRADUATES_PER_CLASS = 40;

    private final RegistryStorage storage;
    private final Path workDir;
    private final Messages messages;
    private final PrintStream out;
    private final PrintStream err;
    private final DemoClock clock = new DemoClock(INTAKE_DAY);
    private final Registry registry;
    private int step;

    Demo(RegistryStorage storage, Path workDir, Messages messages, PrintStream out,
            PrintStream err) {
        this.storage = storage;
        this.workDir = workDir;
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.registry = Registry.builder().storage(storage).clock(clock).build();
    }

    /**
     * Runs the demo.
     *
     * @return the number of students registered at its end
     */
    long run() {
        heading("demo.step.organisation");
        DemoCounty county = DemoCounty.create(registry);
        List<Intake> intakes = List.of(
                new Intake(DemoCounty.CENTRAL, county.central, 1, DemoCounty.CENTRAL_CLASSES, 0),
                new Intake(DemoCounty.BRANCH, county.branch, 1, DemoCounty.BRANCH_CLASSES, 2000),
                new Intake(DemoCounty.JUNIOR, county.junior, 7, DemoCounty.JUNIOR_CLASSES, 4000));
        List<SchoolClass> graduating = new ArrayList<>();
        graduating.addAll(seed(county.central, DemoCounty.CENTRAL, 6, SIXTH_CLASSES, 0));
        graduating.addAll(seed(county.junior, DemoCounty.JUNIOR, 9, NINTH_CLASSES, 500));
        for (Intake intake : intakes) {
            for (int n = 1; n <= intake.classes(); n++) {
                DemoCounty.createClass(registry, intake.actor(), intake.school(),
                        intake.grade(), n);
            }
        }
        out.println(messages.get("demo.organisation", registry.currentSchoolYear()));
        summary(county);

        heading("demo.step.workbooks");
        for (Intake intake : intakes) {
            List<String> classes = new ArrayList<>();
            for (int n = 1; n <= intake.classes(); n++) {
                classes.add(DemoCounty.className(intake.grade(), n));
            }
            int rows = intake.classes() * ROWS_PER_CLASS;
            int planted = IntakeWorkbook.write(intake.workbook(workDir), intake.grade(), classes,
                    rows, intake.firstSerial(), YearMonth.from(INTAKE_DAY), true);
            out.println(messages.get("demo.workbook", intake.workbook(workDir).getFileName(),
                    rows, planted));
        }

        heading("demo.step.dryrun");
        for (Intake intake : intakes) {
            Path errors = workDir.resolve(intake.school() + "-errors.xlsx");
            ImportReport report = NewStudentImport.dryRun(registry, intake.actor(),
                    intake.school(), Grade.of(intake.grade()), intake.workbook(workDir),
                    ImportOptions.defaults().withErrorReport(errors,
                            ImportOptions.ReportRows.REFUSED));
            out.println(messages.get("demo.dryrun", intake.school(), report.rows(),
                    report.accepted(), report.refused(), errors.getFileName()));
            report.problemsByRule().forEach((rule, count) ->
                    out.println(messages.get("demo.rule", ruleName(rule), count)));
        }

        heading("demo.step.import");
        for (Intake intake : intakes) {
            ImportReport report = Imports.run(registry, intake.actor(), intake.school(),
                    Grade.of(intake.grade()), intake.workbook(workDir), messages, err);
            out.println(messages.get("demo.import", intake.school(), report.accepted(),
                    report.refused()));
        }
        summary(county);

        heading("demo.step.submit");
        for (Intake intake : intakes) {
            List<StudentId> collected = new ArrayList<>();
            for (Student student : registry.enrollment().list(intake.actor(), intake.school(),
                    RegistrationStatus.COLLECTED)) {
                registry.enrollment().storePhoto(intake.actor(), student.id(), photo());
                collected.add(student.id());
            }
            long submitted = done(registry.reviews().submitAll(intake.actor(), collected));
            out.println(messages.get("demo.submit", intake.school(), submitted));
        }
        summary(county);

        heading("demo.step.approve");
        List<StudentId> submitted = registry.reviews().listSubmitted(county.bureau).stream()
                .map(Student::id).toList();
        out.println(messages.get("demo.approve",
                done(registry.reviews().approveAll(county.bureau, submitted))));
        summary(county);

        clock.setDay(TRANSFER_DAY);
        heading("demo.step.transfer");
        transfer(county);
        summary(county);

        clock.setDay(GRADUATION_DAY);
        heading("demo.step.graduate");
        for (SchoolClass schoolClass : graduating) {
            Actor actor = schoolClass.school().equals(DemoCounty.CENTRAL)
                    ? county.central : county.junior;
            List<GraduationOutcome> outcomes = registry.graduations()
                    .recordClass(actor, schoolClass.id(), GraduationKind.GRADUATED);
            out.println(messages.get("demo.graduate", schoolClass.profile().name(),
                    outcomes.stream().filter(GraduationOutcome::isDone).count()));
        }
        summary(county);

        clock.setDay(ROLLOVER_DAY);
        heading("demo.step.rollover");
        RolloverReport report = Rollovers.run(registry, storage, county.province,
                AcademicYear.of(ROLLOVER_DAY.getYear()), messages, out, err);
        out.println(messages.get("demo.rollover.again", Rollovers.run(registry, storage,
                county.province, report.target(), messages, out, err).outcome()));
        return summary(county);
    }

    private void transfer(DemoCounty county) {
        Student student = registry.enrollment().list(county.central, DemoCounty.CENTRAL,
                RegistrationStatus.REGISTERED).stream()
                .filter(s -> s.gradeIn(registry.currentSchoolYear()).number() == 1)
                .findFirst().orElseThrow();
        SchoolClass target = registry.organisations().listClasses(county.branch,
                DemoCounty.BRANCH).stream()
                .filter(c -> c.gradeIn(registry.currentSchoolYear()).number() == 1)
                .findFirst().orElseThrow();
        ChangeCase change = registry.changes().applyTransfer(county.branch, student.id(),
                target.id(), "随父母搬家", List.of("居住证明-2027-001"));
        out.println(messages.get("demo.transfer.applied", change.id(), student.details().name(),
                student.registryNumber(), target.profile().name()));
        List<Actor> actors = List.of(county.central, county.branch, county.bureau);
        while (change.state() != CaseState.COMPLETED) {
            ApprovalStep next = change.steps().stream()
                    .filter(s -> s.decision() == Decision.PENDING)
                    .findFirst().orElseThrow();
            Actor approver = actors.stream().filter(a -> next.isDecidableBy(a.scope()))
                    .findFirst().orElseThrow();
            change = registry.changes().approve(approver, change.id(), "同意");
            out.println(messages.get("demo.transfer.approved", approver.account(),
                    messages.english() ? next.party().englishName()
                            : next.party().chineseName()));
        }
        Student moved = registry.enrollment().find(county.bureau, student.id());
        out.println(messages.get("demo.transfer.done", moved.school(),
                moved.registryNumber()));
    }

    private List<SchoolClass> seed(Actor actor, SchoolIdentifier school, int grade, int classes,
            int firstSerial) {
        AcademicYear year = registry.currentSchoolYear();
        AcademicYear cohort = Grade.of(grade).cohortIn(year);
        int entryYear = grade <= 6 ? cohort.startYear() : cohort.startYear() + 6;
        String district = school.equals(DemoCounty.JUNIOR) ? "002" : "001";
        List<SchoolClass> created = new ArrayList<>();
        for (int n = 1; n <= classes; n++) {
            SchoolClass schoolClass = DemoCounty.createClass(registry, actor, school, grade, n);
            created.add(schoolClass);
            int classNumber = n;
            storage.unitOfWork().inTransaction(() -> {
                for (int i = 0; i < GRADUATES_PER_CLASS; i++) {
                    int serial = firstSerial + (classNumber - 1) * GRADUATES_PER_CLASS + i;
                    storage.students().insert(seeded(schoolClass, cohort, entryYear, district,
                            serial));
                }
                return null;
            });
        }
        return created;
    }

    private Student seeded(SchoolClass schoolClass, AcademicYear cohort, int entryYear,
            String district, int serial) {
        Sex sex = serial % 2 == 0 ? Sex.MALE : Sex.FEMALE;
        LocalDate birth = LocalDate.of(cohort.startYear() - 6, 9, 1).plusDays(serial % 365);
        IdentityNumber identity = IdentityNumber.parse(IntakeWorkbook.identityNumber("340111",
                birth, 500 + serial / 365 * 2 + (sex == Sex.MALE ? 1 : 0)));
        String feature = sex == Sex.MALE ? "1" : "2";
        RegionalNumberPrefix prefix = RegionalNumberPrefix.of("340111"
                + String.valueOf(entryYear).substring(2) + district + feature, 4);
        StudentDetails details = new StudentDetails("学生" + serial, sex, birth, "安徽合肥",
                "安徽合肥", Ethnicity.HAN, "中国", OverseasChineseStatus.NONE,
                HealthStatus.HEALTHY, "安徽合肥", HouseholdType.NON_AGRICULTURAL,
                YearMonth.of(entryYear, 9), AttendanceMode.DAY_STUDENT,
                StudentSource.REGULAR_ENTRY, "合肥市包河区", "0551-63350000", false, false, false,
                Disability.NONE, InclusiveClass.NOT_INCLUSIVE);
        return Student.builder().id(StudentId.random())
                .key(StudentKey.ofIdentityNumber(identity)).details(details)
                .registryNumber(RegistryNumber.of(identity))
                .regionalNumber(RegionalStudentNumber.of(prefix, serial / 2 + 1))
                .place(storage.schools().placeOf(schoolClass.school()).orElseThrow())
                .classId(schoolClass.id()).cohort(cohort)
                .status(RegistrationStatus.REGISTERED).build();
    }

    private void heading(String key) {
        step++;
        out.println();
        out.println(messages.get("demo.heading", step, clock.day(), messages.get(key)));
    }

    private long summary(DemoCounty county) {
        return Summary.print(registry, county.province, messages, out);
    }

    private static long done(List<ReviewOutcome> outcomes) {
        return outcomes.stream().filter(ReviewOutcome::isDone).count();
    }

    private static Photo photo() {
        byte[] jpeg = new byte[2_000];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        return Photo.of(jpeg, INTAKE_DAY);
    }

    private record Intake(SchoolIdentifier school, Actor actor, int grade, int classes,
            int firstSerial) {

        Path workbook(Path dir) {
            return dir.resolve(school + "-intake.xlsx");
        }
    }

    /** Names a rule of the enrollment in the reader's language, or keeps a cell rule's code. */
    private String ruleName(String rule) {
        for (EnrollmentRule known : EnrollmentRule.values()) {
            if (known.name().equals(rule)) {
                return Locale.ENGLISH.equals(messages.locale()) ? known.englishName()
                        : known.chineseName();
            }
        }
        return rule;
    }
}
