package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentFlag;
import org.xueji.registry.testing.FailingStorage;
import org.xueji.registry.testing.SchoolYearFixture;

class RolloverTest {

    private static final LocalDate ROLLOVER_DAY = LocalDate.of(2026, 8, 1);
    private static final AcademicYear NEXT = SchoolYearFixture.NEXT;
    private static final int STUDENTS = 3000;
    private static final int BATCH = 97;
    private static final Set<RegistrationStatus> IN_SCHOOL = EnumSet.of(
            RegistrationStatus.REGISTERED, RegistrationStatus.SUSPENDED,
            RegistrationStatus.COLLECTED, RegistrationStatus.SUBMITTED);

    @Test
    void aCleanRunKeepsExactlyTheExceptionsBackAndCountsEveryoneElseAsPromoted() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        Population population = populate(fixture);
        fixture.clock.setDay(ROLLOVER_DAY);

        RolloverReport report = fixture.registry.calendar()
                .rollover(fixture.province, NEXT, BATCH);

        assertThat(report.outcome()).isEqualTo(RolloverResult.Outcome.COMPLETED);
        assertThat(report.resumed()).isFalse();
        assertThat(report.expected()).isEqualTo(population.inSchool());
        assertThat(report.skipped()).isEqualTo(population.kept().size());
        assertThat(report.promoted()).isEqualTo(population.inSchool() - population.kept().size());
        assertThat(report.alreadyDone()).isZero();
        assertThat(report.entries(RolloverEntry.Reason.NOT_GRADUATED))
                .hasSize(population.count(RolloverEntry.Reason.NOT_GRADUATED));
        assertThat(report.entries(RolloverEntry.Reason.SUSPENDED))
                .hasSize(population.count(RolloverEntry.Reason.SUSPENDED));
        assertThat(report.entries(RolloverEntry.Reason.NOT_REGISTERED))
                .hasSize(population.count(RolloverEntry.Reason.NOT_REGISTERED));
        assertThat(fixture.registry.currentSchoolYear()).isEqualTo(NEXT);
        assertThat(fixture.registry.calendar().phase()).isEqualTo(CalendarPhase.BEFORE_TERM);
        for (Student before : population.students()) {
            Student after = fixture.stored(before.id());
            if (population.kept().containsKey(before.id().toString())) {
                assertThat(after.cohort()).isEqualTo(before.cohort().next());
                assertThat(after.keptGradeAt()).contains(NEXT);
                assertThat(after.gradeIn(NEXT)).isEqualTo(before.gradeIn(NEXT.previous()));
                assertThat(after.version()).isEqualTo(before.version() + 1);
            } else {
                assertThat(after).isEqualTo(before);
            }
        }
    }

    @Test
    void aRunThatFailsHalfwayAndIsRunAgainEndsExactlyLikeOneCleanRun() {
        SchoolYearFixture clean = new SchoolYearFixture();
        Population population = populate(clean);
        clean.clock.setDay(ROLLOVER_DAY);
        RolloverReport cleanReport = clean.registry.calendar()
                .rollover(clean.province, NEXT, BATCH);
        int failOn = population.kept().size() / 2;
        FailingStorage[] failing = new FailingStorage[1];
        SchoolYearFixture crashed = new SchoolYearFixture(LocalDate.of(2026, 7, 10), storage -> {
            failing[0] = new FailingStorage(storage, failOn);
            return failing[0];
        });
        populate(crashed);
        crashed.clock.setDay(ROLLOVER_DAY);

        assertThatThrownBy(() -> crashed.registry.calendar()
                .rollover(crashed.province, NEXT, BATCH))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
        assertThat(failing[0].updates()).isEqualTo(failOn);
        assertThat(crashed.registry.currentSchoolYear()).isEqualTo(NEXT.previous());
        assertThat(crashed.registry.calendar().phase())
                .isEqualTo(CalendarPhase.ROLLOVER_IN_PROGRESS);
        assertThat(crashed.registry.calendar().check(Activity.RECORD_GRADUATION))
                .hasValueSatisfying(refusal -> assertThat(refusal.reason())
                        .isEqualTo(CalendarRefusal.Reason.ROLLOVER_IN_PROGRESS));

        RolloverReport rerun = crashed.registry.calendar()
                .rollover(crashed.province, NEXT, BATCH);

        assertThat(rerun.outcome()).isEqualTo(RolloverResult.Outcome.COMPLETED);
        assertThat(rerun.resumed()).isTrue();
        assertThat(rerun.expected()).isEqualTo(cleanReport.expected());
        assertThat(rerun.promoted()).isEqualTo(cleanReport.promoted());
        assertThat(rerun.skipped()).isEqualTo(cleanReport.skipped());
        assertThat(rerun.alreadyDone()).isEqualTo(cleanReport.alreadyDone());
        assertThat(rerun.entries()).isEqualTo(cleanReport.entries());
        assertThat(snapshot(crashed, population)).isEqualTo(snapshot(clean, population));
        assertThat(crashed.registry.currentSchoolYear()).isEqualTo(NEXT);
    }

    @Test
    void aSecondRunAfterCompletionIsAlreadyDoneAndChangesNothing() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        Population population = populate(fixture);
        fixture.clock.setDay(ROLLOVER_DAY);
        RolloverReport first = fixture.registry.calendar().rollover(fixture.province, NEXT);
        List<Student> after = snapshot(fixture, population);
        int events = fixture.memory.events().published().size();
        fixture.clock.setDay(ROLLOVER_DAY.plusDays(3));

        RolloverReport second = fixture.registry.calendar().rollover(fixture.province, NEXT);

        assertThat(second.outcome()).isEqualTo(RolloverResult.Outcome.ALREADY_DONE);
        assertThat(second.expected()).isEqualTo(first.expected());
        assertThat(second.skipped()).isEqualTo(first.skipped());
        assertThat(second.entries()).isEqualTo(first.entries());
        assertThat(snapshot(fixture, population)).isEqualTo(after);
        assertThat(fixture.memory.events().published()).hasSize(events);
        assertThat(fixture.registry.currentSchoolYear()).isEqualTo(NEXT);
    }

    @Test
    void twoAdministratorsRacingShareOneRolloverAndExactlyOneCompletesIt() throws Exception {
        SchoolYearFixture fixture = new SchoolYearFixture();
        Population population = populate(fixture);
        SchoolYearFixture clean = new SchoolYearFixture();
        populate(clean);
        clean.clock.setDay(ROLLOVER_DAY);
        RolloverReport cleanReport = clean.registry.calendar()
                .rollover(clean.province, NEXT, 50);
        fixture.clock.setDay(ROLLOVER_DAY);
        Actor deputy = Actor.administrator("province-deputy",
                Scope.of(SchoolYearFixture.ANHUI));
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<RolloverReport>> runs = new ArrayList<>();
            for (Actor actor : List.of(fixture.province, deputy)) {
                runs.add(pool.submit(() -> {
                    go.await();
                    return fixture.registry.calendar().rollover(actor, NEXT, 50);
                }));
            }
            go.countDown();
            List<RolloverResult.Outcome> outcomes = new ArrayList<>();
            for (Future<RolloverReport> run : runs) {
                RolloverReport report = run.get();
                outcomes.add(report.outcome());
                assertThat(report.skipped()).isEqualTo(cleanReport.skipped());
                assertThat(report.entries()).isEqualTo(cleanReport.entries());
            }
            assertThat(outcomes).containsExactlyInAnyOrder(RolloverResult.Outcome.COMPLETED,
                    RolloverResult.Outcome.ALREADY_DONE);
        } finally {
            pool.shutdownNow();
        }
        assertThat(snapshot(fixture, population).stream().map(Student::cohort).toList())
                .isEqualTo(snapshot(clean, population).stream().map(Student::cohort).toList());
    }

    @Test
    void gradesFollowTheSchoolSystemAndNobodyLeavesPrimarySchoolByTheRollover() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        SchoolClass fourth54 = fixture.schoolClass(SchoolYearFixture.PRIMARY_54,
                SchoolSystem.FIVE_FOUR, 4, 1);
        SchoolClass fifth54 = fixture.schoolClass(SchoolYearFixture.PRIMARY_54,
                SchoolSystem.FIVE_FOUR, 5, 1);
        SchoolClass fifth63 = fixture.schoolClass(SchoolYearFixture.PRIMARY_63,
                SchoolSystem.SIX_THREE, 5, 1);
        SchoolClass sixth63 = fixture.schoolClass(SchoolYearFixture.PRIMARY_63,
                SchoolSystem.SIX_THREE, 6, 1);
        SchoolClass ninth = fixture.schoolClass(SchoolYearFixture.JUNIOR,
                SchoolSystem.SIX_THREE, 9, 1);
        SchoolClass senior3 = fixture.schoolClass(SchoolYearFixture.SENIOR,
                SchoolSystem.SIX_THREE, 12, 1);
        Student fourthUnderFiveFour = fixture.student(1, fourth54, RegistrationStatus.REGISTERED);
        Student fifthUnderFiveFour = fixture.student(2, fifth54, RegistrationStatus.REGISTERED);
        Student fifthUnderSixThree = fixture.student(3, fifth63, RegistrationStatus.REGISTERED);
        Student sixthUnderSixThree = fixture.student(4, sixth63, RegistrationStatus.REGISTERED);
        Student ninthGrader = fixture.student(5, ninth, RegistrationStatus.REGISTERED);
        Student seniorThree = fixture.student(6, senior3, RegistrationStatus.REGISTERED);
        Student graduated = fixture.student(7, sixth63, RegistrationStatus.GRADUATED);
        fixture.clock.setDay(ROLLOVER_DAY);

        fixture.registry.calendar().rollover(fixture.province, NEXT);

        assertThat(gradeOf(fixture, fourthUnderFiveFour)).isEqualTo("五年级");
        assertThat(gradeOf(fixture, fifthUnderFiveFour)).isEqualTo("五年级");
        assertThat(gradeOf(fixture, fifthUnderSixThree)).isEqualTo("六年级");
        assertThat(gradeOf(fixture, sixthUnderSixThree)).isEqualTo("六年级");
        assertThat(gradeOf(fixture, ninthGrader)).isEqualTo("九年级");
        assertThat(gradeOf(fixture, seniorThree)).isEqualTo("高三");
        assertThat(fixture.stored(sixthUnderSixThree.id()).flags())
                .contains(StudentFlag.NOT_GRADUATED_AT_ROLLOVER);
        assertThat(fixture.stored(fifthUnderSixThree.id()).flags()).isEmpty();
        assertThat(fixture.stored(graduated.id())).isEqualTo(graduated);
    }

    @Test
    void aStudentKeptBackIsListedAndMayStillGraduateInTheNextWindow() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        SchoolClass sixth = fixture.schoolClass(SchoolYearFixture.PRIMARY_63,
                SchoolSystem.SIX_THREE, 6, 1);
        Student student = fixture.student(1, sixth, RegistrationStatus.REGISTERED);
        fixture.clock.setDay(ROLLOVER_DAY);

        RolloverReport report = fixture.registry.calendar().rollover(fixture.province, NEXT);

        assertThat(report.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.student()).isEqualTo(student.id());
            assertThat(entry.reason()).isEqualTo(RolloverEntry.Reason.NOT_GRADUATED);
            assertThat(entry.gradeBefore()).isEqualTo(6);
            assertThat(entry.place().school()).contains(SchoolYearFixture.PRIMARY_63);
        });
        fixture.clock.setDay(LocalDate.of(2027, 7, 5));
        Student graduated = fixture.registry.graduations().record(fixture.primary63,
                student.id(), GraduationKind.GRADUATED);
        assertThat(graduated.status()).isEqualTo(RegistrationStatus.GRADUATED);
        assertThat(graduated.flags()).doesNotContain(StudentFlag.NOT_GRADUATED_AT_ROLLOVER);
    }

    @Test
    void aSuspendedStudentAlreadyKeptForTheYearIsCountedAndNotShiftedAgain() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        SchoolClass third = fixture.schoolClass(SchoolYearFixture.PRIMARY_63,
                SchoolSystem.SIX_THREE, 3, 1);
        Student marked = fixture.build(1, third, RegistrationStatus.SUSPENDED)
                .cohort(third.id().cohort().next()).keptGradeAt(NEXT).build();
        fixture.memory.students().insert(marked);
        fixture.clock.setDay(ROLLOVER_DAY);

        RolloverReport report = fixture.registry.calendar().rollover(fixture.province, NEXT);

        assertThat(report.alreadyDone()).isOne();
        assertThat(report.skipped()).isOne();
        assertThat(report.promoted()).isZero();
        assertThat(fixture.stored(marked.id())).isEqualTo(marked);
    }

    @Test
    void theRolloverIsRefusedBeforeItsDayWithThePhaseAndTheDateItOpens() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        fixture.clock.setDay(LocalDate.of(2026, 7, 31));

        assertThatThrownBy(() -> fixture.registry.calendar().rollover(fixture.province, NEXT))
                .isInstanceOfSatisfying(RegistryException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.OUTSIDE_CALENDAR_WINDOW);
                    assertThat(ex.englishMessage()).contains("opens on 2026-08-01",
                            "graduation");
                });
        assertThat(fixture.registry.calendar().current().rolloverStatus())
                .isEqualTo(RolloverStatus.NOT_STARTED);
    }

    @Test
    void onlyTheProvinceAdministratorRunsTheRollover() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        fixture.clock.setDay(ROLLOVER_DAY);

        assertThatThrownBy(() -> fixture.registry.calendar().rollover(fixture.baohe, NEXT))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> fixture.registry.calendar().rollover(fixture.primary63, NEXT))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(fixture.registry.calendar().phase())
                .isEqualTo(CalendarPhase.AWAITING_ROLLOVER);
    }

    @Test
    void theYearMovesOneAtATime() {
        SchoolYearFixture fixture = new SchoolYearFixture();
        fixture.clock.setDay(ROLLOVER_DAY.plusYears(1));

        assertThatThrownBy(() -> fixture.registry.calendar()
                .rollover(fixture.province, NEXT.next()))
                .isInstanceOfSatisfying(RegistryException.class,
                        ex -> assertThat(ex.code()).isEqualTo(ErrorCode.INVALID_VALUE));
        assertThat(fixture.registry.calendar().rollover(fixture.province, NEXT).outcome())
                .isEqualTo(RolloverResult.Outcome.COMPLETED);
    }

    private static String gradeOf(SchoolYearFixture fixture, Student student) {
        return fixture.stored(student.id()).gradeIn(NEXT).chineseName();
    }

    private static List<Student> snapshot(SchoolYearFixture fixture, Population population) {
        return population.students().stream().map(student -> fixture.stored(student.id()))
                .toList();
    }

    /**
     * Writes the same students into a fixture every time: classes of every grade of the four
     * schools, and students across grades and statuses drawn with a fixed seed.
     */
    private static Population populate(SchoolYearFixture fixture) {
        List<SchoolClass> classes = new ArrayList<>();
        addClasses(fixture, classes, SchoolYearFixture.PRIMARY_63, SchoolSystem.SIX_THREE, 1, 6);
        addClasses(fixture, classes, SchoolYearFixture.PRIMARY_54, SchoolSystem.FIVE_FOUR, 1, 5);
        addClasses(fixture, classes, SchoolYearFixture.JUNIOR, SchoolSystem.SIX_THREE, 7, 9);
        addClasses(fixture, classes, SchoolYearFixture.SENIOR, SchoolSystem.SIX_THREE, 10, 12);
        Random random = new Random(20260801L);
        List<Student> students = new ArrayList<>();
        Map<String, RolloverEntry.Reason> reasons = new HashMap<>();
        for (int n = 0; n < STUDENTS; n++) {
            SchoolClass schoolClass = classes.get(random.nextInt(classes.size()));
            int grade = schoolClass.gradeIn(SchoolYearFixture.YEAR).number();
            boolean finalGrade = schoolClass.profile().schoolSystem().isFinalGrade(grade);
            int roll = random.nextInt(100);
            RegistrationStatus status = roll < 5 ? RegistrationStatus.SUSPENDED
                    : roll < 9 ? RegistrationStatus.COLLECTED
                    : roll < 12 ? RegistrationStatus.SUBMITTED
                    : finalGrade && roll < 60 ? RegistrationStatus.GRADUATED
                    : RegistrationStatus.REGISTERED;
            Student student = fixture.student(n, schoolClass, status);
            students.add(student);
            if (status == RegistrationStatus.SUSPENDED) {
                reasons.put(student.id().toString(), RolloverEntry.Reason.SUSPENDED);
            } else if (status == RegistrationStatus.REGISTERED && finalGrade) {
                reasons.put(student.id().toString(), RolloverEntry.Reason.NOT_GRADUATED);
            } else if (status == RegistrationStatus.COLLECTED
                    || status == RegistrationStatus.SUBMITTED) {
                reasons.put(student.id().toString(), RolloverEntry.Reason.NOT_REGISTERED);
            }
        }
        students.sort(Comparator.comparing(Student::id));
        return new Population(students, reasons);
    }

    private static void addClasses(SchoolYearFixture fixture, List<SchoolClass> classes,
            SchoolIdentifier school, SchoolSystem system, int fromGrade, int toGrade) {
        for (int grade = fromGrade; grade <= toGrade; grade++) {
            for (int number = 1; number <= 2; number++) {
                classes.add(fixture.schoolClass(school, system, grade, number));
            }
        }
    }

    private record Population(List<Student> students, Map<String, RolloverEntry.Reason> reasons) {

        long inSchool() {
            return students.stream().filter(student -> IN_SCHOOL.contains(student.status()))
                    .count();
        }

        Map<String, RolloverEntry.Reason> kept() {
            return reasons.entrySet().stream().filter(entry -> entry.getValue().keepsGrade())
                    .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        }

        int count(RolloverEntry.Reason reason) {
            return (int) reasons.values().stream().filter(reason::equals).count();
        }
    }
}
