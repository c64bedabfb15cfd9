package org.xueji.registry.code;

import java.util.List;

/**
 * How a student entered the school (入学方式), in the national student form's table.
 *
 * <p>The form's name for code 3 is 统一招生考试/普通入学; each half is accepted as an alias.
 */
@CodeTableName("入学方式")
public enum EntryMode implements CodeTable {
    /** 就近入学, admission to the nearest school, code 1. */
    NEAREST_SCHOOL("1", "就近入学"),
    /** 相对就近入学, admission to a relatively near school, code 2. */
    RELATIVELY_NEAREST_SCHOOL("2", "相对就近入学"),
    /** 统一招生考试/普通入学, unified entrance examination or ordinary admission, code 3. */
    ENTRANCE_EXAMINATION("3", "统一招生考试/普通入学", "统一招生考试", "普通入学"),
    /** 民办学校招生, admission by a private school, code 4. */
    PRIVATE_SCHOOL_ADMISSION("4", "民办学校招生"),
    /** 其他, any other way, code 9. */
    OTHER("9", "其他");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    EntryMode(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the entry mode a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 1}, or the name, such as {@code 就近入学},
     *     not null
     * @return the entry mode, not null
     * @throws UnknownCodeException if the text denotes no entry mode
     */
    public static EntryMode parse(CharSequence codeOrName) {
        return CodeTables.parse(EntryMode.class, codeOrName);
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
