package org.xueji.registry.identity;

/**
 * What is wrong with a text that should be an identity number of GB 11643.
 *
 * <p>The problems are found in the order they are declared here, and only the first is reported:
 * a number with a bad character is not also checked for its date.
 */
public enum IdentityNumberProblem {
    /** The text is empty or only white space. */
    BLANK("身份证号码为空", "the identity number is blank"),
    /** The text has a character other than digits, white space and a final X. */
    CHARACTER("身份证号码只能包含数字和末位的X", "the identity number may hold digits and a final X only"),
    /** The text has neither 18 characters nor 15 digits. */
    LENGTH("身份证号码应为18位（旧号码为15位）", "the identity number must have 18 characters (15 if legacy)"),
    /** The first two digits (second and third for a permanent residence card) name no province. */
    PROVINCE("身份证号码的省级行政区划代码无效", "the identity number has no valid province code"),
    /** A residence permit of a Hong Kong, Macau or Taiwan resident lacks its fixed address code. */
    PERMIT_ADDRESS_CODE("港澳台居民居住证号码的地址码应为810000、820000或830000",
            "a residence permit number must start with 810000, 820000 or 830000"),
    /** The address code is not in the {@link DivisionDirectory} the caller supplied. */
    UNKNOWN_DIVISION("身份证号码的地址码不在行政区划代码表中",
            "the identity number's address code is not in the division directory"),
    /** The eight birth-date digits name no day (or a day before 1800). */
    BIRTH_DATE("身份证号码中的出生日期不存在", "the identity number's birth date does not exist"),
    /** The birth date lies after today. */
    FUTURE_BIRTH_DATE("身份证号码中的出生日期晚于今天", "the identity number's birth date is in the future"),
    /** The last character does not match the check computed from the other seventeen. */
    CHECK_CHARACTER("身份证号码的校验码错误", "the identity number's check character is wrong");

    private final String chineseMessage;
    private final String englishMessage;

    IdentityNumberProblem(String chineseMessage, String englishMessage) {
        this.chineseMessage = chineseMessage;
        this.englishMessage = englishMessage;
    }

    /**
     * Returns a sentence in Chinese that tells a clerk what is wrong.
     *
     * @return the Chinese message, not null
     */
    public String chineseMessage() {
        return chineseMessage;
    }

    /**
     * Returns the same sentence in English.
     *
     * @return the English message, not null
     */
    public String englishMessage() {
        return englishMessage;
    }
}
