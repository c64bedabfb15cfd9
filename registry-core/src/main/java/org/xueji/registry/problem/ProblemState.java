package org.xueji.registry.problem;

/**
 * Where an entry of the problem queue stands.
 */
public enum ProblemState {
    /** Waiting for the authority (待处理). */
    OPEN("待处理", "open"),
    /** Resolved by proof, correction or deletion (已处理). */
    RESOLVED("已处理", "resolved");

    private final String chineseName;
    private final String englishName;

    ProblemState(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this state.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this state.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
