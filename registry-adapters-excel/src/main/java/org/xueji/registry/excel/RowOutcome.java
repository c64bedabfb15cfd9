package org.xueji.registry.excel;

/**
 * What became of one row of an import.
 */
public enum RowOutcome {
    /** 通过: stored, or in a dry run would have been. */
    ACCEPTED("通过", "accepted"),
    /** 未通过: refused, with its problems. */
    REFUSED("未通过", "refused"),
    /** 已采集: the student is already collected (or submitted) in this school; nothing changed. */
    ALREADY_COLLECTED("已采集", "already collected"),
    /** 已在籍: the student is already registered in this school; nothing changed. */
    ALREADY_REGISTERED("已在籍", "already registered");

    private final String chineseName;
    private final String englishName;

    RowOutcome(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this outcome, as the error report writes it.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this outcome, in lower case.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
