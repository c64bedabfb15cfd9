package org.xueji.registry.records;

/**
 * The kinds of entry a school keeps in a student's records without review (Article 17).
 */
public enum RecordEntryKind {
    /** A family member (家庭成员) beyond the form's two guardians. */
    FAMILY_MEMBER("家庭成员"),
    /** A line of the student's resume (简历). */
    RESUME("简历"),
    /** An exam result (考试成绩). */
    EXAM_RESULT("考试成绩"),
    /** An evaluation (综合素质评价). */
    EVALUATION("综合素质评价"),
    /** An award (奖励). */
    AWARD("奖励"),
    /** A punishment (处分). */
    PUNISHMENT("处分");

    private final String chineseName;

    RecordEntryKind(String chineseName) {
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
