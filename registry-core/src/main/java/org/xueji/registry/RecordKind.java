package org.xueji.registry;

/**
 * The kinds of record the registry keeps, named in both languages for messages and the audit trail.
 */
public enum RecordKind {
    /** A registry authority (学籍主管单位), an education bureau. */
    AUTHORITY("学籍主管单位", "authority"),
    /** A school, including a branch school. */
    SCHOOL("学校", "school"),
    /** A class of a school. */
    CLASS("班级", "class"),
    /** A student's registry record (学籍). */
    STUDENT("学生", "student"),
    /**
     * An entry of a student's records kept without review: family, resume, results and the
     * like (Article 17).
     */
    STUDENT_RECORD("学生档案记录", "student record entry"),
    /** An entry of the problem queue (问题学籍), such as a duplicate suspect. */
    PROBLEM("问题学籍", "problem record"),
    /** A student change case (学籍变动申请), such as a transfer or a suspension. */
    CHANGE_CASE("学籍变动申请", "change case"),
    /** A senior-high student's graduation case (毕业审核). */
    GRADUATION_CASE("毕业审核", "graduation case"),
    /** The registry's academic calendar (校历) and its rollover. */
    CALENDAR("校历", "academic calendar");

    private final String chineseName;
    private final String englishName;

    RecordKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this kind of record.
     *
     * @return the Chinese name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this kind of record, in lower case.
     *
     * @return the English name, not null
     */
    public String englishName() {
        return englishName;
    }
}
