package org.xueji.registry.code;

import java.util.List;

/**
 * An entry of a national code table: an official code and its Chinese name.
 *
 * <p>Every code table of the national student form is an enum implementing this interface, so
 * that imports, exports and forms can look entries up by code or by name the same way, through
 * {@link CodeTables}. The table as a whole carries its Chinese name in a {@link CodeTableName}
 * annotation on the enum.
 */
public interface CodeTable {

    /**
     * Returns the official code of this entry, as the national table writes it.
     *
     * @return the code, not null
     */
    String code();

    /**
     * Returns the official Chinese name of this entry.
     *
     * @return the Chinese name, not null
     */
    String chineseName();

    /**
     * Returns the other names a clerk may write for this entry, such as a short form of the
     * official name; {@link CodeTables} accepts them when looking an entry up.
     *
     * <p>An alias is never written back: exports use {@link #code()} and {@link #chineseName()}.
     *
     * @return the aliases, empty by default, not null
     */
    default List<String> aliases() {
        return List.of();
    }
}
