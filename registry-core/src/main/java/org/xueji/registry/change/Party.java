package org.xueji.registry.change;

/**
 * A party that applies for or approves a change case, named by its role in the case. The
 * registry resolves each party to a concrete {@link org.xueji.registry.access.Scope} when the
 * case is applied for, from the student's school and, for a transfer, the receiving school.
 *
 * <p>"Authority" is the school's registry authority (学籍主管单位): a county's education bureau,
 * or the city's for a school the city runs. "City authority" is the education bureau of the
 * city the school's authority lies in; when that is the school's authority itself, the two
 * steps are one.
 */
public enum Party {
    /** The student's school (学校). */
    SCHOOL("学校", "school"),
    /** The registry authority of the student's school (县级主管部门). */
    COUNTY_AUTHORITY("主管部门", "authority"),
    /** The city authority above the student's school (市级主管部门). */
    CITY_AUTHORITY("市级主管部门", "city authority"),
    /** The school a transfer goes to (转入学校). */
    RECEIVING_SCHOOL("转入学校", "receiving school"),
    /** The registry authority of the receiving school (转入地主管部门). */
    RECEIVING_AUTHORITY("转入地主管部门", "receiving authority"),
    /** The city authority above the receiving school (转入地市级主管部门). */
    RECEIVING_CITY_AUTHORITY("转入地市级主管部门", "receiving city authority"),
    /** The school a transfer leaves (转出学校). */
    SENDING_SCHOOL("转出学校", "sending school"),
    /** The registry authority of the sending school (转出地主管部门). */
    SENDING_AUTHORITY("转出地主管部门", "sending authority"),
    /** The city authority above the sending school (转出地市级主管部门). */
    SENDING_CITY_AUTHORITY("转出地市级主管部门", "sending city authority");

    private final String chineseName;
    private final String englishName;

    Party(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this party.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this party.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }

    /**
     * Tells whether this party is a school rather than an education bureau.
     *
     * @return true for the school parties
     */
    public boolean isSchool() {
        return this == SCHOOL || this == RECEIVING_SCHOOL || this == SENDING_SCHOOL;
    }
}
