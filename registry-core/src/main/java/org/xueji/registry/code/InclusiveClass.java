package org.xueji.registry.code;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Whether and how a student with a disability learns in an ordinary class (随班就读), as the
 * national student form codes it.
 */
@CodeTableName("随班就读")
public enum InclusiveClass implements CodeTable {
    /** 非随班就读, not in inclusive education, code 0. */
    NOT_INCLUSIVE("0", "非随班就读", "否"),
    /** 视力残疾随班就读, inclusive education with a visual disability, code 1. */
    VISUAL("1", "视力残疾随班就读"),
    /** 听力残疾随班就读, inclusive education with a hearing disability, code 2. */
    HEARING("2", "听力残疾随班就读"),
    /** 智力残疾随班就读, inclusive education with an intellectual disability, code 3. */
    INTELLECTUAL("3", "智力残疾随班就读"),
    /** 其他残疾随班就读, inclusive education with another disability, code 4. */
    OTHER("4", "其他残疾随班就读");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    InclusiveClass(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the inclusive-class value a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 0}, or the name, not null
     * @return the value, not null
     * @throws UnknownCodeException if the text denotes no value
     */
    public static InclusiveClass parse(CharSequence codeOrName) {
        return CodeTables.parse(InclusiveClass.class, codeOrName);
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
     * Tells whether this value agrees with a student's disability type, as the registry's form
     * rule requires: 非随班就读 only with 无残疾; visual, hearing and intellectual inclusive
     * education only with that same disability; 其他残疾随班就读 only with another disability
     * (speech, physical, mental or multiple).
     *
     * <p>This checks the pair of codes only. It does not look at the student's health status
     * (健康状况) or school, and it does not ask whether a multiple disability includes a visual,
     * hearing or intellectual one. Because 非随班就读 agrees with 无残疾 alone, the rule treats a
     * student of a special-education school or class who has a disability as inconsistent; a
     * caller checking such students decides whether to apply it.
     *
     * @param disability  the student's disability type, not null
     * @return true if the two agree
     */
    public boolean isConsistentWith(Disability disability) {
        switch (requireNonNull(disability, "disability")) {
            case NONE:
                return this == NOT_INCLUSIVE;
            case VISUAL:
                return this == VISUAL;
            case HEARING:
                return this == HEARING;
            case INTELLECTUAL:
                return this == INTELLECTUAL;
            default:
                return this == OTHER;
        }
    }
}
