package org.xueji.registry.student;

/**
 * Where a student's registration stands (学籍状态). New students move from {@link #COLLECTED}
 * to {@link #SUBMITTED} when the school submits them, and to {@link #REGISTERED} when the
 * authority approves them, or back to {@link #COLLECTED} when it returns them.
 *
 * <p>Student changes (学籍变动) move a registered student to {@link #SUSPENDED} and back, or end
 * the registration as {@link #WITHDRAWN}, {@link #DROPPED_OUT} (the registry is kept) or
 * {@link #DECEASED}. Graduation adds its own status.
 *
 * <p>Resolving the problem queue may delete a record ({@link #DELETED}), such as the second
 * record of a duplicated student.
 */
public enum RegistrationStatus {
    /** Collected by the school, not yet submitted for review (已采集). */
    COLLECTED("已采集", "collected"),
    /** Submitted by the school, waiting for the authority's review (待审核). */
    SUBMITTED("待审核", "submitted for review"),
    /** Approved by the authority: the student has a registry (在籍). */
    REGISTERED("在籍", "registered"),
    /**
     * Suspended (休学): the student keeps the registry and, across a rollover, the grade.
     */
    SUSPENDED("休学", "suspended"),
    /** Withdrawn from senior high school (退学); only senior high allows it. */
    WITHDRAWN("退学", "withdrawn"),
    /** Dropped out of compulsory education (辍学); the registry is kept for the student's return. */
    DROPPED_OUT("辍学", "dropped out"),
    /** Deceased; the school cancelled the registry (死亡注销). */
    DECEASED("死亡", "deceased"),
    /**
     * Left the stage at its end, with a {@link GraduationKind} kept on the record: 毕业, 结业 or
     * 肄业. A graduated student is no longer in school and is not promoted; entering the next
     * stage is a new enrollment that keeps the registry number.
     */
    GRADUATED("毕（结、肄）业", "graduated"),
    /**
     * Deleted by the county authority while resolving the problem queue (已删除), such as the
     * second record of a duplicated student. The record is kept and stays visible to its school
     * (and a branch's central school) and its county authority only; see {@link
     * Student#isVisibleTo}. It frees its uniqueness key and registry number, so the real
     * record can take them, and it is ignored by duplicate detection and class counts. Its
     * regional number stays taken, as regional numbers are never reused.
     */
    DELETED("已删除", "deleted");

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
