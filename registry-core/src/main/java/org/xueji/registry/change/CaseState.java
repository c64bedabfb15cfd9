package org.xueji.registry.change;

/**
 * Where a change case stands. A case is applied for, approved step by step and completed when
 * its last step approves; any approving party may return it to the applicant, who resubmits it
 * or withdraws it; the applicant may withdraw it while it is open.
 */
public enum CaseState {
    /** Applied for (or resubmitted) and waiting for its first step (已申请). */
    APPLIED("已申请", "applied", true),
    /** Approved at one step or more and waiting for the next (审核中). */
    APPROVING("审核中", "being approved", true),
    /** Returned to the applicant with a reason, who may resubmit or withdraw it (已退回). */
    RETURNED("已退回", "returned", true),
    /** Approved at every step and applied to the student's record (已办结). */
    COMPLETED("已办结", "completed", false),
    /** Withdrawn by the applicant, or by the registry when a competing case completed (已撤销). */
    WITHDRAWN("已撤销", "withdrawn", false);

    private final String chineseName;
    private final String englishName;
    private final boolean open;

    CaseState(String chineseName, String englishName, boolean open) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.open = open;
    }

    /**
     * Returns the Chinese name of this state.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this state.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Tells whether a case in this state is still open (未办结): applied, being approved or
     * returned.
     *
     * @return true unless completed or withdrawn
     */
    public boolean isOpen() {
        return open;
    }

    /**
     * Tells whether a case in this state waits for an approving party's decision.
     *
     * @return true if applied or being approved
     */
    public boolean awaitsDecision() {
        return this == APPLIED || this == APPROVING;
    }
}
