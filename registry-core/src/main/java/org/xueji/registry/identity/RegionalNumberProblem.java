package org.xueji.registry.identity;

/**
 * What is wrong with a regional student number (地区学号) or with a request for one.
 */
public enum RegionalNumberProblem {
    /** The text is empty or only white space. */
    BLANK("地区学号为空", "the regional student number is blank"),
    /** The text has a character other than digits and white space. */
    CHARACTER("地区学号只能包含数字", "the regional student number may hold digits only"),
    /** The text does not have the scheme's number of digits. */
    LENGTH("地区学号位数不对", "the regional student number has the wrong number of digits"),
    /** The county division code's first two digits name no province. */
    DIVISION("地区学号中的县级行政区划代码无效",
            "the regional student number's county division code is invalid"),
    /** The feature digit (sex and transfer) is not one the scheme uses. */
    FEATURE_DIGIT("地区学号中的特征位无效", "the regional student number's feature digit is invalid"),
    /** The serial is zero. */
    SERIAL("地区学号的流水号不能为0", "the regional student number's serial must not be zero"),
    /** The serial is beyond the largest the prefix has room for. */
    SERIAL_EXHAUSTED("该前缀下的地区学号流水号已用完",
            "the serials of this regional number prefix are used up");

    private final String chineseMessage;
    private final String englishMessage;

    RegionalNumberProblem(String chineseMessage, String englishMessage) {
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
