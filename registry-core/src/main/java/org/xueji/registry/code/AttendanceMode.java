package org.xueji.registry.code;

import java.util.List;

/**
 * How a student attends school (就读方式), in the national student form's table.
 */
@CodeTableName("就读方式")
public enum AttendanceMode implements CodeTable {
    /** 走读, day student, living at home, code 1. */
    DAY_STUDENT("1", "走读"),
    /** 住校, boarder, living at school, code 2. */
    BOARDER("2", "住校"),
    /** 借宿, lodging near the school, code 3. */
    LODGER("3", "借宿"),
    /** 其他, any other way, code 9. */
    OTHER("9", "其他");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    AttendanceMode(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the attendance mode a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 1}, or the name, such as {@code 走读},
     *     not null
     * @return the attendance mode, not null
     * @throws UnknownCodeException if the text denotes no attendance mode
     */
    public static AttendanceMode parse(CharSequence codeOrName) {
        return CodeTables.parse(AttendanceMode.class, codeOrName);
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
