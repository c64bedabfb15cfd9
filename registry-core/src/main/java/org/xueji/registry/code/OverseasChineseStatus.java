package org.xueji.registry.code;

import java.util.List;

/**
 * A student's Hong Kong, Macau, Taiwan, overseas-Chinese or foreign status (港澳台侨外), as the
 * national student form codes it.
 *
 * <p>00 否 means none of them; 01 to 06 are compatriots of Hong Kong, Macau and Taiwan and their
 * relatives, 11 to 14 overseas Chinese and their families, 21 returned students from abroad,
 * 31, 41 and 51 people of foreign nationality or descent, 99 any other case.
 */
@CodeTableName("港澳台侨外")
public enum OverseasChineseStatus implements CodeTable {
    /** 否, none of these statuses, code 00. */
    NONE("00", "否", "无"),
    /** 香港同胞, Hong Kong compatriot, code 01. */
    HONG_KONG_COMPATRIOT("01", "香港同胞"),
    /** 香港同胞亲属, relative of a Hong Kong compatriot, code 02. */
    HONG_KONG_COMPATRIOT_RELATIVE("02", "香港同胞亲属"),
    /** 澳门同胞, Macau compatriot, code 03. */
    MACAU_COMPATRIOT("03", "澳门同胞"),
    /** 澳门同胞亲属, relative of a Macau compatriot, code 04. */
    MACAU_COMPATRIOT_RELATIVE("04", "澳门同胞亲属"),
    /** 台湾同胞, Taiwan compatriot, code 05. */
    TAIWAN_COMPATRIOT("05", "台湾同胞"),
    /** 台湾同胞亲属, relative of a Taiwan compatriot, code 06. */
    TAIWAN_COMPATRIOT_RELATIVE("06", "台湾同胞亲属"),
    /** 华侨, overseas Chinese, code 11. */
    OVERSEAS_CHINESE("11", "华侨"),
    /** 侨眷, family member of an overseas Chinese, code 12. */
    OVERSEAS_CHINESE_FAMILY("12", "侨眷"),
    /** 归侨, returned overseas Chinese, code 13. */
    RETURNED_OVERSEAS_CHINESE("13", "归侨"),
    /** 归侨子女, child of a returned overseas Chinese, code 14. */
    RETURNED_OVERSEAS_CHINESE_CHILD("14", "归侨子女"),
    /** 归国留学人员, returned student from abroad, code 21. */
    RETURNED_STUDENT("21", "归国留学人员"),
    /** 非华裔中国人, Chinese citizen not of Chinese descent, code 31. */
    NON_CHINESE_DESCENT_CITIZEN("31", "非华裔中国人"),
    /** 外籍华裔人, foreign national of Chinese descent, code 41. */
    FOREIGN_NATIONAL_OF_CHINESE_DESCENT("41", "外籍华裔人"),
    /** 外国人, foreigner, code 51. */
    FOREIGNER("51", "外国人"),
    /** 其他, any other case, code 99. */
    OTHER("99", "其他");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    OverseasChineseStatus(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the status a code, name or alias denotes; a code without its leading zero, such as
     * {@code 0} or {@code 1}, is accepted.
     *
     * @param codeOrName  the code, such as {@code 00}, or the name, such as {@code 否}, not null
     * @return the status, not null
     * @throws UnknownCodeException if the text denotes no status
     */
    public static OverseasChineseStatus parse(CharSequence codeOrName) {
        return CodeTables.parse(OverseasChineseStatus.class, codeOrName);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }
}
