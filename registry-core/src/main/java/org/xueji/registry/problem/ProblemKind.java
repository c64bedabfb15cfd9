package org.xueji.registry.problem;

/**
 * What kind of problem an entry of the problem queue reports.
 */
public enum ProblemKind {
    /**
     * A new student's name, sex and birth date match another student's whose identity number
     * differs or is missing (疑似重复学籍). The new student was accepted, not merged.
     */
    DUPLICATE_SUSPECT("疑似重复学籍", "suspected duplicate"),
    /**
     * A student entered grade 7 or senior grade 1 with no record of the previous stage, and was
     * registered new (无前一学段学籍).
     */
    NO_EARLIER_RECORD("无前一学段学籍", "no record of the previous stage"),
    /**
     * Two records carry the same identity number (身份证件号重复): data imported before the
     * unique rule, or a record keyed by a guardian's number whose own document holds another
     * student's number. The entry is about the record found by the scan; the related student
     * is the one keyed by the number.
     */
    DUPLICATE_IDENTITY("身份证件号重复", "same identity number on two records"),
    /**
     * A stored identity number fails validation under the current rules (身份证件号校验不通过),
     * such as an address code missing from a division directory loaded since.
     */
    IDENTITY_NUMBER_INVALID("身份证件号校验不通过", "identity number fails validation"),
    /** The student's class no longer exists (所在班级不存在). */
    CLASS_MISSING("所在班级不存在", "class no longer exists"),
    /**
     * The national system found the student registered twice across the country (全国重复学籍),
     * possibly in another province.
     */
    NATIONAL_DUPLICATE("全国重复学籍", "duplicate in the national registry"),
    /**
     * The national system found that the student's identity number does not match the
     * population register (身份信息与公安户籍信息不符).
     */
    POPULATION_REGISTER_MISMATCH("身份信息与户籍信息不符",
            "identity does not match the population register");

    private final String chineseName;
    private final String englishName;

    ProblemKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this kind.
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
