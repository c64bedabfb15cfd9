package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.identity.DivisionCode;

/**
 * How far a change reaches across the hierarchy, which can change whose approval it needs. A
 * change within one school reaches {@link #WITHIN_COUNTY}; a transfer reaches as far as the two
 * schools' authorities lie apart.
 */
public enum Reach {
    /** Both places have the same registry authority (同一县区). */
    WITHIN_COUNTY("同一县区", "within one county"),
    /** The authorities differ but lie in one city (跨县区). */
    ACROSS_COUNTIES("跨县区", "across counties"),
    /** The authorities lie in different cities or provinces (跨市). */
    ACROSS_CITIES("跨市", "across cities");

    private final String chineseName;
    private final String englishName;

    Reach(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the reach between the divisions of two schools' authorities.
     *
     * @param from  the division of one school's authority, not null
     * @param to  the division of the other's, not null
     * @return the reach, not null
     */
    public static Reach between(DivisionCode from, DivisionCode to) {
        requireNonNull(from, "from");
        requireNonNull(to, "to");
        if (from.equals(to)) {
            return WITHIN_COUNTY;
        }
        return from.city().equals(to.city()) ? ACROSS_COUNTIES : ACROSS_CITIES;
    }

    /**
     * Returns the Chinese name of this reach.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this reach.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
