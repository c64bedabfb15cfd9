package org.xueji.registry.code;

import java.util.List;

/**
 * A student's health (健康状况) as the national student form codes it: 1, 2, 3 and 6.
 *
 * <p>The names are the form's; the short names 健康, 一般, 慢性病 and 残疾, which registry
 * notes and older sheets use, are aliases. Codes 4 and 5 are not used by the form.
 */
@CodeTableName("健康状况")
public enum HealthStatus implements CodeTable {
    /** 健康或良好, healthy or in good health, code 1. */
    HEALTHY("1", "健康或良好", "健康", "良好"),
    /** 一般或较弱, fair or weak, code 2. */
    FAIR("2", "一般或较弱", "一般", "较弱"),
    /** 有慢性病, with a chronic illness, code 3. */
    CHRONIC_ILLNESS("3", "有慢性病", "慢性病"),
    /** 残疾, with a disability, code 6. */
    DISABLED("6", "残疾");

    private final String code;
    private final String chineseName;
    private final List<String> aliases;

    HealthStatus(String code, String chineseName, String... aliases) {
        this.code = code;
        this.chineseName = chineseName;
        this.aliases = List.of(aliases);
    }

    /**
     * Finds the health status a code, name or alias denotes.
     *
     * @param codeOrName  the code, such as {@code 1}, or the name, such as {@code 健康}, not null
     * @return the health status, not null
     * @throws UnknownCodeException if the text denotes no health status
     */
    public static HealthStatus parse(CharSequence codeOrName) {
        return CodeTables.parse(HealthStatus.class, codeOrName);
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
