package org.xueji.registry.calendar;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * The calendar's refusal of an activity on a day: the phase the registry was in, the activity,
 * why it was refused and the date that explains it (when the activity opens, or when it closed).
 *
 * <p>A refusal is a value that a use case can report in a batch result; {@link #toException()}
 * turns it into a {@link RegistryException} with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CalendarRefusal {

    private static final DateTimeFormatter CHINESE_DATE =
            DateTimeFormatter.ofPattern("uuuu年M月d日");

    /** Why an activity was refused, and so what the refusal's {@link #boundary()} means. */
    public enum Reason {
        /** The window has not opened yet; the boundary is its first day. */
        NOT_YET_OPEN,
        /** The window has closed; the boundary is its last day. */
        CLOSED,
        /**
         * The school year's rollover is due and has not started; nothing else opens until it has
         * run. The boundary is the rollover day.
         */
        ROLLOVER_PENDING,
        /** The rollover is running; the boundary is the day it started. */
        ROLLOVER_IN_PROGRESS
    }

    private final Activity activity;
    private final CalendarPhase phase;
    private final AcademicYear year;
    private final LocalDate date;
    private final Reason reason;
    private final LocalDate boundary;

    CalendarRefusal(
            Activity activity, CalendarPhase phase, AcademicYear year, LocalDate date,
            Reason reason, LocalDate boundary) {
        this.activity = requireNonNull(activity, "activity");
        this.phase = requireNonNull(phase, "phase");
        this.year = requireNonNull(year, "year");
        this.date = requireNonNull(date, "date");
        this.reason = requireNonNull(reason, "reason");
        this.boundary = requireNonNull(boundary, "boundary");
    }

    /**
     * Returns the activity that was refused.
     *
     * @return the activity, not null
     */
    public Activity activity() {
        return activity;
    }

    /**
     * Returns the phase the registry was in on the day asked about.
     *
     * @return the phase, not null
     */
    public CalendarPhase phase() {
        return phase;
    }

    /**
     * Returns the calendar's current school year when the activity was refused.
     *
     * @return the school year, not null
     */
    public AcademicYear year() {
        return year;
    }

    /**
     * Returns the day the activity was asked for.
     *
     * @return the day, not null
     */
    public LocalDate date() {
        return date;
    }

    /**
     * Returns why the activity was refused.
     *
     * @return the reason, not null
     */
    public Reason reason() {
        return reason;
    }

    /**
     * Returns the date that explains the refusal; what it means depends on the {@link #reason()}:
     * the first day of the window, its last day, the rollover day, or the day the rollover
     * started.
     *
     * @return the date, not null
     */
    public LocalDate boundary() {
        return boundary;
    }

    /**
     * Returns the refusal as a Chinese sentence, such as {@code 新生信息采集已于2026年9月30日截止}.
     *
     * @return the message, not null
     */
    public String chineseMessage() {
        String name = activity.chineseName();
        String day = CHINESE_DATE.format(boundary);
        String sentence = switch (reason) {
            case NOT_YET_OPEN -> name + "将于" + day + "开始";
            case CLOSED -> name + "已于" + day + "截止";
            case ROLLOVER_PENDING -> name + "须待学年升级完成后进行，学年升级自" + day + "起待执行";
            case ROLLOVER_IN_PROGRESS -> "学年升级自" + day + "起进行中，" + name + "须待其完成";
        };
        return sentence + "（当前阶段：" + phase.chineseName() + "）";
    }

    /**
     * Returns the refusal as an English sentence, such as
     * {@code Collecting new students closed on 2026-09-30}.
     *
     * @return the message, not null
     */
    public String englishMessage() {
        String name = activity.englishName();
        String sentence = switch (reason) {
            case NOT_YET_OPEN -> name + " opens on " + boundary;
            case CLOSED -> name + " closed on " + boundary;
            case ROLLOVER_PENDING ->
                    name + " waits for the school-year rollover, due since " + boundary;
            case ROLLOVER_IN_PROGRESS ->
                    name + " waits for the school-year rollover in progress since " + boundary;
        };
        return sentence + " (phase: " + phase.englishName() + ")";
    }

    /**
     * Returns this refusal as an exception, for a use case that cannot go on.
     *
     * @return an exception with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW}, not null
     */
    public RegistryException toException() {
        return new RegistryException(
                ErrorCode.OUTSIDE_CALENDAR_WINDOW, chineseMessage(), englishMessage());
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof CalendarRefusal)) {
            return false;
        }
        CalendarRefusal other = (CalendarRefusal) obj;
        return activity == other.activity
                && phase == other.phase
                && year.equals(other.year)
                && date.equals(other.date)
                && reason == other.reason
                && boundary.equals(other.boundary);
    }

    @Override
    public int hashCode() {
        return Objects.hash(activity, phase, year, date, reason, boundary);
    }

    /**
     * Returns the English message, for debugging.
     *
     * @return the message, not null
     */
    @Override
    public String toString() {
        return "CalendarRefusal[" + englishMessage() + "]";
    }
}
