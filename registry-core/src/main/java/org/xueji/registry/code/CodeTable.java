package org.xueji.registry.code;

/**
 * An entry of a national code table: an official code and its Chinese name.
 *
 * <p>Every code table of the national student form is an enum implementing this interface, so
 * that imports, exports and forms can look entries up by code or by name the same way.
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
}
