package org.xueji.registry.problem;

/**
 * How the authority resolved an entry of the problem queue.
 */
public enum ResolutionKind {
    /**
     * Dismissed with proof (举证排除): the suspicion was wrong, and the proof references show
     * why. A later {@linkplain Problems#scan scan} does not raise the same kind again for the
     * student.
     */
    PROOF("举证排除", "dismissed with proof"),
    /**
     * Resolved by a completed key-data correction case (更正关键信息), filed through
     * {@link org.xueji.registry.change.Changes#applyCorrection}.
     */
    CORRECTION("更正关键信息", "corrected"),
    /**
     * The student's record was deleted (删除学籍): it becomes
     * {@link org.xueji.registry.student.RegistrationStatus#DELETED}.
     */
    DELETION("删除学籍", "deleted");

    private final String chineseName;
    private final String englishName;

    ResolutionKind(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this kind.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this kind.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
