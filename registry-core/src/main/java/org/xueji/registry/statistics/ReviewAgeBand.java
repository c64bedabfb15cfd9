package org.xueji.registry.statistics;

/**
 * How long a submitted student has waited for the authority's decision, in working days since
 * the school last submitted the student.
 */
public enum ReviewAgeBand {
    /** Up to 5 working days (5个工作日以内). */
    UP_TO_5("5个工作日以内", "up to 5 working days"),
    /** 6 to 10 working days (6-10个工作日). */
    FROM_6_TO_10("6-10个工作日", "6 to 10 working days"),
    /** 11 to 20 working days (11-20个工作日). */
    FROM_11_TO_20("11-20个工作日", "11 to 20 working days"),
    /** More than 20 working days (20个工作日以上). */
    OVER_20("20个工作日以上", "over 20 working days"),
    /** No submission is recorded in the audit trail, so the age is not known (提交时间不详). */
    UNKNOWN("提交时间不详", "submission time unknown");

    private final String chineseName;
    private final String englishName;

    ReviewAgeBand(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the band of an age.
     *
     * @param workingDays  the age in working days, not negative
     * @return the band, not null
     */
    public static ReviewAgeBand of(int workingDays) {
        if (workingDays <= 5) {
            return UP_TO_5;
        }
        if (workingDays <= 10) {
            return FROM_6_TO_10;
        }
        return workingDays <= 20 ? FROM_11_TO_20 : OVER_20;
    }

    /**
     * Returns the Chinese name of this band.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this band.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
