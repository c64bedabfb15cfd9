package org.xueji.registry.code;

import java.util.List;

/**
 * An ethnic group (民族) in the codes and names of GB/T 3304, the standard of Chinese ethnic
 * group names and codes: the 56 groups from 01 汉族 to 56 基诺族 in the standard's order, and
 * 97 其他 and 98 外国血统中国籍人士.
 *
 * <p>The constant names follow the standard's romanised letter names (ZANG for 藏族, CHOSEN for
 * 朝鲜族, MAN for 满族). Each group's name without its final 族 is an alias, since clerks often
 * write 汉 or 维吾尔; and {@link CodeTables} accepts a code written without its leading zero, as
 * spreadsheets store 01.
 */
@CodeTableName("民族")
public enum Ethnicity implements CodeTable {
    /** 汉族, code 01. */
    HAN("01", "汉族"),
    /** 蒙古族, code 02. */
    MONGOL("02", "蒙古族"),
    /** 回族, code 03. */
    HUI("03", "回族"),
    /** 藏族, code 04. */
    ZANG("04", "藏族"),
    /** 维吾尔族, code 05. */
    UYGUR("05", "维吾尔族"),
    /** 苗族, code 06. */
    MIAO("06", "苗族"),
    /** 彝族, code 07. */
    YI("07", "彝族"),
    /** 壮族, code 08. */
    ZHUANG("08", "壮族"),
    /** 布依族, code 09. */
    BUYEI("09", "布依族"),
    /** 朝鲜族, code 10. */
    CHOSEN("10", "朝鲜族"),
    /** 满族, code 11. */
    MAN("11", "满族"),
    /** 侗族, code 12. */
    DONG("12", "侗族"),
    /** 瑶族, code 13. */
    YAO("13", "瑶族"),
    /** 白族, code 14. */
    BAI("14", "白族"),
    /** 土家族, code 15. */
    TUJIA("15", "土家族"),
    /** 哈尼族, code 16. */
    HANI("16", "哈尼族"),
    /** 哈萨克族, code 17. */
    KAZAK("17", "哈萨克族"),
    /** 傣族, code 18. */
    DAI("18", "傣族"),
    /** 黎族, code 19. */
    LI("19", "黎族"),
    /** 傈僳族, code 20. */
    LISU("20", "傈僳族"),
    /** 佤族, code 21. */
    VA("21", "佤族"),
    /** 畲族, code 22. */
    SHE("22", "畲族"),
    /** 高山族, code 23. */
    GAOSHAN("23", "高山族"),
    /** 拉祜族, code 24. */
    LAHU("24", "拉祜族"),
    /** 水族, code 25. */
    SUI("25", "水族"),
    /** 东乡族, code 26. */
    DONGXIANG("26", "东乡族"),
    /** 纳西族, code 27. */
    NAXI("27", "纳西族"),
    /** 景颇族, code 28. */
    JINGPO("28", "景颇族"),
    /** 柯尔克孜族, code 29. */
    KIRGIZ("29", "柯尔克孜族"),
    /** 土族, code 30. */
    TU("30", "土族"),
    /** 达斡尔族, code 31. */
    DAUR("31", "达斡尔族"),
    /** 仫佬族, code 32. */
    MULAO("32", "仫佬族"),
    /** 羌族, code 33. */
    QIANG("33", "羌族"),
    /** 布朗族, code 34. */
    BLANG("34", "布朗族"),
    /** 撒拉族, code 35. */
    SALAR("35", "撒拉族"),
    /** 毛南族, code 36. */
    MAONAN("36", "毛南族"),
    /** 仡佬族, code 37. */
    GELAO("37", "仡佬族"),
    /** 锡伯族, code 38. */
    XIBE("38", "锡伯族"),
    /** 阿昌族, code 39. */
    ACHANG("39", "阿昌族"),
    /** 普米族, code 40. */
    PUMI("40", "普米族"),
    /** 塔吉克族, code 41. */
    TAJIK("41", "塔吉克族"),
    /** 怒族, code 42. */
    NU("42", "怒族"),
    /** 乌孜别克族, code 43. */
    UZBEK("43", "乌孜别克族"),
    /** 俄罗斯族, code 44. */
    RUSS("44", "俄罗斯族"),
    /** 鄂温克族, code 45. */
    EWENKI("45", "鄂温克族"),
    /** 德昂族, code 46. */
    DEANG("46", "德昂族"),
    /** 保安族, code 47. */
    BONAN("47", "保安族"),
    /** 裕固族, code 48. */
    YUGUR("48", "裕固族"),
    /** 京族, code 49. */
    GIN("49", "京族"),
    /** 塔塔尔族, code 50. */
    TATAR("50", "塔塔尔族"),
    /** 独龙族, code 51. */
    DERUNG("51", "独龙族"),
    /** 鄂伦春族, code 52. */
    OROQEN("52", "鄂伦春族"),
    /** 赫哲族, code 53. */
    HEZHEN("53", "赫哲族"),
    /** 门巴族, code 54. */
    MONBA("54", "门巴族"),
    /** 珞巴族, code 55. */
    LHOBA("55", "珞巴族"),
    /** 基诺族, code 56. */
    JINO("56", "基诺族"),
    /** 其他, another or an unidentified ethnic group, code 97. */
    OTHER("97", "其他"),
    /** 外国血统中国籍人士, a Chinese citizen of foreign descent, code 98. */
    FOREIGN_ORIGIN("98", "外国血统中国籍人士");

    private static final String GROUP_SUFFIX = "族";

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    Ethnicity(String code, String chineseName) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = chineseName.endsWith(GROUP_SUFFIX)
                ? List.of(chineseName.substring(0, chineseName.length() - GROUP_SUFFIX.length()))
                : List.of();
    }

    /**
     * Finds the ethnic group a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 01} or {@code 1}, the name, such as
     *     {@code 汉族}, or the name without 族, such as {@code 汉}, not null
     * @return the ethnic group, not null
     * @throws UnknownCodeException if the text denotes no ethnic group
     */
    public static Ethnicity parse(CharSequence codeOrName) {
        return CodeTables.parse(Ethnicity.class, codeOrName);
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
     * Returns the name without its final 族, such as 汉 for 汉族; empty for 97 and 98.
     *
     * @return the aliases, not null
     */
    @Override
    public List<String> aliases() {
        return aliases;
    }

    /**
     * Tells whether this is one of the 55 ethnic minorities (少数民族), codes 02 to 56.
     *
     * @return true for codes 02 to 56, false for 汉族, 其他 and 外国血统中国籍人士
     */
    public boolean isMinority() {
        return this != HAN && this != OTHER && this != FOREIGN_ORIGIN;
    }
}
