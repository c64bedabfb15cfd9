package org.xueji.registry.code;

import java.util.List;

/**
 * Where a student comes from (学生来源), in the national student form's table.
 *
 * <p>借读 is a student who studies at the school while registered elsewhere.
 */
@CodeTableName("学生来源")
public enum StudentSource implements CodeTable {
    /** 正常入学, regular entry, code 1. */
    REGULAR_ENTRY("1", "正常入学"),
    /** 借读, visiting student (registered elsewhere), code 2. */
    VISITING("2", "借读"),
    /** 其他, any other source, code 3. */
    OTHER("3", "其他");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    StudentSource(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the student source a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 1}, or the name, such as {@code 正常入学},
     *     not null
     * @return the student source, not null
     * @throws UnknownCodeException if the text denotes no student source
     */
    public static StudentSource parse(CharSequence codeOrName) {
        return CodeTables.parse(StudentSource.class, codeOrName);
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
