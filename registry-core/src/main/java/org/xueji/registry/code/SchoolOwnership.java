package org.xueji.registry.code;

import java.util.List;

/**
 * Who runs a school (办别): the state or a private sponsor.
 *
 * <p>The national registry system's school form offers the two values 公办 and 民办 by name.
 * Their codes 1 and 2 are the registry's own, in the form's order; the detailed sponsor table
 * of the education statistics (举办者) is not modelled here.
 */
@CodeTableName("办别")
public enum SchoolOwnership implements CodeTable {
    /** 公办, run by the state, code 1. */
    PUBLIC("1", "公办", "公立"),
    /** 民办, run by a private sponsor, code 2. */
    PRIVATE("2", "民办", "私立");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    SchoolOwnership(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the ownership a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 1}, or the name, not null
     * @return the ownership, not null
     * @throws UnknownCodeException if the text denotes no ownership
     */
    public static SchoolOwnership parse(CharSequence codeOrName) {
        return CodeTables.parse(SchoolOwnership.class, codeOrName);
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
