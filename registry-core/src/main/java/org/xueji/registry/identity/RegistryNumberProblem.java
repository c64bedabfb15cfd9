package org.xueji.registry.identity;

/**
 * What is wrong with a text that should be a registry number (学籍号).
 *
 * <p>The problems are found in the order they are declared here, and only the first is reported.
 */
public enum RegistryNumberProblem {
    /** The text is empty or only white space. */
    BLANK("学籍号为空", "the registry number is blank"),
    /** The first character is not G, J or L. */
    KIND("学籍号应以G、J或L开头", "the registry number must start with G, J or L"),
    /** A character after the first is not a digit, or an X is not the check character of G or J. */
    CHARACTER("学籍号首字母后只能是数字（G、J类末位可为X）",
            "the registry number may hold only digits after its letter (a final X for G or J)"),
    /** The text does not have 19 characters. */
    LENGTH("学籍号应为19位", "the registry number must have 19 characters"),
    /** The identity number of a G number is invalid; the exception tells which way. */
    IDENTITY_NUMBER("学籍号中的身份证号码无效", "the registry number's identity number is invalid"),
    /** The school-location division code of a J or L number names no province. */
    DIVISION("学籍号中的学校所在地行政区划代码无效",
            "the registry number's school-location division code is invalid"),
    /** The birth date of a J or L number names no day (or a day before 1800). */
    BIRTH_DATE("学籍号中的出生日期不存在", "the registry number's birth date does not exist"),
    /** The birth date of a J or L number lies after today. */
    FUTURE_BIRTH_DATE("学籍号中的出生日期晚于今天", "the registry number's birth date is in the future"),
    /** The check character of a J number is wrong. */
    CHECK_CHARACTER("学籍号的校验码错误", "the registry number's check character is wrong");

    private final String chineseMessage;
    private final String englishMessage;

    RegistryNumberProblem(String chineseMessage, String englishMessage) {
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
