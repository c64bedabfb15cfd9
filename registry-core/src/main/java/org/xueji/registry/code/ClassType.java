package org.xueji.registry.code;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A class's type (班级类型), in the codes of the national table of primary and secondary class
 * types (中小学班级类型代码, JY/T 1001): 10 to 17 primary, 20 to 27 junior, 40 to 42 senior.
 *
 * <p>Each type knows its stage. The official names of the special-talent classes carry the
 * parenthesis （文体艺智等班）; the name without it is accepted as an alias.
 */
@CodeTableName("班级类型")
public enum ClassType implements CodeTable {
    /** 普通小学班, ordinary primary class, code 10. */
    PRIMARY_ORDINARY("10", "普通小学班", SchoolStage.PRIMARY),
    /** 少数民族小学班, primary class for ethnic minorities, code 11. */
    PRIMARY_ETHNIC_MINORITY("11", "少数民族小学班", SchoolStage.PRIMARY),
    /** 小学复式班, primary multi-grade class, code 12. */
    PRIMARY_MULTI_GRADE("12", "小学复式班", SchoolStage.PRIMARY),
    /** 小学教学点班, primary class of a teaching point, code 13. */
    PRIMARY_TEACHING_POINT("13", "小学教学点班", SchoolStage.PRIMARY),
    /** 小学特长班（文体艺智等班）, primary special-talent class, code 14. */
    PRIMARY_SPECIAL_TALENT("14", "小学特长班（文体艺智等班）", SchoolStage.PRIMARY, "小学特长班"),
    /** 小学视力残疾班, primary class for visually impaired pupils, code 15. */
    PRIMARY_VISUAL_DISABILITY("15", "小学视力残疾班", SchoolStage.PRIMARY, "盲童班"),
    /** 小学听力残疾班, primary class for hearing-impaired pupils, code 16. */
    PRIMARY_HEARING_DISABILITY("16", "小学听力残疾班", SchoolStage.PRIMARY, "聋童班"),
    /** 小学智力残疾班, primary class for pupils with intellectual disabilities, code 17. */
    PRIMARY_INTELLECTUAL_DISABILITY("17", "小学智力残疾班", SchoolStage.PRIMARY, "弱智儿童班"),
    /** 普通初中班, ordinary junior class, code 20. */
    JUNIOR_ORDINARY("20", "普通初中班", SchoolStage.JUNIOR),
    /** 少数民族初中班, junior class for ethnic minorities, code 21. */
    JUNIOR_ETHNIC_MINORITY("21", "少数民族初中班", SchoolStage.JUNIOR),
    /** 初中复式班, junior multi-grade class, code 22. */
    JUNIOR_MULTI_GRADE("22", "初中复式班", SchoolStage.JUNIOR),
    /** 初中教学点班, junior class of a teaching point, code 23. */
    JUNIOR_TEACHING_POINT("23", "初中教学点班", SchoolStage.JUNIOR),
    /** 初中特长班（文体艺智等班）, junior special-talent class, code 24. */
    JUNIOR_SPECIAL_TALENT("24", "初中特长班（文体艺智等班）", SchoolStage.JUNIOR, "初中特长班"),
    /** 初中视力残疾班, junior class for visually impaired students, code 25. */
    JUNIOR_VISUAL_DISABILITY("25", "初中视力残疾班", SchoolStage.JUNIOR),
    /** 初中听力残疾班, junior class for hearing-impaired students, code 26. */
    JUNIOR_HEARING_DISABILITY("26", "初中听力残疾班", SchoolStage.JUNIOR),
    /** 初中智力残疾班, junior class for students with intellectual disabilities, code 27. */
    JUNIOR_INTELLECTUAL_DISABILITY("27", "初中智力残疾班", SchoolStage.JUNIOR),
    /** 普通高中班, ordinary senior class, code 40. */
    SENIOR_ORDINARY("40", "普通高中班", SchoolStage.SENIOR),
    /** 少数民族高中班, senior class for ethnic minorities, code 41. */
    SENIOR_ETHNIC_MINORITY("41", "少数民族高中班", SchoolStage.SENIOR),
    /** 高中特长班（文体艺智等班）, senior special-talent class, code 42. */
    SENIOR_SPECIAL_TALENT("42", "高中特长班（文体艺智等班）", SchoolStage.SENIOR, "高中特长班");

    private final String code;
    private final String chineseName;
    private final SchoolStage stage;
    private final List<String> aliases;

    ClassType(String code, String chineseName, SchoolStage stage, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.stage = stage;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the class type a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 10}, or the name, not null
     * @return the class type, not null
     * @throws UnknownCodeException if the text denotes no class type
     */
    public static ClassType parse(CharSequence codeOrName) {
        return CodeTables.parse(ClassType.class, codeOrName);
    }

    /**
     * Returns the ordinary class type (普通班) of a stage: 10, 20 or 40.
     *
     * @param stage  the stage, not null
     * @return the ordinary class type of the stage, not null
     */
    public static ClassType ordinary(SchoolStage stage) {
        switch (requireNonNull(stage, "stage")) {
            case PRIMARY:
                return PRIMARY_ORDINARY;
            case JUNIOR:
                return JUNIOR_ORDINARY;
            default:
                return SENIOR_ORDINARY;
        }
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

    /**
     * Returns the stage whose students this class type holds.
     *
     * @return the stage, not null
     */
    public SchoolStage stage() {
        return stage;
    }

    /**
     * Tells whether this is a class for students with a disability: codes 15 to 17 and 25 to 27.
     *
     * @return true for the visual, hearing and intellectual disability classes
     */
    public boolean isDisabilityClass() {
        return stage != SchoolStage.SENIOR && code.charAt(1) >= '5';
    }
}
