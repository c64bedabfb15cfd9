package org.xueji.registry.change;

/**
 * What an approving party decided at its step of a change case.
 */
public enum Decision {
    /** Not reached yet, or reached and waiting for the party (待审核). */
    PENDING("待审核", "pending"),
    /** Approved (审核通过). */
    APPROVED("审核通过", "approved"),
    /** Returned to the applicant with a reason (退回). */
    RETURNED("退回", "returned");

    private final String chineseName;
    private final String englishName;

    Decision(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this decision.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this decision.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
