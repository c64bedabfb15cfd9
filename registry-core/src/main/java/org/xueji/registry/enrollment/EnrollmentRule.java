package org.xueji.registry.enrollment;

/**
 * The rules a new student is checked against (Articles 12 to 15), by which a {@link Refusal}
 * says what refused it. The names are stable codes.
 */
public enum EnrollmentRule {
    /**
     * 填写规范: every required field is filled in and every code is in its code table.
     */
    FORM_FIELDS("填写规范", "form fields"),
    /**
     * 身份证件有效且与表单一致: the identity document is valid, and the birth date and sex agree with the
     * identity number.
     */
    IDENTITY_DOCUMENT("身份证件有效且与表单一致", "identity document"),
    /**
     * 入学年龄: grade 1 admits no preschool child, nor one older than the policy allows (Article 14).
     */
    ENTRY_AGE("入学年龄", "entry age"),
    /**
     * 不得重复建籍: no one gets a second registry (Article 14).
     */
    NOT_REGISTERED("不得重复建籍", "not already registered"),
    /**
     * 同批次不得重复: a batch names each student once.
     */
    NOT_TWICE_IN_BATCH("同批次不得重复", "not twice in the batch"),
    /**
     * 真实班级: the student is placed in a real class of the school and grade, never a virtual one
     * (Article 14).
     */
    REAL_CLASS("真实班级", "real class"),
    /**
     * 班额: the class has room under the class-size policy.
     */
    CLASS_SIZE("班额", "class size"),
    /**
     * 随班就读与残疾一致: the inclusive-class value agrees with the disability.
     */
    INCLUSIVE_CLASS("随班就读与残疾一致", "inclusive class"),
    /**
     * 入学照片: an entry-grade student has a JPEG photo, within the size limit, taken in the year of
     * entry.
     */
    PHOTO("入学照片", "photo"),
    /**
     * 采集时间: collection happens only inside the calendar's window (Article 15).
     */
    COLLECTION_WINDOW("采集时间", "collection window"),
    /**
     * 编号分配: a registry number and a regional number can be assigned.
     */
    NUMBERS("编号分配", "numbers"),
    /**
     * 审核规定: a student is submitted, approved or returned only from the right status, by the right
     * actor.
     */
    REVIEW("审核规定", "review");

    private final String chineseName;
    private final String englishName;

    EnrollmentRule(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this rule.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this rule, in lower case.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
