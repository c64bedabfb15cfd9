package org.xueji.registry.code;

/**
 * A stage of schooling (学段) that a school teaches and a class belongs to.
 *
 * <p>The national tables have no code of their own for stages; they appear inside the school
 * category and class type codes, which is why this enum is not a {@link CodeTable}.
 */
public enum SchoolStage {
    /** Primary school, 小学. */
    PRIMARY("小学"),
    /** Junior secondary school, 初中. */
    JUNIOR("初中"),
    /** Senior secondary school, 高中. */
    SENIOR("高中");

    private final String chineseName;

    SchoolStage(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Returns the Chinese name of this stage.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Tells whether this stage belongs to compulsory education (义务教育): primary and junior.
     *
     * @return true for primary and junior, false for senior
     */
    public boolean isCompulsory() {
        return this != SENIOR;
    }
}
