package org.xueji.registry.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * The registry's academic calendar (校历): which school year it is in, whether the rollover
 * (学年升级) out of that year is running, and the province's dates, as a pure state machine.
 *
 * <p><b>State.</b> The state is small: the current {@link AcademicYear} and, while the rollover
 * out of it runs, the day it started. Everything else is derived from the state and the
 * {@link CalendarPolicy}'s dates for the current year: the {@linkplain #phaseAt phase}, the
 * {@linkplain #termAt term}, and whether an {@linkplain #check activity} is open. Derivation
 * is total: every day maps to exactly one phase, whatever the clock does.
 *
 * <p><b>Terms are derived, the year is not.</b> The change from the first to the second term is
 * a date with no work attached and no one to run it, so it follows the dates and cannot be
 * forgotten. The change of year is the province-wide rollover on 1 August, run once by the
 * province's administrator together with the work on students' records, so it is an explicit
 * transition that must be asked for.
 *
 * <p><b>The rollover</b> is named by the school year it moves into and runs in two steps, so that
 * a batch job that crashes can resume:
 * <ol>
 *   <li>{@link #startRollover(AcademicYear, LocalDate)} is allowed on or after the year's
 *       {@linkplain SchoolYearDates#rolloverDay() rollover day}; it records the start and puts the
 *       calendar in {@link CalendarPhase#ROLLOVER_IN_PROGRESS}, where every other activity waits.
 *       Starting again while it runs resumes it.
 *   <li>{@link #completeRollover(AcademicYear)} moves the calendar into the target year, in the
 *       first term.
 * </ol>
 * The year moves at completion, not at start: the current year is the commit point of the
 * rollover, so a job that dies halfway leaves the registry in the old year with the rollover
 * visibly in progress, never in a new year whose exceptions (students who do not go up a grade)
 * are half written. Both steps are idempotent: asking for a rollover into a year the calendar is
 * already in, or has passed, reports {@link RolloverResult.Outcome#ALREADY_DONE} and changes
 * nothing, so no year is rolled over twice. The year moves one at a time.
 *
 * <p><b>Time</b> comes only from the {@link LocalDate} or {@link Clock} passed in. A clock should
 * be in the province's zone (Asia/Shanghai), since the day is taken in the clock's zone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AcademicCalendar {

    private final CalendarPolicy policy;
    private final AcademicYear currentYear;
    private final SchoolYearDates dates;
    private final LocalDate rolloverStartedOn;

    private AcademicCalendar(
            CalendarPolicy policy, AcademicYear currentYear, LocalDate rolloverStartedOn) {
        this.policy = policy;
        this.currentYear = currentYear;
        this.dates = policy.dates(currentYear);
        this.rolloverStartedOn = rolloverStartedOn;
    }

    /**
     * Obtains a calendar in a school year, with no rollover running.
     *
     * @param policy  the province's calendar policy, not null
     * @param currentYear  the registry's current school year, not null
     * @return the calendar, not null
     */
    public static AcademicCalendar of(CalendarPolicy policy, AcademicYear currentYear) {
        return new AcademicCalendar(
                requireNonNull(policy, "policy"), requireNonNull(currentYear, "currentYear"), null);
    }

    /**
     * Obtains a calendar whose rollover out of its current year started on a day and has not
     * completed, as a store restores it after a crash.
     *
     * @param policy  the province's calendar policy, not null
     * @param currentYear  the registry's current school year, not null
     * @param startedOn  the day the rollover started, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if the day is before the current year's rollover day
     */
    public static AcademicCalendar ofRolloverInProgress(
            CalendarPolicy policy, AcademicYear currentYear, LocalDate startedOn) {
        requireNonNull(startedOn, "startedOn");
        AcademicCalendar calendar = of(policy, currentYear);
        checkArgument(!startedOn.isBefore(calendar.dates.rolloverDay()),
                "The rollover out of %s cannot start before %s: %s",
                currentYear, calendar.dates.rolloverDay(), startedOn);
        return new AcademicCalendar(policy, currentYear, startedOn);
    }

    /**
     * Obtains the calendar of a registry set up on a day: in the school year that contains the
     * day, with no rollover running.
     *
     * @param policy  the province's calendar policy, not null
     * @param today  the day the registry is set up, not null
     * @return the calendar, not null
     * @throws IllegalArgumentException if the day is outside the supported school years
     */
    public static AcademicCalendar startingOn(CalendarPolicy policy, LocalDate today) {
        return of(policy, policy.yearContaining(requireNonNull(today, "today")));
    }

    /**
     * Returns the province's calendar policy.
     *
     * @return the policy, not null
     */
    public CalendarPolicy policy() {
        return policy;
    }

    /**
     * Returns the registry's current school year, which moves only when a rollover completes.
     *
     * @return the school year, not null
     */
    public AcademicYear currentYear() {
        return currentYear;
    }

    /**
     * Returns the policy's dates of the current school year.
     *
     * @return the dates, not null
     */
    public SchoolYearDates currentDates() {
        return dates;
    }

    /**
     * Returns the school year that the next rollover moves into: the one after the current year.
     *
     * @return the target school year, not null
     */
    public AcademicYear rolloverTarget() {
        return currentYear.next();
    }

    /**
     * Returns the state of the next rollover, out of the current year.
     *
     * @return {@link RolloverStatus#NOT_STARTED} or {@link RolloverStatus#IN_PROGRESS}, not null
     */
    public RolloverStatus rolloverStatus() {
        return rolloverStartedOn == null ? RolloverStatus.NOT_STARTED : RolloverStatus.IN_PROGRESS;
    }

    /**
     * Returns the state of the rollover into a school year.
     *
     * @param target  the school year the rollover moves into, not null
     * @return {@link RolloverStatus#DONE} for the current year and earlier ones, the
     *     {@linkplain #rolloverStatus() next rollover's state} for the next year, and
     *     {@link RolloverStatus#NOT_STARTED} for later years; not null
     */
    public RolloverStatus rolloverStatus(AcademicYear target) {
        int ahead = currentYear.yearsUntil(requireNonNull(target, "target"));
        if (ahead <= 0) {
            return RolloverStatus.DONE;
        }
        return ahead == 1 ? rolloverStatus() : RolloverStatus.NOT_STARTED;
    }

    /**
     * Returns the day the running rollover started.
     *
     * @return the day, or empty if no rollover is running
     */
    public Optional<LocalDate> rolloverStartedOn() {
        return Optional.ofNullable(rolloverStartedOn);
    }

    /**
     * Returns the phase of the school year on a day, as {@link CalendarPhase} orders them.
     *
     * <p>A day on or after the current year's rollover day is {@link
     * CalendarPhase#AWAITING_ROLLOVER} until the rollover starts, however many years later; a day
     * before the current year's first term start is {@link CalendarPhase#BEFORE_TERM}, even if a
     * clock set back puts it before the year itself.
     *
     * @param date  the day, not null
     * @return the phase, not null
     */
    public CalendarPhase phaseAt(LocalDate date) {
        requireNonNull(date, "date");
        if (rolloverStartedOn != null) {
            return CalendarPhase.ROLLOVER_IN_PROGRESS;
        }
        if (!date.isBefore(dates.rolloverDay())) {
            return CalendarPhase.AWAITING_ROLLOVER;
        }
        if (!date.isBefore(dates.graduationOpens())) {
            return CalendarPhase.GRADUATION;
        }
        if (!date.isBefore(dates.secondTermStart())) {
            return CalendarPhase.SECOND_TERM;
        }
        if (date.isAfter(dates.enrollmentClose())) {
            return CalendarPhase.FIRST_TERM;
        }
        if (!date.isBefore(dates.firstTermStart())) {
            return CalendarPhase.ENROLLMENT;
        }
        return CalendarPhase.BEFORE_TERM;
    }

    /**
     * Returns the phase of the school year today.
     *
     * @param clock  the clock that gives today, in the province's zone, not null
     * @return the phase, not null
     */
    public CalendarPhase phase(Clock clock) {
        return phaseAt(LocalDate.now(clock));
    }

    /**
     * Returns the term on a day: the second term from the current year's second term start until
     * the rollover completes, the first term otherwise.
     *
     * @param date  the day, not null
     * @return the term, not null
     */
    public Term termAt(LocalDate date) {
        return phaseAt(date).term();
    }

    /**
     * Checks whether an activity is open on a day, and says why not if it is not.
     *
     * <p>The rollover is open on or after the current year's rollover day, and while it runs.
     * Every other activity is refused while the rollover is due or running, and otherwise is open
     * inside its {@linkplain SchoolYearDates#window(Activity) window} of the current year.
     *
     * @param activity  the activity, not null
     * @param date  the day, not null
     * @return the refusal, or empty if the activity is open
     */
    public Optional<CalendarRefusal> check(Activity activity, LocalDate date) {
        requireNonNull(activity, "activity");
        CalendarPhase phase = phaseAt(date);
        if (activity == Activity.ROLLOVER) {
            return phase == CalendarPhase.AWAITING_ROLLOVER
                    || phase == CalendarPhase.ROLLOVER_IN_PROGRESS
                    ? Optional.empty()
                    : refuse(activity, phase, date,
                            CalendarRefusal.Reason.NOT_YET_OPEN, dates.rolloverDay());
        }
        if (phase == CalendarPhase.ROLLOVER_IN_PROGRESS) {
            return refuse(activity, phase, date,
                    CalendarRefusal.Reason.ROLLOVER_IN_PROGRESS, rolloverStartedOn);
        }
        if (phase == CalendarPhase.AWAITING_ROLLOVER) {
            return refuse(activity, phase, date,
                    CalendarRefusal.Reason.ROLLOVER_PENDING, dates.rolloverDay());
        }
        Range<LocalDate> window = dates.window(activity);
        if (date.isBefore(window.lowerEndpoint())) {
            return refuse(activity, phase, date,
                    CalendarRefusal.Reason.NOT_YET_OPEN, window.lowerEndpoint());
        }
        if (date.isAfter(window.upperEndpoint())) {
            return refuse(activity, phase, date,
                    CalendarRefusal.Reason.CLOSED, window.upperEndpoint());
        }
        return Optional.empty();
    }

    /**
     * Checks whether an activity is open today, and says why not if it is not.
     *
     * @param activity  the activity, not null
     * @param clock  the clock that gives today, in the province's zone, not null
     * @return the refusal, or empty if the activity is open
     */
    public Optional<CalendarRefusal> check(Activity activity, Clock clock) {
        return check(activity, LocalDate.now(clock));
    }

    /**
     * Tells whether an activity is open on a day.
     *
     * @param activity  the activity, not null
     * @param date  the day, not null
     * @return true if {@link #check(Activity, LocalDate)} finds no refusal
     */
    public boolean isOpen(Activity activity, LocalDate date) {
        return check(activity, date).isEmpty();
    }

    /**
     * Requires an activity to be open on a day.
     *
     * @param activity  the activity, not null
     * @param date  the day, not null
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} if the activity is
     *     not open, with the phase and the date it opens or closed in the message
     */
    public void requireOpen(Activity activity, LocalDate date) {
        Optional<CalendarRefusal> refusal = check(activity, date);
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }

    /**
     * Requires an activity to be open today.
     *
     * @param activity  the activity, not null
     * @param clock  the clock that gives today, in the province's zone, not null
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} if the activity is
     *     not open, with the phase and the date it opens or closed in the message
     */
    public void requireOpen(Activity activity, Clock clock) {
        requireOpen(activity, LocalDate.now(clock));
    }

    /**
     * Starts the rollover into a school year, or resumes it if it is running.
     *
     * <p>A rollover into the current year or an earlier one has already been done, and is
     * reported as such. A running rollover is resumed whatever the day, so a job can always
     * finish what it started.
     *
     * @param target  the school year to move into, not null
     * @param today  the day, not null
     * @return {@link RolloverResult.Outcome#STARTED} with the new calendar, or
     *     {@code RESUMED}, {@code ALREADY_DONE}, or {@code REFUSED} before the rollover day, all
     *     with this calendar; not null
     * @throws IllegalArgumentException if the target is more than one year after the current
     *     year, since the year moves one at a time
     */
    public RolloverResult startRollover(AcademicYear target, LocalDate today) {
        requireNonNull(today, "today");
        if (isDone(target)) {
            return RolloverResult.of(target, RolloverResult.Outcome.ALREADY_DONE, this);
        }
        if (rolloverStartedOn != null) {
            return RolloverResult.of(target, RolloverResult.Outcome.RESUMED, this);
        }
        Optional<CalendarRefusal> refusal = check(Activity.ROLLOVER, today);
        if (refusal.isPresent()) {
            return RolloverResult.refused(target, this, refusal.get());
        }
        return RolloverResult.of(target, RolloverResult.Outcome.STARTED,
                new AcademicCalendar(policy, currentYear, today));
    }

    /**
     * Completes the running rollover into a school year: the calendar moves into that year, in
     * its first term, and the next rollover has not started.
     *
     * @param target  the school year to move into, not null
     * @return {@link RolloverResult.Outcome#COMPLETED} with the new calendar, or
     *     {@code ALREADY_DONE} with this calendar if the calendar is already in that year or a
     *     later one; not null
     * @throws IllegalArgumentException if the target is more than one year after the current
     *     year
     * @throws IllegalStateException if the rollover into the target has not started
     */
    public RolloverResult completeRollover(AcademicYear target) {
        if (isDone(target)) {
            return RolloverResult.of(target, RolloverResult.Outcome.ALREADY_DONE, this);
        }
        checkState(rolloverStartedOn != null, "The rollover into %s has not started", target);
        return RolloverResult.of(target, RolloverResult.Outcome.COMPLETED,
                new AcademicCalendar(policy, target, null));
    }

    /**
     * Starts (or resumes) and completes the rollover into a school year in one step, for a
     * registry with no other work to do in it.
     *
     * @param target  the school year to move into, not null
     * @param today  the day, not null
     * @return {@link RolloverResult.Outcome#COMPLETED} with the new calendar, or
     *     {@code ALREADY_DONE} or {@code REFUSED} with this calendar; not null
     * @throws IllegalArgumentException if the target is more than one year after the current
     *     year
     */
    public RolloverResult rollover(AcademicYear target, LocalDate today) {
        RolloverResult started = startRollover(target, today);
        return switch (started.outcome()) {
            case STARTED, RESUMED -> started.calendar().completeRollover(target);
            default -> started;
        };
    }

    private boolean isDone(AcademicYear target) {
        int ahead = currentYear.yearsUntil(requireNonNull(target, "target"));
        checkArgument(ahead <= 1,
                "The calendar is in %s; the next rollover is into %s, not %s",
                currentYear, currentYear.next(), target);
        return ahead <= 0;
    }

    private Optional<CalendarRefusal> refuse(
            Activity activity, CalendarPhase phase, LocalDate date, CalendarRefusal.Reason reason,
            LocalDate boundary) {
        return Optional.of(
                new CalendarRefusal(activity, phase, currentYear, date, reason, boundary));
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof AcademicCalendar)) {
            return false;
        }
        AcademicCalendar other = (AcademicCalendar) obj;
        return policy.equals(other.policy)
                && currentYear.equals(other.currentYear)
                && Objects.equals(rolloverStartedOn, other.rolloverStartedOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(policy, currentYear, rolloverStartedOn);
    }

    /**
     * Returns the current year and the rollover's state, for debugging.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "AcademicCalendar[" + currentYear
                + (rolloverStartedOn == null
                        ? ""
                        : ", rollover into " + currentYear.next() + " since " + rolloverStartedOn)
                + "]";
    }
}
