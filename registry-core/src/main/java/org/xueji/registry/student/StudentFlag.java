package org.xueji.registry.student;

/**
 * A mark on a student record that asks the authority to look at it.
 */
public enum StudentFlag {
    /**
     * The student entered grade 7 or senior grade 1 with no earlier record in the registry, so
     * was registered new instead of keeping the registry number of grade 6 or 9.
     */
    NO_EARLIER_RECORD("无前一学段学籍", "no record of the previous stage"),
    /**
     * The student's name, sex and birth date match another student's whose identity number
     * differs or is missing (疑似重复).
     */
    DUPLICATE_SUSPECT("疑似重复学籍", "suspected duplicate");

    private final String chineseName;
    private final String englishName;

    StudentFlag(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this flag.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this flag.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
