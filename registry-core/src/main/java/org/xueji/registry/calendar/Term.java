package org.xueji.registry.calendar;

/**
 * A term (学期) of the school year: the autumn term comes first, the spring term second.
 *
 * <p>The registry moves from the second term of one school year to the first term of the next at
 * the rollover; the change from the first term to the second is a date of the year's policy, not
 * a transition anyone runs (see {@link AcademicCalendar#termAt(java.time.LocalDate)}).
 */
public enum Term {
    /** The first, autumn term (上学期), from the rollover to the day before the spring term. */
    FIRST("上学期", "first (autumn) term"),
    /** The second, spring term (下学期), from its start to the next rollover. */
    SECOND("下学期", "second (spring) term");

    private final String chineseName;
    private final String englishName;

    Term(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this term, such as {@code 上学期}.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this term, such as {@code first (autumn) term}.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
