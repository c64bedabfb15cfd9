package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLNonTransientConnectionException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.calendar.RolloverCheckpoint;
import org.xueji.registry.calendar.RolloverReport;
import org.xueji.registry.calendar.RolloverResult;
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.event.FeedEntry;
import org.xueji.registry.event.StudentApproved;
import org.xueji.registry.event.StudentCollected;
import org.xueji.registry.event.StudentEvent;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * The database connection dropped in the middle of an approval, of a batch import and of the
 * rollover, on an adapter whose storage takes its connections from a {@link DataSource}: the
 * operation fails with {@link ErrorCode#STORAGE_FAILURE}, nothing partial is stored, and a rerun
 * completes with counts that add up.
 *
 * <p>Each test first counts the statements the operation takes on a clean run, then sweeps the
 * drop over them through a {@link FaultInjectingDataSource}: every statement of one approval,
 * and its commit; six positions spread over a batch of eleven forms; twelve spread over a
 * rollover of 36 students in batches of three. A batch import keeps whole forms only (each with
 * its student, numbers, photo, audit entry and event), and its rerun refuses exactly those as
 * duplicates. A rollover keeps its checkpoint in step with the students written, and its rerun
 * ends in the state and with the report of one clean run.
 *
 * <p>An adapter's test class extends this, empties its database in {@link #emptyDatabase()} and
 * opens its storage on a given data source in {@link #storageOn(DataSource)}.
 */
public abstract class ConnectionDropContract {

    private static final AcademicYear NEXT = RolloverPopulation.NEXT;
    private static final int VALID_FORMS = 8;
    private static final int BATCH_POSITIONS = 6;
    private static final int ROLLOVER_BATCH = 3;
    private static final int ROLLOVER_POSITIONS = 12;

    /**
     * Empties the adapter's database of records, as before a first use, and returns a data
     * source of it; called at the start of each test and again for each position of a sweep.
     *
     * @return the data source, not null
     */
    protected abstract DataSource emptyDatabase();

    /**
     * Opens the adapter's storage over a data source, ready for use, without emptying anything.
     *
     * @param dataSource  the data source, a wrapper of the one {@link #emptyDatabase()}
     *     returned, not null
     * @return the storage, not null
     */
    protected abstract RegistryStorage storageOn(DataSource dataSource);

    @Test
    void anApprovalWhoseConnectionDropsAtAnyOfItsStatementsStoresNothingAndARerunCompletesIt() {
        FaultInjectingDataSource faults = FaultInjectingDataSource.wrap(emptyDatabase());
        RegistryStorage storage = storageOn(faults);
        Registry registry = MainJob.registry(storage);
        Actor school = MainJob.setUp(registry);
        List<StudentId> warmUp = collectAndSubmit(registry, school, MainJob.forms(2)
                .subList(0, 2));
        registry.reviews().approve(MainJob.BUREAU, warmUp.get(0));
        int before = faults.statementCount();
        registry.reviews().approve(MainJob.BUREAU, warmUp.get(1));
        int statements = faults.statementCount() - before;
        List<StudentId> submitted = collectAndSubmit(registry, school,
                MainJob.forms(2 + statements).subList(2, 2 + statements));

        for (int position = 1; position <= statements; position++) {
            StudentId student = submitted.get(position - 1);
            Student waiting = storage.students().find(student).orElseThrow();
            faults.dropConnectionAt(position);

            assertThatThrownBy(() -> registry.reviews().approve(MainJob.BUREAU, student))
                    .as("connection dropped at statement %s of %s", position, statements)
                    .isInstanceOfSatisfying(RegistryException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
            faults.clearFaults();

            assertThat(storage.students().find(student)).contains(waiting);
            assertThat(approvals(registry, student)).isEmpty();
            assertThat(events(storage, StudentApproved.class, student)).isZero();
            Student approved = registry.reviews().approve(MainJob.BUREAU, student);
            assertThat(approved.status()).isEqualTo(RegistrationStatus.REGISTERED);
            assertThat(approved.version()).isEqualTo(waiting.version() + 1);
            assertThat(approvals(registry, student)).hasSize(1);
            assertThat(events(storage, StudentApproved.class, student)).isOne();
        }
        StudentId last = collectAndSubmit(registry, school,
                MainJob.forms(3 + statements).subList(2 + statements, 3 + statements)).get(0);
        Student waiting = storage.students().find(last).orElseThrow();
        faults.failCommit(1, () -> new SQLNonTransientConnectionException(
                "injected connection drop at commit", "08006"));
        assertThatThrownBy(() -> registry.reviews().approve(MainJob.BUREAU, last))
                .as("connection dropped at the commit")
                .isInstanceOfSatisfying(RegistryException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
        assertThat(storage.students().find(last)).contains(waiting);
        assertThat(approvals(registry, last)).isEmpty();
        assertThat(registry.reviews().approve(MainJob.BUREAU, last).status())
                .isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(storage.students().listBySchool(MainJob.SCHOOL,
                RegistrationStatus.REGISTERED)).hasSize(3 + statements);
        assertThat(registry.audit().list(MainJob.PROVINCE, AuditQuery.all()
                .forAction(AuditAction.APPROVE_STUDENT).withOutcome(AuditEntry.Outcome.DONE)))
                .hasSize(3 + statements);
    }

    @Test
    void aBatchImportWhoseConnectionDropsMidwayKeepsWholeFormsOnlyAndARerunCompletesIt() {
        List<NewStudentForm> forms = MainJob.forms(VALID_FORMS);
        FaultInjectingDataSource counting = FaultInjectingDataSource.wrap(emptyDatabase());
        Registry clean = MainJob.registry(storageOn(counting));
        Actor school = MainJob.setUp(clean);
        int before = counting.statementCount();
        clean.enrollment().enrollAll(school, MainJob.SCHOOL, Grade.of(1), forms);
        int statements = counting.statementCount() - before;

        for (int position : spread(statements, BATCH_POSITIONS)) {
            FaultInjectingDataSource faults = FaultInjectingDataSource.wrap(emptyDatabase());
            RegistryStorage storage = storageOn(faults);
            Registry registry = MainJob.registry(storage);
            MainJob.setUp(registry);
            faults.dropConnectionAt(position);

            assertThatThrownBy(() -> registry.enrollment().enrollAll(school, MainJob.SCHOOL,
                    Grade.of(1), forms))
                    .as("connection dropped at statement %s of %s", position, statements)
                    .isInstanceOfSatisfying(RegistryException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
            faults.clearFaults();

            List<Student> kept = storage.students().listBySchool(MainJob.SCHOOL,
                    RegistrationStatus.COLLECTED);
            int committed = kept.size();
            assertThat(committed).isBetween(0, VALID_FORMS);
            assertThat(kept).allSatisfy(student -> {
                assertThat(storage.students().findByKey(student.key())).contains(student);
                assertThat(storage.photos().find(student.id())).isPresent();
                assertThat(events(storage, StudentCollected.class, student.id())).isOne();
            });
            assertThat(collections(registry)).isEqualTo(committed);
            BatchResult rerun = registry.enrollment().enrollAll(school, MainJob.SCHOOL,
                    Grade.of(1), forms);
            assertThat(rerun.accepted()).hasSize(VALID_FORMS - committed);
            assertThat(rerun.refused()).hasSize(committed + MainJob.REFUSED);
            assertThat(rerun.refused()).filteredOn(result -> result.index() < VALID_FORMS)
                    .hasSize(committed)
                    .allSatisfy(result -> assertThat(result.refusals())
                            .extracting(Refusal::code).containsOnly(ErrorCode.DUPLICATE));
            List<Student> all = storage.students().listBySchool(MainJob.SCHOOL,
                    RegistrationStatus.COLLECTED);
            assertThat(all).hasSize(VALID_FORMS);
            assertThat(all).extracting(Student::regionalNumber).doesNotHaveDuplicates();
            assertThat(collections(registry)).isEqualTo(VALID_FORMS);
        }
    }

    @Test
    void aRolloverWhoseConnectionDropsAtAnyStageResumesToTheStateOfOneCleanRun() {
        FaultInjectingDataSource counting = FaultInjectingDataSource.wrap(emptyDatabase());
        RegistryStorage cleanStorage = storageOn(counting);
        List<StudentId> population = RolloverPopulation.populate(cleanStorage);
        Registry clean = RolloverPopulation.onRolloverDay(cleanStorage);
        int before = counting.statementCount();
        RolloverReport cleanReport = clean.calendar().rollover(MainJob.PROVINCE, NEXT,
                ROLLOVER_BATCH);
        int statements = counting.statementCount() - before;
        List<Student> cleanState = snapshot(cleanStorage, population);
        int cleanKept = auditCount(clean, AuditAction.KEEP_GRADE);
        assertThat(cleanReport.outcome()).isEqualTo(RolloverResult.Outcome.COMPLETED);
        assertThat(cleanReport.skipped()).isPositive();
        assertThat(cleanReport.entries()).hasSizeGreaterThan((int) cleanReport.skipped());

        for (int position : spread(statements, ROLLOVER_POSITIONS)) {
            FaultInjectingDataSource faults = FaultInjectingDataSource.wrap(emptyDatabase());
            RegistryStorage storage = storageOn(faults);
            RolloverPopulation.populate(storage);
            Registry registry = RolloverPopulation.onRolloverDay(storage);
            faults.dropConnectionAt(position);

            assertThatThrownBy(() -> registry.calendar().rollover(MainJob.PROVINCE, NEXT,
                    ROLLOVER_BATCH))
                    .as("connection dropped at statement %s of %s", position, statements)
                    .isInstanceOfSatisfying(RegistryException.class,
                            e -> assertThat(e.code()).isEqualTo(ErrorCode.STORAGE_FAILURE));
            faults.clearFaults();

            assertThat(registry.currentSchoolYear()).isEqualTo(NEXT.previous());
            assertCheckpointInStep(storage, registry, population);
            RolloverReport rerun = registry.calendar().rollover(MainJob.PROVINCE, NEXT,
                    ROLLOVER_BATCH);
            assertThat(rerun.outcome()).isEqualTo(RolloverResult.Outcome.COMPLETED);
            assertThat(rerun.expected()).isEqualTo(cleanReport.expected());
            assertThat(rerun.promoted()).isEqualTo(cleanReport.promoted());
            assertThat(rerun.skipped()).isEqualTo(cleanReport.skipped());
            assertThat(rerun.alreadyDone()).isEqualTo(cleanReport.alreadyDone());
            assertThat(rerun.entries()).isEqualTo(cleanReport.entries());
            assertThat(snapshot(storage, population)).isEqualTo(cleanState);
            assertThat(registry.currentSchoolYear()).isEqualTo(NEXT);
            assertThat(auditCount(registry, AuditAction.KEEP_GRADE)).isEqualTo(cleanKept);
            assertThat(auditCount(registry, AuditAction.RUN_ROLLOVER)).isOne();
            assertThat(auditCount(registry, AuditAction.COMPLETE_ROLLOVER)).isOne();
        }
    }

    /**
     * Checks that what a failed rollover kept agrees with its checkpoint: as many students
     * carry the target year as the checkpoint counts kept, as many entries are listed as it
     * counts kept and listed, each kept student has one audit entry, and nothing at all is
     * written before the checkpoint exists.
     */
    private static void assertCheckpointInStep(RegistryStorage storage, Registry registry,
            List<StudentId> population) {
        Optional<RolloverCheckpoint> checkpoint = storage.rollovers().find(NEXT);
        long written = population.stream().map(id -> storage.students().find(id).orElseThrow())
                .filter(student -> student.keptGradeAt().filter(NEXT::equals).isPresent())
                .count();
        if (checkpoint.isEmpty()) {
            assertThat(written).isZero();
            assertThat(storage.rollovers().entries(NEXT)).isEmpty();
            assertThat(auditCount(registry, AuditAction.RUN_ROLLOVER)).isZero();
            return;
        }
        RolloverCheckpoint progress = checkpoint.get();
        assertThat(progress.finished()).isFalse();
        assertThat(progress.alreadyDone()).isZero();
        assertThat(written).isEqualTo(progress.keptGrade());
        assertThat(storage.rollovers().entries(NEXT))
                .hasSize((int) (progress.keptGrade() + progress.listed()));
        assertThat(auditCount(registry, AuditAction.KEEP_GRADE)).isEqualTo(written);
        assertThat(auditCount(registry, AuditAction.RUN_ROLLOVER)).isOne();
    }

    private static List<StudentId> collectAndSubmit(Registry registry, Actor school,
            List<NewStudentForm> forms) {
        List<StudentId> collected = registry.enrollment().enrollAll(school, MainJob.SCHOOL,
                Grade.of(1), forms).accepted().stream()
                .map(result -> result.accepted().orElseThrow().id()).toList();
        assertThat(collected).hasSameSizeAs(forms);
        registry.reviews().submitAll(school, collected);
        return collected;
    }

    private static List<Student> snapshot(RegistryStorage storage, List<StudentId> population) {
        return population.stream().map(id -> storage.students().find(id).orElseThrow())
                .toList();
    }

    /** Returns {@code count} statement positions from the first to the last, evenly apart. */
    private static List<Integer> spread(int statements, int count) {
        assertThat(statements).isGreaterThanOrEqualTo(count);
        List<Integer> positions = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            positions.add(1 + (int) ((long) i * (statements - 1) / (count - 1)));
        }
        return positions;
    }

    private static List<AuditEntry> approvals(Registry registry, StudentId student) {
        return registry.audit().list(MainJob.PROVINCE, AuditQuery.all()
                .forTarget(RecordKind.STUDENT, student.toString())
                .forAction(AuditAction.APPROVE_STUDENT).withOutcome(AuditEntry.Outcome.DONE));
    }

    private static int collections(Registry registry) {
        return auditCount(registry, AuditAction.COLLECT_STUDENT);
    }

    private static int auditCount(Registry registry, AuditAction action) {
        return registry.audit().list(MainJob.PROVINCE, AuditQuery.all().forAction(action)
                .withOutcome(AuditEntry.Outcome.DONE)).size();
    }

    private static long events(RegistryStorage storage, Class<? extends DomainEvent> type,
            StudentId student) {
        Predicate<DomainEvent> about = event -> type.isInstance(event)
                && event instanceof StudentEvent studentEvent
                && studentEvent.student().equals(student);
        long found = 0;
        long position = 0;
        while (true) {
            List<FeedEntry> page = storage.eventFeed().readAfter(position, 500);
            for (FeedEntry entry : page) {
                position = entry.position();
                if (about.test(entry.event())) {
                    found++;
                }
            }
            if (page.size() < 500) {
                return found;
            }
        }
    }
}
