package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.Period;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.xueji.registry.code.SchoolStage;

/**
 * The rules of student changes (学籍变动) a province sets, as data: the approval table, the
 * working days each party has, when transfers may happen, and how long and how often a student
 * may suspend.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangePolicy {

    private final ApprovalTable approvals;
    private final int stepWorkingDays;
    private final int deathFilingWorkingDays;
    private final int transferWindowDays;
    private final boolean graduatingClassTransfers;
    private final Period suspensionLength;
    private final Map<SchoolStage, Integer> maxSuspensions;

    private ChangePolicy(ApprovalTable approvals, int stepWorkingDays, int deathFilingWorkingDays,
            int transferWindowDays, boolean graduatingClassTransfers, Period suspensionLength,
            Map<SchoolStage, Integer> maxSuspensions) {
        this.approvals = approvals;
        this.stepWorkingDays = stepWorkingDays;
        this.deathFilingWorkingDays = deathFilingWorkingDays;
        this.transferWindowDays = transferWindowDays;
        this.graduatingClassTransfers = graduatingClassTransfers;
        this.suspensionLength = suspensionLength;
        this.maxSuspensions = Map.copyOf(maxSuspensions);
    }

    /**
     * Returns Anhui's rules: {@link ApprovalTable#anhui()}; 10 working days per step and for
     * cancelling a deceased student's registry; transfers applied for in the first 30 days of a
     * term, not for graduating classes; suspensions of one year, in senior high at most two.
     *
     * @return the policy, not null
     */
    public static ChangePolicy anhui() {
        Map<SchoolStage, Integer> max = new EnumMap<>(SchoolStage.class);
        max.put(SchoolStage.PRIMARY, Integer.MAX_VALUE);
        max.put(SchoolStage.JUNIOR, Integer.MAX_VALUE);
        max.put(SchoolStage.SENIOR, 2);
        return new ChangePolicy(ApprovalTable.anhui(), 10, 10, 30, false, Period.ofYears(1), max);
    }

    /**
     * Returns the approval table.
     *
     * @return the table, not null
     */
    public ApprovalTable approvals() {
        return approvals;
    }

    /**
     * Returns the working days each approving party has from the day its step is reached.
     *
     * @return the working days, positive
     */
    public int stepWorkingDays() {
        return stepWorkingDays;
    }

    /**
     * Returns the working days after a student's death within which the school cancels the
     * registry. A later cancellation is accepted; its case shows the missed date.
     *
     * @return the working days, positive
     */
    public int deathFilingWorkingDays() {
        return deathFilingWorkingDays;
    }

    /**
     * Returns how many calendar days after a term's first day a transfer may be applied for
     * (学期初); the term's first day counts as day one.
     *
     * @return the days, positive
     */
    public int transferWindowDays() {
        return transferWindowDays;
    }

    /**
     * Tells whether students of a graduating class may transfer.
     *
     * @return true if allowed; Anhui's default is false
     */
    public boolean graduatingClassTransfers() {
        return graduatingClassTransfers;
    }

    /**
     * Returns how long a suspension lasts when the application gives no end.
     *
     * @return the period, not null
     */
    public Period suspensionLength() {
        return suspensionLength;
    }

    /**
     * Returns how many suspensions, renewals included, a student may have in a stage.
     *
     * @param stage  the stage, not null
     * @return the largest number, positive
     */
    public int maxSuspensions(SchoolStage stage) {
        return maxSuspensions.getOrDefault(requireNonNull(stage, "stage"), Integer.MAX_VALUE);
    }

    /**
     * Returns a copy with another approval table.
     *
     * @param newApprovals  the table, not null
     * @return the changed policy, not null
     */
    public ChangePolicy withApprovals(ApprovalTable newApprovals) {
        return new ChangePolicy(requireNonNull(newApprovals, "newApprovals"), stepWorkingDays,
                deathFilingWorkingDays, transferWindowDays, graduatingClassTransfers,
                suspensionLength, maxSuspensions);
    }

    /**
     * Returns a copy in which each approving party has another number of working days.
     *
     * @param days  the working days, positive
     * @return the changed policy, not null
     * @throws IllegalArgumentException if the days are not positive
     */
    public ChangePolicy withStepWorkingDays(int days) {
        Preconditions.checkArgument(days > 0, "days %s not positive", days);
        return new ChangePolicy(approvals, days, deathFilingWorkingDays, transferWindowDays,
                graduatingClassTransfers, suspensionLength, maxSuspensions);
    }

    /**
     * Returns a copy with another transfer window after each term's start.
     *
     * @param days  the calendar days, positive; 366 or more allows transfers all year
     * @return the changed policy, not null
     * @throws IllegalArgumentException if the days are not positive
     */
    public ChangePolicy withTransferWindowDays(int days) {
        Preconditions.checkArgument(days > 0, "days %s not positive", days);
        return new ChangePolicy(approvals, stepWorkingDays, deathFilingWorkingDays, days,
                graduatingClassTransfers, suspensionLength, maxSuspensions);
    }

    /**
     * Returns a copy that allows or forbids transfers of graduating classes.
     *
     * @param allowed  whether they are allowed
     * @return the changed policy, not null
     */
    public ChangePolicy withGraduatingClassTransfers(boolean allowed) {
        return new ChangePolicy(approvals, stepWorkingDays, deathFilingWorkingDays,
                transferWindowDays, allowed, suspensionLength, maxSuspensions);
    }

    /**
     * Returns a copy with another largest number of suspensions in a stage.
     *
     * @param stage  the stage, not null
     * @param max  the number, positive
     * @return the changed policy, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ChangePolicy withMaxSuspensions(SchoolStage stage, int max) {
        requireNonNull(stage, "stage");
        Preconditions.checkArgument(max > 0, "max %s not positive", max);
        Map<SchoolStage, Integer> changed = new EnumMap<>(maxSuspensions);
        changed.put(stage, max);
        return new ChangePolicy(approvals, stepWorkingDays, deathFilingWorkingDays,
                transferWindowDays, graduatingClassTransfers, suspensionLength, changed);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ChangePolicy)) {
            return false;
        }
        ChangePolicy other = (ChangePolicy) obj;
        return approvals.equals(other.approvals) && stepWorkingDays == other.stepWorkingDays
                && deathFilingWorkingDays == other.deathFilingWorkingDays
                && transferWindowDays == other.transferWindowDays
                && graduatingClassTransfers == other.graduatingClassTransfers
                && suspensionLength.equals(other.suspensionLength)
                && maxSuspensions.equals(other.maxSuspensions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(approvals, stepWorkingDays, transferWindowDays, suspensionLength);
    }

    /**
     * Returns a description of the main values.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ChangePolicy{" + stepWorkingDays + " working days per step, transfers in the first "
                + transferWindowDays + " days of a term}";
    }
}
