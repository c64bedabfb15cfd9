package org.xueji.registry;

/**
 * Stable codes for every refusal and failure the registry reports.
 *
 * <p>A code never changes its meaning once released, so vendors can map it to their own screens
 * and reports. Codes are grouped by the concept they concern; each carries a short Chinese and
 * English title, while the exception or refusal that carries the code adds the facts of the case.
 */
public enum ErrorCode {
    /** An identity number breaks GB 11643: length, characters, address code, date or check. */
    INVALID_IDENTITY_NUMBER("身份证号码无效", "invalid identity number"),
    /** An identity document's number does not fit the shape of its document type. */
    INVALID_IDENTITY_DOCUMENT("身份证件无效", "invalid identity document"),
    /** A registry number (学籍号) is malformed. */
    INVALID_REGISTRY_NUMBER("学籍号无效", "invalid registry number"),
    /** A regional student number (地区学号) is malformed. */
    INVALID_REGIONAL_NUMBER("地区学号无效", "invalid regional student number"),
    /** An administrative division code (GB/T 2260) is malformed or unknown. */
    INVALID_DIVISION_CODE("行政区划代码无效", "invalid administrative division code"),
    /** A value is not in the national code table it was looked up in. */
    UNKNOWN_CODE("代码不在代码表中", "code not in the code table"),
    /** Any other value that does not have the required shape. */
    INVALID_VALUE("数据格式错误", "invalid value"),
    /** A date, or a year and month, is not one that the calendar has or not in a known shape. */
    INVALID_DATE("日期格式错误", "invalid date"),
    /**
     * An identity number was stored in a spreadsheet as a number, which keeps only 15 significant
     * digits, so its last digits are lost.
     */
    IDENTITY_NUMBER_STORED_AS_NUMBER("身份证件号被存成了数字", "identity number stored as a number"),
    /**
     * A file is not a workbook that can be read: another format, broken, truncated, encrypted,
     * too large or built to harm the reader.
     */
    UNREADABLE_WORKBOOK("无法读取的工作簿", "unreadable workbook"),
    /** A sheet's header row lacks columns the import requires, or no header row was found. */
    MISSING_COLUMNS("缺少必需的列", "required columns missing");

    private final String chineseTitle;
    private final String englishTitle;

    ErrorCode(String chineseTitle, String englishTitle) {
        this.chineseTitle = chineseTitle;
        this.englishTitle = englishTitle;
    }

    /**
     * Returns the short Chinese title of this code, as a clerk would read it.
     *
     * @return the Chinese title, not null
     */
    public String chineseTitle() {
        return chineseTitle;
    }

    /**
     * Returns the short English title of this code.
     *
     * @return the English title, not null
     */
    public String englishTitle() {
        return englishTitle;
    }
}
