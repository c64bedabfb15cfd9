package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.authorityProfile;
import static org.xueji.registry.testkit.StorageFixtures.bureauOf;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.Registry;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.calendar.RolloverEntry;
import org.xueji.registry.calendar.RolloverReport;
import org.xueji.registry.calendar.RolloverResult;
import org.xueji.registry.change.ApprovalStep;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.change.Decision;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.change.HistoryKind;
import org.xueji.registry.change.StudentHistory;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.graduation.GraduationOutcome;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * A school year walked through {@link Registry} on an adapter's storage, on a clock the tests
 * move: grade 1 students enrolled and approved in September 2026, a grade 6 class graduated in
 * July 2027 and the rollover into 2027-2028 on 1 August; and a transfer between primary schools
 * of two counties, approved along its chain and read back in the student's history.
 *
 * <p>The sixth graders, whom enrollment cannot make, are written straight into the student
 * store. An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class SchoolYearContract {

    private static final AcademicYear NEXT = AcademicYear.of(2027);
    private static final DivisionCode SHUSHAN = DivisionCode.parse("340104");
    private static final SchoolIdentifier OTHER_SCHOOL = SchoolIdentifier.parse("2134000003");
    private static final LocalDate GRADUATION_DAY = LocalDate.of(2027, 7, 10);
    private static final LocalDate ROLLOVER_DAY = LocalDate.of(2027, 8, 1);

    private final MovableClock clock = new MovableClock(MainJob.INTAKE_DAY);
    private RegistryStorage storage;
    private Registry registry;
    private Actor school;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void setUpTheSchoolOnTheDayOfTheIntake() {
        clock.setDay(MainJob.INTAKE_DAY);
        storage = storage();
        registry = Registry.builder().storage(storage).policy(RegistryPolicy.anhui())
                .clock(clock).build();
        school = MainJob.setUp(registry);
    }

    @Test
    void graduatesTheSixthGradersAndRollsTheYearOverOnceWithTheFirstGradersInGradeTwo() {
        SchoolClass sixth = registry.organisations().createClass(school, MainJob.SCHOOL,
                Grade.of(6), classProfile("六（1）班"));
        List<StudentId> firstGraders = enrollAndApprove(MainJob.forms(4).subList(0, 4));
        List<Student> sixthGraders = new ArrayList<>();
        for (int serial = 300; serial < 303; serial++) {
            sixthGraders.add(insert(sixth, serial, RegistrationStatus.REGISTERED));
        }
        Student suspended = insert(sixth, 303, RegistrationStatus.SUSPENDED);

        clock.setDay(GRADUATION_DAY);
        List<GraduationOutcome> graduated = registry.graduations().recordClass(school,
                sixth.id(), GraduationKind.GRADUATED);
        clock.setDay(ROLLOVER_DAY);
        RolloverReport report = registry.calendar().rollover(MainJob.PROVINCE, NEXT);

        assertThat(graduated).extracting(GraduationOutcome::id)
                .containsExactlyInAnyOrderElementsOf(sixthGraders.stream().map(Student::id)
                        .toList());
        assertThat(graduated).allSatisfy(outcome -> assertThat(outcome.isDone()).isTrue());
        assertThat(report.outcome()).isEqualTo(RolloverResult.Outcome.COMPLETED);
        assertThat(report.expected()).isEqualTo(5);
        assertThat(report.promoted()).isEqualTo(4);
        assertThat(report.skipped()).isEqualTo(1);
        assertThat(report.alreadyDone()).isZero();
        assertThat(report.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.student()).isEqualTo(suspended.id());
            assertThat(entry.reason()).isEqualTo(RolloverEntry.Reason.SUSPENDED);
        });
        assertThat(registry.currentSchoolYear()).isEqualTo(NEXT);
        assertThat(firstGraders).allSatisfy(id -> {
            Student student = stored(id);
            assertThat(student.status()).isEqualTo(RegistrationStatus.REGISTERED);
            assertThat(student.gradeIn(registry.currentSchoolYear()).number()).isEqualTo(2);
        });
        assertThat(sixthGraders).allSatisfy(before -> {
            Student student = stored(before.id());
            assertThat(student.status()).isEqualTo(RegistrationStatus.GRADUATED);
            assertThat(student.graduation()).contains(GraduationKind.GRADUATED);
        });
        assertThat(stored(suspended.id()).gradeIn(NEXT).number()).isEqualTo(6);
        assertThat(stored(suspended.id()).keptGradeAt()).contains(NEXT);
    }

    @Test
    void aSecondRolloverOfTheSameYearIsAlreadyDoneAndChangesNoStudent() {
        SchoolClass sixth = registry.organisations().createClass(school, MainJob.SCHOOL,
                Grade.of(6), classProfile("六（1）班"));
        List<StudentId> everyone = new ArrayList<>(enrollAndApprove(MainJob.forms(2)
                .subList(0, 2)));
        everyone.add(insert(sixth, 300, RegistrationStatus.REGISTERED).id());
        everyone.add(insert(sixth, 301, RegistrationStatus.SUSPENDED).id());
        clock.setDay(GRADUATION_DAY);
        registry.graduations().recordClass(school, sixth.id(), GraduationKind.GRADUATED);
        clock.setDay(ROLLOVER_DAY);
        RolloverReport first = registry.calendar().rollover(MainJob.PROVINCE, NEXT);
        List<Student> after = everyone.stream().map(this::stored).toList();
        clock.setDay(ROLLOVER_DAY.plusDays(3));

        RolloverReport second = registry.calendar().rollover(MainJob.PROVINCE, NEXT);

        assertThat(first.outcome()).isEqualTo(RolloverResult.Outcome.COMPLETED);
        assertThat(second.outcome()).isEqualTo(RolloverResult.Outcome.ALREADY_DONE);
        assertThat(second.expected()).isEqualTo(first.expected()).isEqualTo(3);
        assertThat(second.skipped()).isEqualTo(first.skipped()).isOne();
        assertThat(second.entries()).isEqualTo(first.entries());
        assertThat(everyone.stream().map(this::stored).toList()).isEqualTo(after);
        assertThat(registry.currentSchoolYear()).isEqualTo(NEXT);
    }

    @Test
    void transfersAPupilToASchoolOfAnotherCountyAlongTheChainKeepingItsNumbers() {
        Actor shushan = Actor.administrator("shushan", Scope.of(SHUSHAN));
        registry.organisations().createAuthority(MainJob.PROVINCE, bureauOf(SHUSHAN), SHUSHAN,
                authorityProfile("合肥市蜀山区教育体育局"));
        Actor receiving = registry.organisations().createSchool(MainJob.PROVINCE, OTHER_SCHOOL,
                bureauOf(SHUSHAN), schoolProfile("蜀山区第一小学"), 2).administrator();
        SchoolClass target = registry.organisations().createClass(receiving, OTHER_SCHOOL,
                Grade.of(1), classProfile("一（1）班"));
        StudentId pupil = enrollAndApprove(MainJob.forms(1).subList(0, 1)).get(0);
        Student before = stored(pupil);

        clock.setDay(MainJob.INTAKE_DAY.plusDays(2));
        ChangeCase applied = registry.changes().applyTransfer(receiving, pupil, target.id(),
                "随父母工作调动", List.of("证明-001"));
        clock.setDay(MainJob.INTAKE_DAY.plusDays(3));
        ChangeCase current = applied;
        for (Actor approver : List.of(shushan, school, MainJob.BUREAU)) {
            current = registry.changes().approve(approver, current.id(), "同意");
        }

        assertThat(applied.state()).isEqualTo(CaseState.APPLIED);
        assertThat(current.state()).isEqualTo(CaseState.COMPLETED);
        assertThat(current.steps()).allMatch(step -> step.decision() == Decision.APPROVED);
        Student moved = stored(pupil);
        assertThat(moved.school()).isEqualTo(OTHER_SCHOOL);
        assertThat(moved.classId()).isEqualTo(target.id());
        assertThat(moved.place().school()).contains(OTHER_SCHOOL);
        assertThat(moved.registryNumber()).isEqualTo(before.registryNumber());
        assertThat(moved.regionalNumber()).isEqualTo(before.regionalNumber());
        assertThat(moved.status()).isEqualTo(RegistrationStatus.REGISTERED);
        StudentHistory history = registry.changes().history(receiving, pupil);
        assertThat(history.entries()).extracting(HistoryEntry::kind).containsExactly(
                HistoryKind.COLLECTED, HistoryKind.SUBMITTED, HistoryKind.REGISTERED,
                HistoryKind.CHANGE_CASE);
        assertThat(history.cases()).singleElement().satisfies(transfer -> {
            assertThat(transfer.id()).isEqualTo(applied.id());
            assertThat(transfer.kind()).isEqualTo(ChangeKind.TRANSFER);
            assertThat(transfer.state()).isEqualTo(CaseState.COMPLETED);
            assertThat(transfer.steps()).extracting(ApprovalStep::account)
                    .containsExactly("shushan", school.account(), MainJob.BUREAU.account());
        });
        assertThatThrownBy(() -> registry.changes().history(school, pupil))
                .isInstanceOf(AccessDeniedException.class);
    }

    private List<StudentId> enrollAndApprove(List<NewStudentForm> forms) {
        List<StudentId> collected = registry.enrollment().enrollAll(school, MainJob.SCHOOL,
                Grade.of(1), forms).accepted().stream()
                .map(result -> result.accepted().orElseThrow().id()).toList();
        assertThat(collected).hasSize(forms.size());
        registry.reviews().submitAll(school, collected);
        registry.reviews().approveAll(MainJob.BUREAU, collected);
        return collected;
    }

    /** Writes a student of an older cohort, as enrollment cannot, into a class in a status. */
    private Student insert(SchoolClass schoolClass, int serial, RegistrationStatus status) {
        School owner = registry.organisations().findSchool(MainJob.PROVINCE,
                schoolClass.school());
        IdentityNumber number = IdentityNumber.parse(StudentFixtures.identityNumber(
                StudentFixtures.BIRTH_DATE, Sex.FEMALE, serial));
        Student student = Student.builder()
                .id(StudentId.random())
                .key(StudentKey.ofIdentityNumber(number))
                .details(StudentFixtures.details("学生" + serial))
                .identityDocument(IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        number.value()))
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(StudentFixtures.regionalNumber(owner, serial))
                .place(Scope.ofSchool(owner.identifier(), owner.division()))
                .classId(schoolClass.id())
                .status(status)
                .build();
        storage.unitOfWork().inTransaction(() -> {
            storage.students().insert(student);
            return null;
        });
        return student;
    }

    private Student stored(StudentId id) {
        return storage.students().find(id).orElseThrow();
    }

    private static ClassProfile classProfile(String name) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2026, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(ClassType.PRIMARY_ORDINARY).build();
    }

    private static SchoolProfile schoolProfile(String name) {
        return SchoolProfile.builder().name(name).schoolCode(UnitCode.parse("SS001"))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.MAIN_URBAN_AREA)
                .category(SchoolCategory.PRIMARY_SCHOOL)
                .schoolSystem(SchoolSystem.SIX_THREE).districtCode("001").build();
    }

    /** A clock at ten in the morning, Shanghai time, of a day the test sets. */
    private static final class MovableClock extends Clock {
        private volatile Instant instant;

        MovableClock(LocalDate day) {
            setDay(day);
        }

        void setDay(LocalDate day) {
            instant = day.atTime(10, 0).toInstant(ZoneOffset.ofHours(8));
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return Clock.fixed(instant, zone);
        }

        @Override
        public Instant instant() {
            return instant;
        }
    }
}
