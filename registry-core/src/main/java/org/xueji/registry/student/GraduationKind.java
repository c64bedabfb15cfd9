package org.xueji.registry.student;

/**
 * How a student leaves a stage at its end (毕业类型): with a diploma, with a certificate of
 * completion, or with a certificate of attendance.
 *
 * <p>Which kind a student earns (examinations, attendance, conduct) is the school's decision and
 * is not checked by the registry.
 */
public enum GraduationKind {
    /** Graduated (毕业): completed the stage and met its requirements. */
    GRADUATED("毕业", "graduated"),
    /** Completed (结业): attended to the end without meeting every requirement. */
    COMPLETED("结业", "completed"),
    /** Attended (肄业): left at the end without completing the stage. */
    ATTENDED("肄业", "attended without completing");

    private final String chineseName;
    private final String englishName;

    GraduationKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this kind, such as {@code 结业}.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this kind.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
