package org.xueji.registry.change;

/**
 * The kinds of student change (学籍变动) that go through a case with approvals. A class change
 * inside a school (调班) needs no review and so no case; it is a direct operation recorded in
 * the student's history.
 */
public enum ChangeKind {
    /** A transfer to another school (转学), applied for by the receiving school. */
    TRANSFER("转学", "transfer"),
    /** A suspension of studies (休学), or its renewal. */
    SUSPENSION("休学", "suspension"),
    /** A return from suspension (复学) into a suitable class. */
    RESUMPTION("复学", "resumption"),
    /** A withdrawal from senior high school (退学). */
    WITHDRAWAL("退学", "withdrawal"),
    /** A dropout from compulsory education (辍学), reported; the registry is kept. */
    DROPOUT("辍学", "dropout"),
    /** The cancellation of a deceased student's registry (死亡注销). */
    DEATH("死亡注销", "death"),
    /** A skip of one grade (跳级). */
    GRADE_SKIP("跳级", "grade skip"),
    /** A correction of key data: name, sex, birth date, identity number (关键信息变更). */
    KEY_DATA_CORRECTION("关键信息变更", "key-data correction");

    private final String chineseName;
    private final String englishName;

    ChangeKind(String chineseName, String englishName) {
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
     * Returns the English name of this kind, in lower case.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
