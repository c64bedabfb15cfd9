package org.xueji.registry.statistics;

/**
 * The bands of class size the statistics bureaus count classes in (班额): up to 45, 46 to 55,
 * 56 to 65 (a large class, 大班额) and 66 or more (an oversized class, 超大班额). The bands are
 * the national statistical ones and do not follow a province's caps; which classes are above
 * their stage's cap is listed separately.
 */
public enum ClassSizeBand {
    /** At most 45 students (45人及以下). */
    UP_TO_45("45人及以下", "up to 45", 0, 45),
    /** 46 to 55 students (46-55人). */
    FROM_46_TO_55("46-55人", "46 to 55", 46, 55),
    /** 56 to 65 students, a large class (大班额). */
    LARGE("56-65人（大班额）", "56 to 65, large", 56, 65),
    /** 66 or more students, an oversized class (超大班额). */
    OVERSIZED("66人及以上（超大班额）", "66 and over, oversized", 66, Integer.MAX_VALUE);

    private final String chineseName;
    private final String englishName;
    private final int from;
    private final int to;

    ClassSizeBand(String chineseName, String englishName, int from, int to) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.from = from;
        this.to = to;
    }

    /**
     * Returns the band of a class size.
     *
     * @param size  the number of students, not negative
     * @return the band, not null
     * @throws IllegalArgumentException if the size is negative
     */
    public static ClassSizeBand of(int size) {
        for (ClassSizeBand band : values()) {
            if (size >= band.from && size <= band.to) {
                return band;
            }
        }
        throw new IllegalArgumentException("negative class size " + size);
    }

    /**
     * Returns the Chinese name of this band, as a report heads its column.
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
