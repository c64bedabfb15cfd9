package org.xueji.registry.code;

/**
 * The economic attribute of the place where a registry authority sits (所在地经济属性): whether its
 * county is a poor county, nationally or provincially designated.
 *
 * <p>The codes are those of Article 8's authority form: 0 not a poor county, 1 national, 2
 * provincial.
 */
@CodeTableName("所在地经济属性")
public enum EconomicAttribute implements CodeTable {
    /** Not a poor county, code 0. */
    NOT_POOR("0", "非贫困县"),
    /** A nationally designated poor county, code 1. */
    NATIONAL_POOR_COUNTY("1", "国家级贫困县"),
    /** A provincially designated poor county, code 2. */
    PROVINCIAL_POOR_COUNTY("2", "省级贫困县");

    private final String code;
    private final String chineseName;

    EconomicAttribute(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /**
     * Finds the attribute a code or name denotes.
     *
     * @param codeOrName  the code, such as {@code 1}, or the name, not null
     * @return the attribute, not null
     * @throws UnknownCodeException if the text denotes no attribute
     */
    public static EconomicAttribute parse(CharSequence codeOrName) {
        return CodeTables.parse(EconomicAttribute.class, codeOrName);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }
}
