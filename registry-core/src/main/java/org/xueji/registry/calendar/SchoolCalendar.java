package org.xueji.registry.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Role;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.audit.FieldChange;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.event.RolloverCompleted;
import org.xueji.registry.event.RolloverStarted;
import org.xueji.registry.event.StudentKeptGrade;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StudentSelection;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentFlag;

/**
 * The registry's calendar as use cases (校历): where the school year stands today, whether an
 * activity is open, and the province-wide rollover (学年升级) on or after 1 August.
 *
 * <p><b>Today</b> is read only from the registry's {@link Clock}, and the state is the stored
 * {@link AcademicCalendar}; other use cases ask {@link #require(Activity)} before they act, and a
 * call in the wrong phase fails with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW}, naming the
 * phase and the date the activity opens or closed.
 *
 * <p><b>The rollover</b> moves the registry into the next school year. Grades are derived from
 * each student's cohort and the current year, so moving the year promotes every student at once
 * and the rollover writes only the exceptions:
 * <ul>
 *   <li>a registered student in the final grade of a stage (grade 6 under 六三制, 5 under 五四制,
 *       9, and senior 3) who has not graduated keeps the grade: the cohort moves one year later
 *       and the record is flagged {@link StudentFlag#NOT_GRADUATED_AT_ROLLOVER} for follow-up.
 *       Nobody moves from primary into junior school, or from junior into senior school, by the
 *       rollover: that is a new enrollment that keeps the registry number;
 *   <li>a suspended student keeps the grade the same way, without the flag;
 *   <li>a student collected or submitted and never approved is not written: the student moves up
 *       with the class and is listed so that the registration is finished.
 * </ul>
 * Each written student carries the year of the rollover that kept its grade, so no rerun shifts
 * a student twice. A class's grade follows its cohort, so every class moves up too; a class of a
 * final grade simply ages out once its students have graduated, and a student kept back stays in
 * it until the school moves the student into a class of the grade.
 *
 * <p><b>Resuming.</b> The calendar is set to {@link CalendarPhase#ROLLOVER_IN_PROGRESS} first
 * (every other activity then waits), the students are read in keyset-paged batches selected by
 * status, cohort and school system, and each batch is written with its checkpoint in one unit of
 * work; the calendar moves into the new year last. A run that fails midway leaves the registry
 * in the old year with the rollover in progress; running it again resumes after the last kept
 * batch, and ends in the same state, with the same report, as one clean run. Running it after
 * completion reports {@link RolloverResult.Outcome#ALREADY_DONE} and changes nothing. Two
 * administrators running it at once share the work through the checkpoint's compare-and-set;
 * one of them completes it and the other is told it is already done. While the rollover runs, a
 * kept student shows one grade lower in the old year; no use case acts on students then.
 *
 * <p><b>Cost.</b> It counts the students in school with count queries and reads and writes only
 * the exceptions, a batch at a time, so its memory does not grow with the province. Each batch
 * is a keyset-paged read, one batched update of the students kept back
 * ({@link org.xueji.registry.spi.StudentStore#updateAll}), one batched append each of their
 * audit entries and events, the entries and the checkpoint: a few statements per batch, not a
 * round of statements per student.
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#calendar()}. This class is thread-safe.
 */
public final class SchoolCalendar {

    /** The number of students the rollover reads and writes in one unit of work by default. */
    public static final int DEFAULT_BATCH_SIZE = 500;

    private static final int MAX_CONFLICTS = 5;
    private static final List<RegistrationStatus> IN_SCHOOL = List.of(
            RegistrationStatus.REGISTERED, RegistrationStatus.SUSPENDED,
            RegistrationStatus.COLLECTED, RegistrationStatus.SUBMITTED);

    private final RegistryStorage storage;
    private final Auditing auditing;
    private final Calendars calendars;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public SchoolCalendar(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.auditing = new Auditing(storage, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                requireNonNull(policy, "policy").calendar(), clock);
    }

    /**
     * Returns the stored calendar: the current school year and the rollover's state.
     *
     * @return the calendar, not null
     */
    public AcademicCalendar current() {
        return calendars.current();
    }

    /**
     * Returns today by the registry's clock.
     *
     * @return the day, not null
     */
    public LocalDate today() {
        return calendars.today();
    }

    /**
     * Returns the phase of the school year today.
     *
     * @return the phase, not null
     */
    public CalendarPhase phase() {
        return current().phaseAt(today());
    }

    /**
     * Returns the term today.
     *
     * @return the term, not null
     */
    public Term term() {
        return phase().term();
    }

    /**
     * Checks whether an activity is open today.
     *
     * @param activity  the activity, not null
     * @return the refusal, or empty if it is open
     */
    public Optional<CalendarRefusal> check(Activity activity) {
        return current().check(activity, today());
    }

    /**
     * Requires an activity to be open today.
     *
     * @param activity  the activity, not null
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} if it is not,
     *     naming the phase and the date it opens or closed
     */
    public void require(Activity activity) {
        current().requireOpen(activity, today());
    }

    /**
     * Runs, resumes, or reports the rollover into a school year, in batches of the default size.
     *
     * @param actor  the province administrator, not null
     * @param target  the school year to move into, not null
     * @return the report, not null
     * @throws AccessDeniedException if the actor is not a province administrator
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} before the
     *     rollover day, or {@link ErrorCode#INVALID_VALUE} if the target is more than one year
     *     after the current year
     * @see #rollover(Actor, AcademicYear, int)
     */
    public RolloverReport rollover(Actor actor, AcademicYear target) {
        return rollover(actor, target, DEFAULT_BATCH_SIZE);
    }

    /**
     * Runs, resumes, or reports the rollover into a school year.
     *
     * <p>On or after the rollover day, with the calendar in the year before the target, it starts
     * the rollover (or resumes it if an earlier run stopped), handles the exceptions and moves
     * the calendar into the target year, in its first term. With the calendar already in the
     * target year or later, it changes nothing and reports
     * {@link RolloverResult.Outcome#ALREADY_DONE}.
     *
     * @param actor  the province administrator, not null
     * @param target  the school year to move into, not null
     * @param batchSize  the number of students per unit of work, positive
     * @return the report, not null
     * @throws AccessDeniedException if the actor is not a province administrator
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} before the
     *     rollover day, {@link ErrorCode#INVALID_VALUE} if the target is more than one year after
     *     the current year, or the storage's failure, after which a rerun resumes
     * @throws IllegalArgumentException if the batch size is not positive
     */
    public RolloverReport rollover(Actor actor, AcademicYear target, int batchSize) {
        requireNonNull(actor, "actor");
        requireNonNull(target, "target");
        checkArgument(batchSize > 0, "batch size must be positive: %s", batchSize);
        requireProvinceAdministrator(actor, target);
        AcademicCalendar calendar = current();
        if (calendar.rolloverStatus(target) == RolloverStatus.DONE) {
            return report(target, RolloverResult.Outcome.ALREADY_DONE, false);
        }
        if (!calendar.rolloverTarget().equals(target)) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    "当前学年为" + calendar.currentYear() + "，下一次学年升级应升入"
                            + calendar.rolloverTarget() + "，而非" + target,
                    "The registry is in " + calendar.currentYear() + "; the next rollover is into "
                            + calendar.rolloverTarget() + ", not " + target);
        }
        RolloverResult.Outcome start = retrying(target, () -> start(actor, target));
        if (start == RolloverResult.Outcome.ALREADY_DONE) {
            return report(target, start, false);
        }
        List<Segment> segments = segments(actor.scope().division(), target.previous());
        while (retrying(target, () -> batch(actor, target, segments, batchSize))) {
            continue;
        }
        return retrying(target, () -> complete(actor, target,
                start == RolloverResult.Outcome.RESUMED));
    }

    /**
     * Returns the report of the rollover into a school year, as far as it has gone.
     *
     * @param target  the school year, not null
     * @return the report, or empty if that rollover never started in this registry
     */
    public Optional<RolloverReport> rolloverReport(AcademicYear target) {
        requireNonNull(target, "target");
        return storage.unitOfWork().inTransaction(() -> storage.rollovers().find(target)
                .map(checkpoint -> RolloverReport.of(checkpoint,
                        checkpoint.finished() ? RolloverResult.Outcome.COMPLETED
                                : RolloverResult.Outcome.RESUMED,
                        false, storage.rollovers().entries(target))));
    }

    private void requireProvinceAdministrator(Actor actor, AcademicYear target) {
        if (actor.role() != Role.PROVINCE_ADMINISTRATOR) {
            throw auditing.refuse(actor, AuditAction.RUN_ROLLOVER,
                    AuditTarget.of(RecordKind.CALENDAR, target.toString(), actor.scope()),
                    "：只有省级管理员可以执行学年升级",
                    "only the province administrator runs the rollover");
        }
    }

    private RolloverResult.Outcome start(Actor actor, AcademicYear target) {
        AcademicCalendar calendar = current();
        LocalDate today = today();
        RolloverResult started = calendar.startRollover(target, today);
        if (started.outcome() != RolloverResult.Outcome.STARTED) {
            started.orThrow();
            return started.outcome();
        }
        if (!storage.calendar().compareAndSet(calendar, started.calendar())) {
            throw conflict(target);
        }
        DivisionCode province = actor.scope().division();
        long expected = IN_SCHOOL.stream()
                .mapToLong(status -> storage.students().count(
                        StudentSelection.of(province, status)))
                .sum();
        RolloverCheckpoint checkpoint = RolloverCheckpoint.start(target, today, expected);
        if (!storage.rollovers().compareAndSet(storage.rollovers().find(target).orElse(null),
                checkpoint)) {
            throw conflict(target);
        }
        auditing.recordChange(actor, AuditAction.RUN_ROLLOVER, calendarTarget(actor, target),
                List.of(FieldChange.of("rollover", RolloverStatus.NOT_STARTED.name(),
                        RolloverStatus.IN_PROGRESS.name())),
                new RolloverStarted(auditing.now(), actor.scope(), target, expected));
        return RolloverResult.Outcome.STARTED;
    }

    private boolean batch(Actor actor, AcademicYear target, List<Segment> segments,
            int batchSize) {
        RolloverCheckpoint checkpoint = storage.rollovers().find(target)
                .orElseThrow(() -> new IllegalStateException("No checkpoint for " + target));
        if (checkpoint.finished() || checkpoint.segment() >= segments.size()) {
            return false;
        }
        Segment segment = segments.get(checkpoint.segment());
        List<Student> page = storage.students().page(segment.selection(),
                checkpoint.lastHandled().orElse(null), batchSize);
        if (page.isEmpty()) {
            advance(checkpoint, checkpoint.nextSegment());
            return true;
        }
        long kept = 0;
        long listed = 0;
        long done = 0;
        List<RolloverEntry> entries = new ArrayList<>();
        List<Student> keptBack = new ArrayList<>();
        for (Student student : page) {
            int gradeBefore = student.cohort().yearsUntil(target.previous()) + 1;
            RolloverEntry entry = new RolloverEntry(target, student.id(), student.place(),
                    gradeBefore, segment.reason());
            if (!segment.reason().keepsGrade()) {
                listed++;
                entries.add(entry);
            } else if (student.keptGradeAt().filter(target::equals).isPresent()) {
                kept++;
                done++;
            } else {
                keptBack.add(student);
                kept++;
                entries.add(entry);
            }
        }
        advance(checkpoint, checkpoint.after(page.get(page.size() - 1).id(), kept, listed, done));
        keepGrades(actor, keptBack, target, segment.reason());
        storage.rollovers().addEntries(entries);
        return true;
    }

    /**
     * Writes the students of one page who keep their grade with one batched update, then their
     * audit entries and events with one batched append each.
     */
    private void keepGrades(Actor actor, List<Student> students, AcademicYear target,
            RolloverEntry.Reason reason) {
        if (students.isEmpty()) {
            return;
        }
        StudentFlag flag = reason == RolloverEntry.Reason.NOT_GRADUATED
                ? StudentFlag.NOT_GRADUATED_AT_ROLLOVER : null;
        List<Student> stored = storage.students().updateAll(students.stream()
                .map(student -> student.keepingGradeInto(target, flag)).toList());
        List<AuditEntry> audit = new ArrayList<>(stored.size());
        List<StudentKeptGrade> events = new ArrayList<>(stored.size());
        for (int i = 0; i < stored.size(); i++) {
            Student before = students.get(i);
            Student after = stored.get(i);
            audit.add(AuditEntry.done(auditing.now(), actor, AuditAction.KEEP_GRADE,
                    AuditTarget.of(RecordKind.STUDENT, after.id().toString(), after.place()),
                    Auditing.diff(before.fields(), after.fields())));
            events.add(new StudentKeptGrade(auditing.now(), after.place(), after.id(), target,
                    reason, after.version()));
        }
        storage.auditTrail().appendAll(audit);
        storage.events().publishAll(events);
    }

    private void advance(RolloverCheckpoint expected, RolloverCheckpoint replacement) {
        if (!storage.rollovers().compareAndSet(expected, replacement)) {
            throw conflict(expected.target());
        }
    }

    private RolloverReport complete(Actor actor, AcademicYear target, boolean resumed) {
        AcademicCalendar calendar = current();
        if (calendar.rolloverStatus(target) == RolloverStatus.DONE) {
            return report(target, RolloverResult.Outcome.ALREADY_DONE, resumed);
        }
        RolloverResult completed = calendar.completeRollover(target);
        RolloverCheckpoint checkpoint = storage.rollovers().find(target)
                .orElseThrow(() -> new IllegalStateException("No checkpoint for " + target));
        RolloverCheckpoint finished = checkpoint.finish();
        if (!storage.calendar().compareAndSet(calendar, completed.calendar())) {
            throw conflict(target);
        }
        advance(checkpoint, finished);
        auditing.recordChange(actor, AuditAction.COMPLETE_ROLLOVER, calendarTarget(actor, target),
                List.of(FieldChange.of("currentYear", calendar.currentYear().toString(),
                        target.toString())),
                new RolloverCompleted(auditing.now(), actor.scope(), target,
                        finished.expected(), finished.promoted(), finished.keptGrade()));
        return RolloverReport.of(finished, RolloverResult.Outcome.COMPLETED, resumed,
                storage.rollovers().entries(target));
    }

    private RolloverReport report(AcademicYear target, RolloverResult.Outcome outcome,
            boolean resumed) {
        return storage.unitOfWork().inTransaction(() -> storage.rollovers().find(target)
                .map(checkpoint -> RolloverReport.of(checkpoint, outcome, resumed,
                        storage.rollovers().entries(target)))
                .orElseGet(() -> new RolloverReport(target, outcome, resumed, 0, 0, 0, 0,
                        List.of())));
    }

    /**
     * Runs one step of the rollover in a unit of work, again after a conflict. A conflict after
     * which the checkpoint has moved on since the previous conflict means another runner did
     * work, so the count starts again: the checkpoint moves on a bounded number of times, and a
     * runner that keeps losing the race to another still ends, told the rollover is done. Only
     * conflicts with the checkpoint standing still (someone else changing a student) add up to
     * the limit. The checkpoint is read only after a conflict.
     */
    private <T> T retrying(AcademicYear target, Supplier<T> work) {
        Optional<RolloverCheckpoint> seen = Optional.empty();
        int conflicts = 0;
        while (true) {
            try {
                return storage.unitOfWork().inTransaction(work);
            } catch (RegistryException ex) {
                if (ex.code() != ErrorCode.STALE_VERSION) {
                    throw ex;
                }
                Optional<RolloverCheckpoint> now = progress(target);
                conflicts = conflicts > 0 && now.equals(seen) ? conflicts + 1 : 1;
                seen = now;
                if (conflicts >= MAX_CONFLICTS) {
                    throw ex;
                }
            }
        }
    }

    private Optional<RolloverCheckpoint> progress(AcademicYear target) {
        return storage.unitOfWork().inTransaction(() -> storage.rollovers().find(target));
    }

    private static RegistryException conflict(AcademicYear target) {
        return new RegistryException(ErrorCode.STALE_VERSION,
                "学年升级（升入" + target + "）的进度已被他人更新",
                "The rollover into " + target + " was moved on by someone else");
    }

    private static AuditTarget calendarTarget(Actor actor, AcademicYear target) {
        return AuditTarget.of(RecordKind.CALENDAR, target.toString(), actor.scope());
    }

    /**
     * The steps of the rollover's work, in a fixed order: the final grades of each stage (per
     * school system where the systems disagree), then suspended students, then students never
     * approved.
     */
    private static List<Segment> segments(DivisionCode province, AcademicYear oldYear) {
        List<Segment> segments = new ArrayList<>();
        StudentSelection registered = StudentSelection.of(province, RegistrationStatus.REGISTERED);
        for (int grade = Grade.FIRST; grade <= Grade.LAST; grade++) {
            List<SchoolSystem> finalIn = new ArrayList<>();
            for (SchoolSystem system : SchoolSystem.values()) {
                if (system.isFinalGrade(grade)) {
                    finalIn.add(system);
                }
            }
            StudentSelection cohort = registered.inCohort(Grade.of(grade).cohortIn(oldYear));
            if (finalIn.size() == SchoolSystem.values().length) {
                segments.add(new Segment(cohort, RolloverEntry.Reason.NOT_GRADUATED));
            } else {
                for (SchoolSystem system : finalIn) {
                    segments.add(new Segment(cohort.under(system),
                            RolloverEntry.Reason.NOT_GRADUATED));
                }
            }
        }
        segments.add(new Segment(StudentSelection.of(province, RegistrationStatus.SUSPENDED),
                RolloverEntry.Reason.SUSPENDED));
        segments.add(new Segment(StudentSelection.of(province, RegistrationStatus.COLLECTED),
                RolloverEntry.Reason.NOT_REGISTERED));
        segments.add(new Segment(StudentSelection.of(province, RegistrationStatus.SUBMITTED),
                RolloverEntry.Reason.NOT_REGISTERED));
        return segments;
    }

    private record Segment(StudentSelection selection, RolloverEntry.Reason reason) {
    }
}
