package org.xueji.registry.code;

/**
 * A person's sex (性别) as GB/T 2261.1 codes it for the student form.
 */
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

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
