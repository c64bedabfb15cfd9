package org.xueji.registry.identity;

/**
 * The kind of document an identity number of the GB 11643 layout belongs to.
 */
public enum IdentityNumberKind {
    /** A resident identity card (居民身份证) of a citizen of the mainland. */
    RESIDENT("居民身份证"),
    /**
     * A residence permit (港澳台居民居住证) of a Hong Kong, Macau or Taiwan resident, whose
     * address code is 810000, 820000 or 830000.
     */
    HONG_KONG_MACAU_TAIWAN_RESIDENCE_PERMIT("港澳台居民居住证"),
    /**
     * A foreigner's permanent residence identity card (外国人永久居留身份证) of the 2023 layout,
     * whose number starts with 9.
     */
    FOREIGN_PERMANENT_RESIDENT("外国人永久居留身份证");

    private final String chineseName;

    IdentityNumberKind(String chineseName) {
        this.chineseName = chineseName;
    }

    /**
     * Returns the Chinese name of the document.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }
}
