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
    /** A school identifier (学校标识码) is not ten digits with a province code. */
    INVALID_SCHOOL_IDENTIFIER("学校标识码无效", "invalid school identifier"),
    /** A school identifier's type or province digits disagree with the school's record. */
    SCHOOL_IDENTIFIER_MISMATCH(
            "学校标识码与学校类别或主管单位不符",
            "school identifier disagrees with the school's category or authority"),
    /** The acting account's scope or role does not cover the record it acts on. */
    ACCESS_DENIED("无权操作", "access denied"),
    /** The record acted on does not exist. */
    NOT_FOUND("记录不存在", "record not found"),
    /** A record with the same key already exists. */
    DUPLICATE("记录重复", "duplicate record"),
    /** The record was changed by someone else since it was read. */
    STALE_VERSION("已被他人修改，请刷新后重试", "changed by someone else; refresh and retry"),
    /** An organisation record breaks a rule of the hierarchy, such as a branch of a branch. */
    ORGANISATION_RULE("不符合学籍管理层级规定", "breaks a rule of the registry hierarchy"),
    /** A school already has as many classes in a grade as its approved scale allows. */
    CLASS_SCALE_EXCEEDED("班级数超出核定办学规模", "classes exceed the approved scale"),
    /** A class would hold more students than the class-size policy allows. */
    CLASS_SIZE_EXCEEDED("班额超出规定", "class size above the allowed size"),
    /** A grade or class type that the school's category and school system do not offer. */
    GRADE_NOT_OFFERED("学校未设该年级或班级类型", "grade or class type not offered by the school"),
    /**
     * An operation was asked for outside the academic calendar's window for it: before it opens,
     * after it closed, or while the school-year rollover is due or running.
     */
    OUTSIDE_CALENDAR_WINDOW("不在学籍工作时间窗口内", "outside the calendar window"),
    /** A form's birth date or sex disagrees with the identity number it gives. */
    IDENTITY_MISMATCH("出生日期或性别与身份证件号码不符",
            "birth date or sex disagrees with the identity number"),
    /** A new student is younger or older than the entry age allows (Article 14). */
    ENTRY_AGE("不符合入学年龄规定", "outside the allowed entry age"),
    /** The inclusive-class value (随班就读) disagrees with the student's disability. */
    INCLUSIVE_CLASS_MISMATCH("随班就读与残疾类型不符",
            "inclusive class disagrees with the disability"),
    /** An entry-grade student has no photo, or none taken in the year of entry. */
    PHOTO_REQUIRED("缺少入学当年的学生照片", "no photo taken in the year of entry"),
    /** A photo is not a JPEG image or is larger than the policy allows. */
    INVALID_PHOTO("照片不符合要求", "photo does not meet the requirements"),
    /**
     * The student's registration status does not allow the operation, such as approving a
     * student who was not submitted.
     */
    INVALID_STATUS("学籍状态不允许此操作", "the registration status does not allow this"),
    /** No number is left to assign under a prefix, such as a J registry number's sequence. */
    NUMBERS_EXHAUSTED("可分配的编号已用尽", "no number left to assign"),
    /** The storage failed for a reason that is not the caller's input; retrying may help. */
    STORAGE_FAILURE("存储故障", "storage failure"),
    /**
     * An uploaded archive is not a readable zip file, or goes over the limits set against zip
     * bombs: too many entries, or too many bytes once uncompressed.
     */
    INVALID_ARCHIVE("压缩包无效或超出限制", "archive unreadable or over its limits"),
    /**
     * A file exchanged with the national system does not have the national layout: a missing
     * column, a malformed row or a value that is not the field's code.
     */
    INVALID_EXCHANGE_FILE("交换文件格式不符", "exchange file does not have the national layout"),
    /**
     * A student change (学籍变动) breaks a change rule: a transfer outside a term's start, into
     * another grade or in a graduating class, a withdrawal in compulsory education, one
     * suspension too many, an unsuitable class and the like.
     */
    CHANGE_REFUSED("不符合学籍变动规定", "refused by a student change rule"),
    /**
     * A change case is not in a state that allows the operation, such as approving a withdrawn
     * case or resubmitting one that was not returned.
     */
    CASE_STATE("变动申请的状态不允许此操作", "the change case's state does not allow this"),
    /**
     * An edit would change key data (name, sex, birth date, identity number), which only a
     * reviewed correction with proof may change.
     */
    KEY_DATA_REQUIRES_REVIEW("关键信息须经审核变更", "key data changes only through review"),
    /** A student is not in the final grade of the stage, so cannot graduate from it. */
    NOT_IN_FINAL_GRADE("非毕业年级学生", "not in the final grade of the stage"),
    /**
     * A student has an open change case (a transfer, suspension, key-data correction or the like)
     * that must be closed first: before graduating, or before another case that would compete
     * with it.
     */
    OPEN_CHANGE_CASE("有未办结的学籍异动", "an open change case must be closed first"),
    /**
     * The operation is not the procedure of the student's stage: compulsory education records
     * graduation at the school, senior high submits it for the authority's approval.
     */
    WRONG_PROCEDURE("不适用于该学段的办理程序", "not the procedure of the student's stage"),
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
    MISSING_COLUMNS("缺少必需的列", "required columns missing"),
    /** An entry of the problem queue was resolved already and cannot be resolved again. */
    PROBLEM_RESOLVED("问题学籍已处理", "the problem is resolved already");

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
