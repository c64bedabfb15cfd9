package org.xueji.registry.code;

/**
 * The urban-rural type (城乡分类) of the place where a school stands (驻地城乡类型), in the
 * three-digit codes of the National Bureau of Statistics' urban-rural division for statistics
 * (统计用城乡划分代码).
 *
 * <p>Codes beginning with 1 are urban (城镇: 11x the city proper, 12x towns); codes beginning
 * with 2 are rural (乡村).
 */
@CodeTableName("城乡分类")
public enum UrbanRuralType implements CodeTable {
    /** 主城区, main urban area, code 111. */
    MAIN_URBAN_AREA("111", "主城区"),
    /** 城乡结合区, urban-rural fringe, code 112. */
    URBAN_RURAL_FRINGE("112", "城乡结合区"),
    /** 镇中心区, town centre, code 121. */
    TOWN_CENTRE("121", "镇中心区"),
    /** 镇乡结合区, town-township fringe, code 122. */
    TOWN_TOWNSHIP_FRINGE("122", "镇乡结合区"),
    /** 特殊区域, special area (such as an industrial or mining zone), code 123. */
    SPECIAL_AREA("123", "特殊区域"),
    /** 乡中心区, township centre, code 210. */
    TOWNSHIP_CENTRE("210", "乡中心区"),
    /** 村庄, village, code 220. */
    VILLAGE("220", "村庄");

    private final String code;
    private final String chineseName;

    UrbanRuralType(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
    }

    /**
     * Finds the type a code or name denotes.
     *
     * @param codeOrName  the code, such as {@code 111}, or the name, not null
     * @return the type, not null
     * @throws UnknownCodeException if the text denotes no type
     */
    public static UrbanRuralType parse(CharSequence codeOrName) {
        return CodeTables.parse(UrbanRuralType.class, codeOrName);
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String chineseName() {
        return chineseName;
    }

    /**
     * Tells whether this type is urban (城镇), that is, its code begins with 1.
     *
     * @return true for urban types, false for rural ones
     */
    public boolean isUrban() {
        return code.charAt(0) == '1';
    }
}
