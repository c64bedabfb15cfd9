package org.xueji.registry.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;
import org.xueji.registry.student.StudentId;

/**
 * How far the rollover into a school year has gone through the students: the step (segment) of
 * its work and the last student handled in it, with the counts so far. The rollover saves it
 * in the same transaction as each batch of writes, so a rerun after a crash resumes after the
 * last batch that was kept and its counts equal those of one clean run.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target  the school year the rollover moves into, not null
 * @param startedOn  the day the rollover started, not null
 * @param expected  the students in school when it started, not negative
 * @param segment  the index of the step under way, from zero; the number of steps when every
 *     student has been handled
 * @param after  the last student handled in the step, or null at the step's start
 * @param keptGrade  the students who kept their grade, not negative
 * @param listed  the students listed for follow-up who moved up, not negative
 * @param alreadyDone  the students found already handled for this year, not negative
 * @param finished  true once the calendar has moved into the target year
 */
public record RolloverCheckpoint(AcademicYear target, LocalDate startedOn, long expected,
        int segment, StudentId after, long keptGrade, long listed, long alreadyDone,
        boolean finished) {

    /**
     * Creates a checkpoint.
     *
     * @throws NullPointerException if the target or the start day is null
     * @throws IllegalArgumentException if a count or the segment is negative
     */
    public RolloverCheckpoint {
        requireNonNull(target, "target");
        requireNonNull(startedOn, "startedOn");
        checkArgument(expected >= 0 && segment >= 0 && keptGrade >= 0 && listed >= 0
                && alreadyDone >= 0, "negative count in a rollover checkpoint");
    }

    /**
     * Obtains the checkpoint of a rollover that starts now, with nothing handled.
     *
     * @param target  the school year the rollover moves into, not null
     * @param startedOn  the day it starts, not null
     * @param expected  the students in school, not negative
     * @return the checkpoint, not null
     */
    public static RolloverCheckpoint start(AcademicYear target, LocalDate startedOn,
            long expected) {
        return new RolloverCheckpoint(target, startedOn, expected, 0, null, 0, 0, 0, false);
    }

    /**
     * Returns the last student handled in the current step.
     *
     * @return the id, or empty at the step's start
     */
    public Optional<StudentId> lastHandled() {
        return Optional.ofNullable(after);
    }

    /**
     * Returns the checkpoint after a batch of the current step.
     *
     * @param last  the last student of the batch, not null
     * @param moreKept  students of the batch who kept their grade, not negative
     * @param moreListed  students of the batch listed who moved up, not negative
     * @param moreDone  students of the batch found already handled, not negative
     * @return the new checkpoint, not null
     */
    public RolloverCheckpoint after(StudentId last, long moreKept, long moreListed,
            long moreDone) {
        return new RolloverCheckpoint(target, startedOn, expected, segment,
                requireNonNull(last, "last"), keptGrade + moreKept, listed + moreListed,
                alreadyDone + moreDone, finished);
    }

    /**
     * Returns the checkpoint at the start of the next step.
     *
     * @return the new checkpoint, not null
     */
    public RolloverCheckpoint nextSegment() {
        return new RolloverCheckpoint(target, startedOn, expected, segment + 1, null, keptGrade,
                listed, alreadyDone, finished);
    }

    /**
     * Returns the checkpoint of the finished rollover.
     *
     * @return the new checkpoint, not null
     */
    public RolloverCheckpoint finish() {
        return new RolloverCheckpoint(target, startedOn, expected, segment, after, keptGrade,
                listed, alreadyDone, true);
    }

    /**
     * Returns the students who moved up a grade: those in school less those who kept theirs.
     *
     * @return the count, not negative
     */
    public long promoted() {
        return Math.max(0, expected - keptGrade);
    }
}
