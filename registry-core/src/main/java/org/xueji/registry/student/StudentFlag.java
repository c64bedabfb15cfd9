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
    DUPLICATE_SUSPECT("疑似重复学籍", "suspected duplicate"),
    /**
     * The student was in the final grade of a stage at the 1 August rollover and had not
     * graduated, so kept that grade instead of moving up; the school follows up (records a late
     * graduation, or the student repeats). Recording the graduation clears the flag.
     */
    NOT_GRADUATED_AT_ROLLOVER("毕业年级未毕业", "not graduated at the rollover");

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
