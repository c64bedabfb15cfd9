package org.xueji.registry.identity;

/**
 * A stage of schooling (学段) whose entry gives a student a new regional student number.
 */
public enum SchoolStage {
    /** Primary school (小学), entered in grade 1. */
    PRIMARY("小学"),
    /** Junior secondary school (初中), entered in grade 7. */
    JUNIOR("初中"),
    /** Senior secondary school (高中), entered in senior grade 1. */
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
}
