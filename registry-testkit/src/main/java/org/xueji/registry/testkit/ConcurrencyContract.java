package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.authorityProfile;
import static org.xueji.registry.testkit.StorageFixtures.bureauOf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.IntFunction;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.calendar.RolloverReport;
import org.xueji.registry.calendar.RolloverResult;
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.EnrollmentResult;
import org.xueji.registry.enrollment.EnrollmentRule;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.event.FeedEntry;
import org.xueji.registry.event.StudentApproved;
import org.xueji.registry.event.StudentEvent;
import org.xueji.registry.event.StudentReturned;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * Races on an adapter's storage, through {@link Registry}: eight schools of two counties
 * enrolling overlapping sets of the same forty children at once; eight forms racing for the last
 * place of a class (the 55th, Anhui refusing a primary class of 56); an approval and a return of
 * the same submitted student at once, twelve times; two registries, each over a storage of its own
 * on one database, enrolling children and drawing from one number sequence at once; and two
 * administrators, each on a storage of its own, running the rollover of 36 students at once.
 *
 * <p>What must hold: every child is registered exactly once and every other attempt is refused
 * as {@link ErrorCode#DUPLICATE}, never an exception out of the batch (a deadlock the database
 * detects is the adapter's to retry); one form takes a class's last place and the others are
 * refused by the class-size rule; of an approval and a return exactly one decides, the other
 * fails with {@link ErrorCode#INVALID_STATUS} or {@link ErrorCode#STALE_VERSION}, and the record,
 * its audit entries and its events tell of the winner only; no regional number or sequence
 * number is handed out twice; of two rollovers one completes and the other is told it is
 * already done, and the students, the report and the audit trail are those of one clean run
 * (its entries in any order: runners on two storages may number them in interleaved blocks).
 *
 * <p>An adapter's test class extends this, returns empty storage from {@link #storage()} and a
 * second storage over the same data from {@link #otherStorage()}. The storage must lend at least
 * sixteen connections at once (eight threads, each with the sequence's own connection).
 */
public abstract class ConcurrencyContract {

    private static final int SCHOOLS = 8;
    private static final int CHILDREN = 40;
    private static final int PER_SCHOOL = 25;
    private static final int DECISIONS = 12;
    /** The largest primary class Anhui's policy allows: it refuses 56 or more. */
    private static final int LAST_PLACE = 55;
    private static final int PER_THREAD = 10;
    private static final int NUMBERS_PER_THREAD = 25;
    private static final int ROLLOVER_BATCH = 3;
    private static final long TIMEOUT_SECONDS = 120;
    private static final DivisionCode SHUSHAN = DivisionCode.parse("340104");

    /**
     * Returns empty storage of the adapter under test; called once at the start of each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    /**
     * Returns another storage over the same data as the storage {@link #storage()} last
     * returned, as a second process would open it: for a database, a storage of its own on a
     * data source of its own. An adapter whose data lives in one object returns that object.
     *
     * @return the storage, not null
     */
    protected abstract RegistryStorage otherStorage();

    @RepeatedTest(3)
    void eightSchoolsEnrollingOverlappingChildrenAtOnceRegisterEachChildExactlyOnce(
            RepetitionInfo repetition) {
        RegistryStorage storage = storage();
        Registry registry = MainJob.registry(storage);
        List<Actor> actors = new ArrayList<>();
        List<SchoolIdentifier> schools = new ArrayList<>();
        eightSchools(registry, actors, schools);
        List<NewStudentForm> children = MainJob.forms(CHILDREN).subList(0, CHILDREN);
        Random random = new Random(20260910L + repetition.getCurrentRepetition());
        List<List<Integer>> subsets = new ArrayList<>();
        for (int school = 0; school < SCHOOLS; school++) {
            List<Integer> all = new ArrayList<>();
            for (int child = 0; child < CHILDREN; child++) {
                all.add(child);
            }
            Collections.shuffle(all, random);
            subsets.add(List.copyOf(all.subList(0, PER_SCHOOL)));
        }

        List<BatchResult> batches = race(SCHOOLS, school -> () -> registry.enrollment()
                .enrollAll(actors.get(school), schools.get(school), Grade.of(1),
                        subsets.get(school).stream().map(children::get).toList()));

        Map<Integer, List<Student>> registered = new HashMap<>();
        Set<Integer> attempted = new HashSet<>();
        int attempts = 0;
        int refused = 0;
        for (int school = 0; school < SCHOOLS; school++) {
            BatchResult batch = batches.get(school);
            assertThat(batch.results()).hasSize(PER_SCHOOL);
            attempts += PER_SCHOOL;
            refused += batch.refused().size();
            attempted.addAll(subsets.get(school));
            for (EnrollmentResult result : batch.accepted()) {
                int child = subsets.get(school).get(result.index());
                registered.computeIfAbsent(child, any -> new ArrayList<>())
                        .add(result.accepted().orElseThrow());
            }
            assertThat(batch.refused()).allSatisfy(result -> assertThat(result.refusals())
                    .extracting(Refusal::rule, Refusal::code)
                    .containsOnly(tuple(EnrollmentRule.NOT_REGISTERED, ErrorCode.DUPLICATE)));
        }
        assertThat(registered.keySet()).containsExactlyInAnyOrderElementsOf(attempted);
        assertThat(registered.values()).allSatisfy(winners -> assertThat(winners).hasSize(1));
        assertThat(registered.size() + refused).isEqualTo(attempts);
        List<Student> stored = new ArrayList<>();
        for (SchoolIdentifier school : schools) {
            stored.addAll(storage.students().listBySchool(school, RegistrationStatus.COLLECTED));
        }
        assertThat(stored).hasSize(attempted.size());
        assertThat(registered.values()).allSatisfy(winners -> assertThat(
                storage.students().findByKey(winners.get(0).key()))
                .hasValueSatisfying(found -> {
                    assertThat(found.id()).isEqualTo(winners.get(0).id());
                    assertThat(found.school()).isEqualTo(winners.get(0).school());
                }));
        assertThat(stored).extracting(Student::regionalNumber).doesNotHaveDuplicates();
        assertThat(stored).extracting(Student::registryNumber).doesNotHaveDuplicates();
        assertThat(registry.audit().list(MainJob.PROVINCE, AuditQuery.all()
                .forAction(AuditAction.COLLECT_STUDENT).withOutcome(AuditEntry.Outcome.DONE)))
                .hasSize(attempted.size());
    }

    @RepeatedTest(3)
    void eightFormsRacingForTheLastPlaceOfAClassFillItOnceAndTheOthersAreRefused() {
        RegistryStorage storage = storage();
        Registry registry = MainJob.registry(storage);
        Actor school = MainJob.setUp(registry);
        List<NewStudentForm> all = MainJob.forms(2 * (LAST_PLACE + SCHOOLS));
        List<NewStudentForm> firstClass = new ArrayList<>();
        for (int i = 0; i < all.size() - MainJob.REFUSED; i += 2) {
            firstClass.add(all.get(i));
        }
        BatchResult filled = registry.enrollment().enrollAll(school, MainJob.SCHOOL,
                Grade.of(1), firstClass.subList(0, LAST_PLACE - 1));
        assertThat(filled.accepted()).hasSize(LAST_PLACE - 1);
        ClassId target = filled.accepted().get(0).accepted().orElseThrow().classId();

        List<EnrollmentResult> results = race(SCHOOLS, form -> () -> registry.enrollment()
                .enroll(school, MainJob.SCHOOL, Grade.of(1),
                        firstClass.get(LAST_PLACE - 1 + form)));

        assertThat(results).filteredOn(EnrollmentResult::isAccepted).hasSize(1);
        assertThat(results).filteredOn(result -> !result.isAccepted()).hasSize(SCHOOLS - 1)
                .allSatisfy(result -> assertThat(result.refusals())
                        .extracting(Refusal::rule, Refusal::code)
                        .containsOnly(tuple(EnrollmentRule.CLASS_SIZE,
                                ErrorCode.CLASS_SIZE_EXCEEDED)));
        assertThat(storage.students().countInClass(target)).isEqualTo(LAST_PLACE);
    }

    @Test
    void anApprovalAndAReturnOfTheSameSubmittedStudentAtOnceLeaveExactlyOneDecision() {
        RegistryStorage storage = storage();
        Registry registry = MainJob.registry(storage);
        Actor school = MainJob.setUp(registry);
        List<StudentId> submitted = registry.enrollment().enrollAll(school, MainJob.SCHOOL,
                Grade.of(1), MainJob.forms(DECISIONS).subList(0, DECISIONS)).accepted().stream()
                .map(result -> result.accepted().orElseThrow().id()).toList();
        assertThat(submitted).hasSize(DECISIONS);
        registry.reviews().submitAll(school, submitted);

        for (StudentId student : submitted) {
            List<Decision> decisions = race(2, which -> () -> which == 0
                    ? decide(AuditAction.APPROVE_STUDENT,
                            () -> registry.reviews().approve(MainJob.BUREAU, student))
                    : decide(AuditAction.RETURN_STUDENT,
                            () -> registry.reviews().returnToSchool(MainJob.BUREAU, student,
                                    "照片背景不是浅蓝色")));

            assertThat(decisions).filteredOn(decision -> decision.stored != null)
                    .hasSize(1);
            Decision winner = decisions.stream().filter(decision -> decision.stored != null)
                    .findFirst().orElseThrow();
            assertThat(decisions).filteredOn(decision -> decision.stored == null)
                    .singleElement().satisfies(loser -> assertThat(loser.failure.code())
                            .isIn(ErrorCode.INVALID_STATUS, ErrorCode.STALE_VERSION));
            Student after = storage.students().find(student).orElseThrow();
            assertThat(after).isEqualTo(winner.stored);
            assertThat(after.status()).isEqualTo(winner.action == AuditAction.APPROVE_STUDENT
                    ? RegistrationStatus.REGISTERED : RegistrationStatus.COLLECTED);
            assertThat(registry.audit().list(MainJob.PROVINCE, AuditQuery.all()
                    .forTarget(RecordKind.STUDENT, student.toString())
                    .withOutcome(AuditEntry.Outcome.DONE)))
                    .extracting(AuditEntry::action)
                    .filteredOn(action -> action == AuditAction.APPROVE_STUDENT
                            || action == AuditAction.RETURN_STUDENT)
                    .containsExactly(winner.action);
            assertThat(decisionEvents(storage, student)).singleElement()
                    .isInstanceOf(winner.action == AuditAction.APPROVE_STUDENT
                            ? StudentApproved.class : StudentReturned.class);
        }
    }

    @Test
    void twoRegistriesOverOneDatabaseEnrollingAtOnceNeverHandOutARegionalNumberTwice() {
        RegistryStorage first = storage();
        RegistryStorage second = otherStorage();
        Registry one = MainJob.registry(first);
        Registry other = MainJob.registry(second);
        Actor schoolOfOne = MainJob.setUp(one);
        SchoolIdentifier otherSchool = SchoolIdentifier.parse("2134000002");
        Actor schoolOfOther = MainJob.addSchool(one, otherSchool, BAOHE, "包河区第二小学");
        int threads = SCHOOLS;
        List<NewStudentForm> children = MainJob.forms(threads * PER_THREAD)
                .subList(0, threads * PER_THREAD);

        List<BatchResult> batches = race(threads, thread -> () -> {
            List<NewStudentForm> mine = children.subList(thread * PER_THREAD,
                    (thread + 1) * PER_THREAD);
            return thread % 2 == 0
                    ? one.enrollment().enrollAll(schoolOfOne, MainJob.SCHOOL, Grade.of(1), mine)
                    : other.enrollment().enrollAll(schoolOfOther, otherSchool, Grade.of(1),
                            mine);
        });

        assertThat(batches).allSatisfy(batch -> {
            assertThat(batch.accepted()).hasSize(PER_THREAD);
            assertThat(batch.refused()).isEmpty();
        });
        List<RegionalStudentNumber> numbers = new ArrayList<>();
        for (SchoolIdentifier school : List.of(MainJob.SCHOOL, otherSchool)) {
            first.students().listBySchool(school, RegistrationStatus.COLLECTED)
                    .forEach(student -> numbers.add(student.regionalNumber()));
        }
        assertThat(numbers).hasSize(children.size()).doesNotHaveDuplicates();
    }

    @Test
    void twoStoragesOverOneDatabaseDrawingFromOneSequenceAtOnceNeverShareANumber() {
        RegistryStorage first = storage();
        RegistryStorage second = otherStorage();
        String prefix = "R:3401112600112";

        List<List<Long>> drawn = race(SCHOOLS, thread -> () -> {
            RegistryStorage mine = thread % 2 == 0 ? first : second;
            List<Long> numbers = new ArrayList<>();
            for (int i = 0; i < NUMBERS_PER_THREAD; i++) {
                numbers.add(mine.sequences().next(prefix));
            }
            return numbers;
        });

        List<Long> all = drawn.stream().flatMap(List::stream).toList();
        assertThat(all).hasSize(SCHOOLS * NUMBERS_PER_THREAD).doesNotHaveDuplicates()
                .allSatisfy(number -> assertThat(number).isPositive());
        assertThat(drawn).allSatisfy(numbers -> assertThat(numbers).isSorted());
    }

    @RepeatedTest(3)
    void twoAdministratorsOnTwoStoragesRunningTheRolloverAtOnceEndLikeOneCleanRun() {
        RegistryStorage alone = storage();
        List<StudentId> population = RolloverPopulation.populate(alone);
        Registry clean = RolloverPopulation.onRolloverDay(alone);
        RolloverReport cleanReport = clean.calendar().rollover(MainJob.PROVINCE,
                RolloverPopulation.NEXT, ROLLOVER_BATCH);
        List<Student> cleanState = snapshot(alone, population);
        RegistryStorage first = storage();
        RolloverPopulation.populate(first);
        RegistryStorage second = otherStorage();
        List<Registry> registries = List.of(RolloverPopulation.onRolloverDay(first),
                RolloverPopulation.onRolloverDay(second));
        List<Actor> administrators = List.of(MainJob.PROVINCE,
                Actor.administrator("province-deputy", Scope.of(StorageFixtures.ANHUI)));

        List<RolloverReport> reports = race(2, which -> () -> registries.get(which).calendar()
                .rollover(administrators.get(which), RolloverPopulation.NEXT, ROLLOVER_BATCH));

        assertThat(reports).extracting(RolloverReport::outcome).containsExactlyInAnyOrder(
                RolloverResult.Outcome.COMPLETED, RolloverResult.Outcome.ALREADY_DONE);
        assertThat(reports).allSatisfy(report -> {
            assertThat(report.expected()).isEqualTo(cleanReport.expected());
            assertThat(report.promoted()).isEqualTo(cleanReport.promoted());
            assertThat(report.skipped()).isEqualTo(cleanReport.skipped());
            assertThat(report.alreadyDone()).isEqualTo(cleanReport.alreadyDone());
            assertThat(report.entries())
                    .containsExactlyInAnyOrderElementsOf(cleanReport.entries());
        });
        assertThat(snapshot(first, population)).isEqualTo(cleanState);
        Registry registry = registries.get(0);
        assertThat(registry.currentSchoolYear()).isEqualTo(RolloverPopulation.NEXT);
        for (AuditAction action : List.of(AuditAction.KEEP_GRADE, AuditAction.RUN_ROLLOVER,
                AuditAction.COMPLETE_ROLLOVER)) {
            assertThat(registry.audit().list(MainJob.PROVINCE, AuditQuery.all()
                    .forAction(action).withOutcome(AuditEntry.Outcome.DONE)))
                    .as(action.name())
                    .hasSameSizeAs(clean.audit().list(MainJob.PROVINCE, AuditQuery.all()
                            .forAction(action).withOutcome(AuditEntry.Outcome.DONE)));
        }
    }

    private static void eightSchools(Registry registry, List<Actor> actors,
            List<SchoolIdentifier> schools) {
        actors.add(MainJob.setUp(registry));
        schools.add(MainJob.SCHOOL);
        registry.organisations().createAuthority(MainJob.PROVINCE, bureauOf(SHUSHAN), SHUSHAN,
                authorityProfile("合肥市蜀山区教育体育局"));
        for (int n = 2; n <= SCHOOLS; n++) {
            SchoolIdentifier school = SchoolIdentifier.parse("213400000" + n);
            DivisionCode county = n <= SCHOOLS / 2 ? BAOHE : SHUSHAN;
            actors.add(MainJob.addSchool(registry, school, county, "第" + n + "小学"));
            schools.add(school);
        }
    }

    private static List<Student> snapshot(RegistryStorage storage, List<StudentId> students) {
        return students.stream().map(id -> storage.students().find(id).orElseThrow()).toList();
    }

    private static List<StudentEvent> decisionEvents(RegistryStorage storage, StudentId student) {
        List<StudentEvent> events = new ArrayList<>();
        long position = 0;
        while (true) {
            List<FeedEntry> page = storage.eventFeed().readAfter(position, 500);
            for (FeedEntry entry : page) {
                position = entry.position();
                if ((entry.event() instanceof StudentApproved
                        || entry.event() instanceof StudentReturned)
                        && ((StudentEvent) entry.event()).student().equals(student)) {
                    events.add((StudentEvent) entry.event());
                }
            }
            if (page.size() < 500) {
                return events;
            }
        }
    }

    private static Decision decide(AuditAction action, Callable<Student> call) throws Exception {
        try {
            return new Decision(action, call.call(), null);
        } catch (RegistryException e) {
            return new Decision(action, null, e);
        }
    }

    /**
     * Runs tasks on threads of their own with {@link Races}, giving the threads and each result
     * this suite's longer timeout, since its races run whole enrollments and rollovers.
     */
    private static <T> List<T> race(int threads, IntFunction<Callable<T>> task) {
        return Races.race(threads, TIMEOUT_SECONDS, TIMEOUT_SECONDS, task);
    }

    /** One side of a race to decide: what it tried, and what it stored or why it failed. */
    private record Decision(AuditAction action, Student stored, RegistryException failure) {
    }
}
