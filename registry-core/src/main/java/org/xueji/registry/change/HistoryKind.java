package org.xueji.registry.change;

/**
 * What an entry of a student's history (学籍档案历史) reports.
 */
public enum HistoryKind {
    /** The school collected the student (新生采集), or took the record over at a new stage. */
    COLLECTED("采集学籍"),
    /** The school submitted the student for review. */
    SUBMITTED("提交审核"),
    /** The authority approved the student, who became registered (建籍). */
    REGISTERED("审核建籍"),
    /** The authority returned the new student to the school. */
    RETURNED("退回"),
    /** A change case, with its steps; a key-data correction is one. */
    CHANGE_CASE("学籍变动"),
    /** The student moved to another class of the school (调班). */
    CLASS_CHANGE("调班"),
    /** The school edited data other than key data. */
    DETAILS_EDITED("修改学生信息"),
    /** The registry number was replaced, the old one kept here (学籍号变更). */
    REGISTRY_NUMBER_CHANGE("学籍号变更"),
    /** A senior student who did not resume in time was deemed withdrawn. */
    DEEMED_WITHDRAWN("逾期未复学视为退学"),
    /** The authority resolved a problem-queue entry about the student. */
    PROBLEM_RESOLVED("处理问题学籍"),
    /** The authority deleted the record while resolving the problem queue (删除学籍). */
    RECORD_DELETED("删除学籍");

    private final String chineseName;

    HistoryKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Returns the Chinese name of this kind.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }
}
