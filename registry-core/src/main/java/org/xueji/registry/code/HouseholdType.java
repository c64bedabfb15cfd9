package org.xueji.registry.code;

import java.util.List;

/**
 * The nature of a student's household registration (户口性质), in the national student form's
 * table.
 *
 * <p>Since the 2014 household registration reform many places register every resident as
 * 居民户口; the form keeps the older agricultural and non-agricultural values beside it.
 */
@CodeTableName("户口性质")
public enum HouseholdType implements CodeTable {
    /** 农业户口, agricultural household, code 1. */
    AGRICULTURAL("1", "农业户口", "农业"),
    /** 非农业户口, non-agricultural household, code 2. */
    NON_AGRICULTURAL("2", "非农业户口", "非农业"),
    /** 居民户口, resident household (after the reform), code 3. */
    RESIDENT("3", "居民户口", "居民");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    HouseholdType(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the household type a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 1}, or the name, such as {@code 农业户口},
     *     not null
     * @return the household type, not null
     * @throws UnknownCodeException if the text denotes no household type
     */
    public static HouseholdType parse(CharSequence codeOrName) {
        return CodeTables.parse(HouseholdType.class, codeOrName);
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
