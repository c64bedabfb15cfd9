package org.xueji.registry.exchange;

/**
 * The columns of the national student form (全国中小学生学籍信息管理系统学生基本信息) in the
 * order the exchange file writes them, with their Chinese headers.
 *
 * <p>Values are written as the national system reads them: codes of the national code tables,
 * never names (sex {@code 1}/{@code 2}, ethnicity {@code 01}, document type {@code 1} …); dates
 * as {@code yyyyMMdd}; the entry month as {@code yyyyMM}; yes/no flags as {@code 1}/{@code 0};
 * the class as its registry id {@code 学校标识码-起始学年-班号} ({@code 2134000001-2025-01});
 * free text as written. A field the record does not have is an empty string.
 */
public enum NationalField {
    /** 学籍号 (registry number), 19 characters. */
    REGISTRY_NUMBER("学籍号"),
    /** 地区学号 (regional student number). */
    REGIONAL_NUMBER("地区学号"),
    /** 学校标识码 (school identifier), 10 digits. */
    SCHOOL("学校标识码"),
    /** 班级 (class), as the class id. */
    CLASS("班级"),
    /** 姓名 (name). */
    NAME("姓名"),
    /** 性别 (sex), GB/T 2261.1 code. */
    SEX("性别码"),
    /** 出生日期 (birth date), yyyyMMdd. */
    BIRTH_DATE("出生日期"),
    /** 出生地 (birthplace). */
    BIRTHPLACE("出生地"),
    /** 籍贯 (native place). */
    NATIVE_PLACE("籍贯"),
    /** 民族 (ethnicity), GB/T 3304 code. */
    ETHNICITY("民族码"),
    /** 国籍/地区 (nationality). */
    NATIONALITY("国籍/地区"),
    /** 身份证件类型 (identity document type) code. */
    IDENTITY_DOCUMENT_TYPE("身份证件类型码"),
    /** 身份证件号 (identity document number). */
    IDENTITY_NUMBER("身份证件号"),
    /** 港澳台侨外 (overseas Chinese status) code. */
    OVERSEAS_STATUS("港澳台侨外码"),
    /** 健康状况 (health) code. */
    HEALTH("健康状况码"),
    /** 户口所在地 (household register place). */
    HOUSEHOLD_PLACE("户口所在地"),
    /** 户口性质 (household type) code. */
    HOUSEHOLD_TYPE("户口性质码"),
    /** 入学年月 (entry month), yyyyMM. */
    ENTRY_MONTH("入学年月"),
    /** 就读方式 (attendance mode) code. */
    ATTENDANCE_MODE("就读方式码"),
    /** 学生来源 (student source) code. */
    SOURCE("学生来源码"),
    /** 现住址 (current address). */
    ADDRESS("现住址"),
    /** 联系电话 (phone). */
    PHONE("联系电话"),
    /** 是否独生子女 (only child), 1 or 0. */
    ONLY_CHILD("是否独生子女"),
    /** 是否留守儿童 (left-behind child), 1 or 0. */
    LEFT_BEHIND("是否留守儿童"),
    /** 是否进城务工人员随迁子女 (migrant child), 1 or 0. */
    MIGRANT("是否进城务工人员随迁子女"),
    /** 残疾人类型 (disability) code. */
    DISABILITY("残疾人类型码"),
    /** 随班就读 (inclusive class) code. */
    INCLUSIVE_CLASS("随班就读码"),
    /** 成员1姓名 (first family member's name). */
    MEMBER1_NAME("成员1姓名"),
    /** 成员1关系 (first family member's relation). */
    MEMBER1_RELATION("成员1关系"),
    /** 成员1身份证件类型 (first family member's document type) code. */
    MEMBER1_DOCUMENT_TYPE("成员1身份证件类型码"),
    /** 成员1身份证件号 (first family member's document number). */
    MEMBER1_DOCUMENT_NUMBER("成员1身份证件号"),
    /** 成员1联系电话 (first family member's phone). */
    MEMBER1_PHONE("成员1联系电话"),
    /** 成员2姓名 (second family member's name). */
    MEMBER2_NAME("成员2姓名"),
    /** 成员2关系 (second family member's relation). */
    MEMBER2_RELATION("成员2关系"),
    /** 成员2身份证件类型 (second family member's document type) code. */
    MEMBER2_DOCUMENT_TYPE("成员2身份证件类型码"),
    /** 成员2身份证件号 (second family member's document number). */
    MEMBER2_DOCUMENT_NUMBER("成员2身份证件号"),
    /** 成员2联系电话 (second family member's phone). */
    MEMBER2_PHONE("成员2联系电话");

    private final String header;

    NationalField(String header) {
        this.header = header;
    }

    /**
     * Returns the column's Chinese header, as the exchange file's first row has it.
     *
     * @return the header, not null
     */
    public String header() {
        return header;
    }
}
