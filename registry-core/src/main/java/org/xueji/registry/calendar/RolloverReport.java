package org.xueji.registry.calendar;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What the rollover (学年升级) into a school year did, for the province administrator who ran it.
 *
 * <p>{@link #expected()} counts the students in school (registered, suspended, or collected and
 * submitted but never approved) when the rollover started. {@link #promoted()} is derived, not
 * written: the rollover moves the registry's current year, and every student whose cohort it
 * does not shift is one grade higher. {@link #skipped()} are those who kept their grade, listed
 * with the reason in {@link #entries()} together with the students who moved up but need
 * follow-up. {@link #alreadyDone()} counts students the run found already handled for this year,
 * whom it did not change again.
 *
 * <p>Reports of one rollover agree whoever asks and however often it was resumed: the counts and
 * the entries are saved with each batch of writes.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target  the school year the rollover moved into, not null
 * @param outcome  {@link RolloverResult.Outcome#COMPLETED} for the run that moved the calendar,
 *     {@link RolloverResult.Outcome#ALREADY_DONE} for any later call, not null
 * @param resumed  true if this run resumed work that an earlier, interrupted run started
 * @param expected  the students in school when the rollover started
 * @param promoted  the students who moved up a grade
 * @param skipped  the students who kept their grade
 * @param alreadyDone  the students found already handled for this year
 * @param entries  every student listed, with the reason, not null
 */
public record RolloverReport(AcademicYear target, RolloverResult.Outcome outcome,
        boolean resumed, long expected, long promoted, long skipped, long alreadyDone,
        List<RolloverEntry> entries) {

    /**
     * Creates a report.
     *
     * @throws NullPointerException if the target, outcome or entries are null
     */
    public RolloverReport {
        requireNonNull(target, "target");
        requireNonNull(outcome, "outcome");
        entries = List.copyOf(entries);
    }

    /**
     * Obtains the report that a checkpoint and its entries make.
     *
     * @param checkpoint  the saved progress, not null
     * @param outcome  what this call did, not null
     * @param resumed  whether this call resumed an interrupted run
     * @param entries  the entries saved with the checkpoint, not null
     * @return the report, not null
     */
    public static RolloverReport of(RolloverCheckpoint checkpoint, RolloverResult.Outcome outcome,
            boolean resumed, List<RolloverEntry> entries) {
        return new RolloverReport(checkpoint.target(), outcome, resumed, checkpoint.expected(),
                checkpoint.promoted(), checkpoint.keptGrade(), checkpoint.alreadyDone(),
                entries);
    }

    /**
     * Lists the entries of one reason.
     *
     * @param reason  the reason, not null
     * @return the entries, in the order they were written, not null
     */
    public List<RolloverEntry> entries(RolloverEntry.Reason reason) {
        requireNonNull(reason, "reason");
        return entries.stream().filter(entry -> entry.reason() == reason).toList();
    }
}
