package org.xueji.registry.calendar;

/**
 * An operation whose use case asks the calendar whether it is open on a given day.
 *
 * <p>Each activity has a window in every school year, defined by
 * {@link SchoolYearDates#window(Activity)}. The calendar checks only the date; the rules of the
 * activity itself (who may do it, to which students) belong to its use case.
 */
public enum Activity {
    /** Collecting and entering new students' information (新生信息采集). */
    COLLECT_NEW_STUDENTS("新生信息采集", "Collecting new students"),
    /** A school submitting pre-reviewed new students to its authority (新生提交审核). */
    SUBMIT_FOR_REVIEW("新生提交审核", "Submitting new students for review"),
    /** An authority approving or returning submitted new students (新生学籍审核). */
    APPROVE_NEW_STUDENTS("新生学籍审核", "Reviewing new students"),
    /**
     * Transferring a student between schools (转学). The calendar allows it during either term;
     * that a transfer happens at a term's start, and not for a graduating class, is for the
     * change rules to decide.
     */
    TRANSFER("转学", "Transferring students"),
    /** Recording graduation (毕业登记) of graduating classes after the school year ends. */
    RECORD_GRADUATION("毕业登记", "Recording graduation"),
    /** Running the province-wide school-year rollover (学年升级). */
    ROLLOVER("学年升级", "The school-year rollover");

    private final String chineseName;
    private final String englishName;

    Activity(String chineseName, String englishName) {
        this.chineseName = chineseName;
        this.englishName = englishName;
    }

    /**
     * Returns the Chinese name of this activity, such as {@code 新生信息采集}.
     *
     * @return the name, not null
     */
    public String chineseName() {
        return chineseName;
    }

    /**
     * Returns the English name of this activity, capitalized to begin a sentence.
     *
     * @return the name, not null
     */
    public String englishName() {
        return englishName;
    }
}
