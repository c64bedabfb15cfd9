package org.xueji.registry.calendar;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.RegistryException;

/**
 * What a rollover transition of the {@link AcademicCalendar} did: the outcome, the calendar after
 * it, and the refusal if it was refused.
 *
 * <p>Only {@link Outcome#STARTED} and {@link Outcome#COMPLETED} change the calendar; a resumed,
 * repeated or refused call leaves it as it was, which is what makes a rerun of the rollover job
 * harmless.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RolloverResult {

    /** What a rollover transition did. */
    public enum Outcome {
        /** The rollover started now; the calendar records the day. */
        STARTED,
        /** The rollover was already running; the caller resumes its work. */
        RESUMED,
        /** The rollover completed now; the calendar is in the target school year. */
        COMPLETED,
        /** The rollover into the target year had already completed; nothing changed. */
        ALREADY_DONE,
        /** The rollover may not start yet; nothing changed. */
        REFUSED
    }

    private final AcademicYear target;
    private final Outcome outcome;
    private final AcademicCalendar calendar;
    private final CalendarRefusal refusal;

    private RolloverResult(
            AcademicYear target, Outcome outcome, AcademicCalendar calendar,
            CalendarRefusal refusal) {
        this.target = requireNonNull(target, "target");
        this.outcome = requireNonNull(outcome, "outcome");
        this.calendar = requireNonNull(calendar, "calendar");
        this.refusal = refusal;
    }

    static RolloverResult of(AcademicYear target, Outcome outcome, AcademicCalendar calendar) {
        return new RolloverResult(target, outcome, calendar, null);
    }

    static RolloverResult refused(
            AcademicYear target, AcademicCalendar calendar, CalendarRefusal refusal) {
        return new RolloverResult(target, Outcome.REFUSED, calendar, requireNonNull(refusal));
    }

    /**
     * Returns the school year the rollover was asked to move into.
     *
     * @return the target school year, not null
     */
    public AcademicYear target() {
        return target;
    }

    /**
     * Returns what the transition did.
     *
     * @return the outcome, not null
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * Returns the calendar after the transition, which is the calendar before it unless the
     * outcome is {@link Outcome#STARTED} or {@link Outcome#COMPLETED}.
     *
     * @return the calendar, not null
     */
    public AcademicCalendar calendar() {
        return calendar;
    }

    /**
     * Returns why the transition was refused.
     *
     * @return the refusal, or empty unless the outcome is {@link Outcome#REFUSED}
     */
    public Optional<CalendarRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /**
     * Tells whether the transition was refused.
     *
     * @return true if the outcome is {@link Outcome#REFUSED}
     */
    public boolean isRefused() {
        return outcome == Outcome.REFUSED;
    }

    /**
     * Returns the calendar after the transition, or throws the refusal.
     *
     * @return the calendar, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#OUTSIDE_CALENDAR_WINDOW}
     *     if the transition was refused
     */
    public AcademicCalendar orThrow() {
        if (refusal != null) {
            throw refusal.toException();
        }
        return calendar;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof RolloverResult)) {
            return false;
        }
        RolloverResult other = (RolloverResult) obj;
        return target.equals(other.target)
                && outcome == other.outcome
                && calendar.equals(other.calendar)
                && Objects.equals(refusal, other.refusal);
    }

    @Override
    public int hashCode() {
        return Objects.hash(target, outcome, calendar, refusal);
    }

    /**
     * Returns the target year, the outcome and the calendar, for debugging.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "RolloverResult[into " + target + ": " + outcome
                + (refusal == null ? "" : " (" + refusal.englishMessage() + ")")
                + ", " + calendar + "]";
    }
}
