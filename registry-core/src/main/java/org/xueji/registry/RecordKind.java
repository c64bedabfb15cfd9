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
    CLASS("班级", "class");

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
