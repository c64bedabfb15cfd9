package org.xueji.registry.calendar;

/**
 * The phase (阶段) of the school year that the registry is in on a given day.
 *
 * <p>A phase is derived, never stored: {@link AcademicCalendar#phaseAt(java.time.LocalDate)}
 * computes it from the calendar's state (its current school year and whether that year's
 * rollover is running) and the year's {@link SchoolYearDates}. Every day maps to exactly one
 * phase. In order through one school year:
 *
 * <pre>
 *   rollover day ─ BEFORE_TERM ─ first term start ─ ENROLLMENT ─ enrollment close
 *   ─ FIRST_TERM ─ second term start ─ SECOND_TERM ─ graduation opens ─ GRADUATION
 *   ─ next rollover day ─ AWAITING_ROLLOVER ─ (start) ─ ROLLOVER_IN_PROGRESS ─ (complete)
 *   ─ BEFORE_TERM of the next year
 * </pre>
 *
 * <p>A phase says where the year stands; whether a given operation is open is a separate,
 * sharper question answered by {@link AcademicCalendar#check(Activity, java.time.LocalDate)},
 * because some windows end inside a phase (graduation records close on their deadline, which
 * may come before the rollover day) and some cross phases (a late submission window).
 */
public enum CalendarPhase {
    /**
     * The new school year's first term before the autumn term starts (暑期): the rollover has run
     * but collection of new students has not opened. Also any day before the first term's start
     * when the clock is set back behind the calendar's year.
     */
    BEFORE_TERM("暑期（开学前）", "summer, before the term starts", Term.FIRST),
    /**
     * From the autumn term's start to the enrollment close (30 September by default), both
     * included: new students are collected, pre-reviewed and approved (新生采集与审核).
     */
    ENROLLMENT("新生采集与审核", "new-student enrollment", Term.FIRST),
    /** The rest of the first term, from the day after the enrollment close. */
    FIRST_TERM("上学期", "first term", Term.FIRST),
    /** The second term, from its start to the day before graduation opens. */
    SECOND_TERM("下学期", "second term", Term.SECOND),
    /**
     * From the end of the school year (graduation opens) to the day before the rollover day:
     * schools record graduation (毕业), which closes on its deadline (31 July by default).
     */
    GRADUATION("毕业", "graduation", Term.SECOND),
    /** On or after the rollover day (1 August by default), before the rollover has started. */
    AWAITING_ROLLOVER("待学年升级", "awaiting the school-year rollover", Term.SECOND),
    /**
     * The rollover has started and not completed; every other operation waits. The calendar
     * stays in the old school year until the rollover completes.
     */
    ROLLOVER_IN_PROGRESS("学年升级中", "school-year rollover in progress", Term.SECOND);

    private final String chineseName;
    private final String englishName;
    private final Term term;

    CalendarPhase(String chineseName, String englishName, Term term) {
        this.chineseName = chineseName;
        this.englishName = englishName;
        this.term = term;
    }

    /**
     * Returns the term that this phase belongs to.
     *
     * @return the term, not null
     */
    public Term term() {
        return term;
    }

    /**
     * Returns the Chinese name of this phase, such as {@code 新生采集与审核}.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this phase, such as {@code new-student enrollment}.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
