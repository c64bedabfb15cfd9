package org.xueji.registry.student;

/**
 * Where a student's registration stands (学籍状态). New students move from {@link #COLLECTED}
 * to {@link #SUBMITTED} when the school submits them, and to {@link #REGISTERED} when the
 * authority approves them, or back to {@link #COLLECTED} when it returns them.
 *
 * <p>Later statuses (suspended, graduated and the like) are added by the use cases that produce
 * them.
 */
public enum RegistrationStatus {
    /** Collected by the school, not yet submitted for review (已采集). */
    COLLECTED("已采集", "collected"),
    /** Submitted by the school, waiting for the authority's review (待审核). */
    SUBMITTED("待审核", "submitted for review"),
    /** Approved by the authority: the student has a registry (在籍). */
    REGISTERED("在籍", "registered");

    private final String chineseName;
    private final String englishName;

    RegistrationStatus(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this status.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this status.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
