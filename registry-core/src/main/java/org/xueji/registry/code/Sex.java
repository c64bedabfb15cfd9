package org.xueji.registry.code;

/**
 * A person's sex (性别) as GB/T 2261.1 codes it for the student form.
 */
@CodeTableName("性别")
public enum Sex implements CodeTable {
    /** Male, code 1. */
    MALE("1", "男"),
    /** Female, code 2. */
    FEMALE("2", "女");

    private final String code;
    private final String chineseName;

    Sex(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /**
     * Finds the sex a code or name denotes.
     *
     * @param codeOrName  the code, {@code 1} or {@code 2}, or the name, {@code 男} or {@code 女},
     *     not null
     * @return the sex, not null
     * @throws UnknownCodeException if the text denotes neither
     */
    public static Sex parse(CharSequence codeOrName) {
        return CodeTables.parse(Sex.class, codeOrName);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
