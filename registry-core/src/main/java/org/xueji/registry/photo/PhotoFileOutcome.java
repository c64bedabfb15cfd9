package org.xueji.registry.photo;

/**
 * What became of one file of a photo archive.
 */
public enum PhotoFileOutcome {
    /** Matched to a student of the actor's scope, checked and stored (已导入). */
    STORED("已导入", "stored"),
    /**
     * Named no student of the actor's scope: a name in neither pattern, no such student, two
     * students with the name in the class, or a student outside the scope (未匹配).
     */
    UNMATCHED("未匹配到学生", "matched no student"),
    /**
     * Refused (不合格): not a JPEG file, larger than the policy allows, fewer pixels than it
     * requires, or a second photo of a student already matched in the archive.
     */
    REFUSED("照片不合格", "refused");

    private final String chineseName;
    private final String englishName;

    PhotoFileOutcome(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this outcome.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this outcome.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
