package org.xueji.registry.calendar;

/**
 * How far the rollover (学年升级) into a given school year has gone.
 *
 * <p>A rollover is named by the school year it opens: the rollover on 1 August 2026 is the one
 * into 2026-2027. See {@link AcademicCalendar#rolloverStatus(AcademicYear)}.
 */
public enum RolloverStatus {
    /** The rollover has not started. */
    NOT_STARTED,
    /** The rollover has started and not completed; starting it again resumes it. */
    IN_PROGRESS,
    /** The rollover has completed, or the calendar was created in that year or a later one. */
    DONE
}
