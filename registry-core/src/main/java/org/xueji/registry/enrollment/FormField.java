package org.xueji.registry.enrollment;

/**
 * The fields of the national new-student form (新生信息表), each with the Chinese column name a
 * spreadsheet of the national template uses; refusals name the field they concern.
 *
 * <p>{@link #FORM} stands for the form as a whole, for refusals that concern no single field,
 * such as one outside the collection window.
 */
public enum FormField {
    /** 姓名: name. */
    NAME("姓名", "name"),
    /** 性别: sex. */
    SEX("性别", "sex"),
    /** 出生日期: birth date. */
    BIRTH_DATE("出生日期", "birth date"),
    /** 出生地: birthplace. */
    BIRTHPLACE("出生地", "birthplace"),
    /** 籍贯: native place. */
    NATIVE_PLACE("籍贯", "native place"),
    /** 民族: ethnicity. */
    ETHNICITY("民族", "ethnicity"),
    /** 国籍/地区: nationality. */
    NATIONALITY("国籍/地区", "nationality"),
    /** 身份证件类型: identity document type. */
    IDENTITY_DOCUMENT_TYPE("身份证件类型", "identity document type"),
    /** 身份证件号: identity document number. */
    IDENTITY_NUMBER("身份证件号", "identity document number"),
    /** 港澳台侨外: overseas status. */
    OVERSEAS_STATUS("港澳台侨外", "overseas status"),
    /** 健康状况: health. */
    HEALTH("健康状况", "health"),
    /** 户口所在地: household register place. */
    HOUSEHOLD_PLACE("户口所在地", "household register place"),
    /** 户口性质: household type. */
    HOUSEHOLD_TYPE("户口性质", "household type"),
    /** 入学年月: entry month. */
    ENTRY_MONTH("入学年月", "entry month"),
    /** 就读方式: attendance mode. */
    ATTENDANCE_MODE("就读方式", "attendance mode"),
    /** 学生来源: student source. */
    SOURCE("学生来源", "student source"),
    /** 现住址: address. */
    ADDRESS("现住址", "address"),
    /** 联系电话: phone. */
    PHONE("联系电话", "phone"),
    /** 是否独生子女: only child. */
    ONLY_CHILD("是否独生子女", "only child"),
    /** 是否留守儿童: left-behind child. */
    LEFT_BEHIND("是否留守儿童", "left-behind child"),
    /** 是否进城务工人员随迁子女: migrant child. */
    MIGRANT("是否进城务工人员随迁子女", "migrant child"),
    /** 残疾人类型: disability. */
    DISABILITY("残疾人类型", "disability"),
    /** 随班就读: inclusive class. */
    INCLUSIVE_CLASS("随班就读", "inclusive class"),
    /** 班级: class. */
    CLASS("班级", "class"),
    /** 成员1姓名: guardian 1 name. */
    GUARDIAN1_NAME("成员1姓名", "guardian 1 name"),
    /** 成员1关系: guardian 1 relation. */
    GUARDIAN1_RELATION("成员1关系", "guardian 1 relation"),
    /** 成员1身份证件类型: guardian 1 document type. */
    GUARDIAN1_DOCUMENT_TYPE("成员1身份证件类型", "guardian 1 document type"),
    /** 成员1身份证件号: guardian 1 document number. */
    GUARDIAN1_DOCUMENT_NUMBER("成员1身份证件号", "guardian 1 document number"),
    /** 成员1联系电话: guardian 1 phone. */
    GUARDIAN1_PHONE("成员1联系电话", "guardian 1 phone"),
    /** 成员2姓名: guardian 2 name. */
    GUARDIAN2_NAME("成员2姓名", "guardian 2 name"),
    /** 成员2关系: guardian 2 relation. */
    GUARDIAN2_RELATION("成员2关系", "guardian 2 relation"),
    /** 成员2身份证件类型: guardian 2 document type. */
    GUARDIAN2_DOCUMENT_TYPE("成员2身份证件类型", "guardian 2 document type"),
    /** 成员2身份证件号: guardian 2 document number. */
    GUARDIAN2_DOCUMENT_NUMBER("成员2身份证件号", "guardian 2 document number"),
    /** 成员2联系电话: guardian 2 phone. */
    GUARDIAN2_PHONE("成员2联系电话", "guardian 2 phone"),
    /** 照片: photo. */
    PHOTO("照片", "photo"),
    /** 整表: the form as a whole. */
    FORM("整表", "the form as a whole");

    private final String columnName;
    private final String englishName;

    FormField(String columnName, String englishName) {
        this.columnName = columnName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese column name of this field, as the national template writes it.
     *
     * @return the column name, not null
     */
    public String columnName() {
        return columnName;
    }

    /**
     * Returns the English name of this field, in lower case.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
