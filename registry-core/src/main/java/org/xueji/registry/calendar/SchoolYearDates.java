package org.xueji.registry.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.time.Month;
import java.util.Objects;
import java.util.Optional;

/**
 * The policy dates of one school year in one province: when its terms start, when enrollment
 * and graduation windows close, and on which day the rollover into the next year may run.
 *
 * <p>All dates are inclusive days. They must follow each other in this order, which
 * {@link Builder#build()} checks:
 *
 * <pre>
 *   firstTermStart ≤ enrollmentClose &lt; lateSubmissionClose (if any) &lt; secondTermStart
 *   ≤ graduationOpens ≤ graduationDeadline &lt; rolloverDay
 * </pre>
 *
 * <p>The first term starts in the school year's start year and the rollover day falls in its end
 * year. The rollover day is the one that ends this school year, so it is also the first day of the
 * next one. Consistency between two consecutive years (that one year's rollover day comes before
 * the next year's first term) is not checked.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolYearDates {

    private final AcademicYear year;
    private final LocalDate firstTermStart;
    private final LocalDate enrollmentClose;
    private final LocalDate lateSubmissionClose;
    private final LocalDate secondTermStart;
    private final LocalDate graduationOpens;
    private final LocalDate graduationDeadline;
    private final LocalDate rolloverDay;

    private SchoolYearDates(Builder builder) {
        this.year = builder.year;
        this.firstTermStart = builder.firstTermStart;
        this.enrollmentClose = builder.enrollmentClose;
        this.lateSubmissionClose = builder.lateSubmissionClose;
        this.secondTermStart = builder.secondTermStart;
        this.graduationOpens = builder.graduationOpens;
        this.graduationDeadline = builder.graduationDeadline;
        this.rolloverDay = builder.rolloverDay;
    }

    /**
     * Obtains the standard dates of a school year, as the national and Anhui rules set them.
     *
     * <p>The first term starts on 1 September; collection and review of new students close on
     * 30 September, with no late window; the second term starts on 15 February (the real day
     * follows the Spring Festival, so a province overrides it per year); the school year ends and
     * graduation opens on 1 July; graduation closes on 31 July; the rollover day is 1 August.
     *
     * @param year  the school year, not null
     * @return the standard dates, not null
     */
    public static SchoolYearDates standard(AcademicYear year) {
        return builder(year).build();
    }

    /**
     * Creates a builder for a school year's dates, filled with the {@linkplain #standard standard}
     * dates.
     *
     * @param year  the school year, not null
     * @return a new builder, not null
     */
    public static Builder builder(AcademicYear year) {
        return new Builder(requireNonNull(year, "year"));
    }

    /**
     * Creates a builder filled with these dates, to change some of them.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder(year);
        builder.firstTermStart = firstTermStart;
        builder.enrollmentClose = enrollmentClose;
        builder.lateSubmissionClose = lateSubmissionClose;
        builder.secondTermStart = secondTermStart;
        builder.graduationOpens = graduationOpens;
        builder.graduationDeadline = graduationDeadline;
        builder.rolloverDay = rolloverDay;
        return builder;
    }

    /**
     * Returns these dates moved to another school year, keeping each month and day.
     *
     * <p>A 29 February becomes 28 February in a year that has none.
     *
     * @param other  the school year to move to, not null
     * @return the dates of the other year, not null
     * @throws IllegalArgumentException if the moved dates no longer follow each other, which can
     *     only happen when two of them are 28 and 29 February
     */
    public SchoolYearDates shiftedTo(AcademicYear other) {
        int years = year.yearsUntil(other);
        if (years == 0) {
            return this;
        }
        Builder builder = new Builder(other);
        builder.firstTermStart = firstTermStart.plusYears(years);
        builder.enrollmentClose = enrollmentClose.plusYears(years);
        builder.lateSubmissionClose =
                lateSubmissionClose == null ? null : lateSubmissionClose.plusYears(years);
        builder.secondTermStart = secondTermStart.plusYears(years);
        builder.graduationOpens = graduationOpens.plusYears(years);
        builder.graduationDeadline = graduationDeadline.plusYears(years);
        builder.rolloverDay = rolloverDay.plusYears(years);
        return builder.build();
    }

    /**
     * Returns the school year these dates belong to.
     *
     * @return the school year, not null
     */
    public AcademicYear year() {
        return year;
    }

    /**
     * Returns the day the first, autumn term starts (秋季开学), when collection of new students
     * opens.
     *
     * @return the day, not null
     */
    public LocalDate firstTermStart() {
        return firstTermStart;
    }

    /**
     * Returns the last day on which new students may be collected, submitted and approved
     * (30 September by default).
     *
     * @return the day, not null
     */
    public LocalDate enrollmentClose() {
        return enrollmentClose;
    }

    /**
     * Returns the last day of a late window in which new students already collected may still be
     * submitted and approved, if the province allows one. Collection itself never reopens.
     *
     * @return the day, or empty if there is no late window
     */
    public Optional<LocalDate> lateSubmissionClose() {
        return Optional.ofNullable(lateSubmissionClose);
    }

    /**
     * Returns the day the second, spring term starts (春季开学).
     *
     * @return the day, not null
     */
    public LocalDate secondTermStart() {
        return secondTermStart;
    }

    /**
     * Returns the day after the school year's end, when graduation records open (学年结束后).
     *
     * @return the day, not null
     */
    public LocalDate graduationOpens() {
        return graduationOpens;
    }

    /**
     * Returns the last day on which graduation may be recorded (31 July by default).
     *
     * @return the day, not null
     */
    public LocalDate graduationDeadline() {
        return graduationDeadline;
    }

    /**
     * Returns the first day on which the rollover into the next school year may run (1 August by
     * default).
     *
     * @return the day, not null
     */
    public LocalDate rolloverDay() {
        return rolloverDay;
    }

    /**
     * Returns the days of this school year on which an activity is open, ends included.
     *
     * <p>Collecting new students runs from the first term's start to the enrollment close;
     * submitting and reviewing them run to the late submission close if there is one; transfers
     * run from the first term's start to the day before graduation opens; graduation records run
     * from graduation's opening to its deadline; the rollover opens on the rollover day and has no
     * end. These windows say nothing about the rollover's state: a window of this year is of use
     * only while the calendar is in this year, which {@link AcademicCalendar} checks.
     *
     * @param activity  the activity, not null
     * @return the closed range of days, or for the rollover the range from its day on; not null
     */
    public Range<LocalDate> window(Activity activity) {
        return switch (activity) {
            case COLLECT_NEW_STUDENTS -> Range.closed(firstTermStart, enrollmentClose);
            case SUBMIT_FOR_REVIEW, APPROVE_NEW_STUDENTS ->
                    Range.closed(firstTermStart, lastReviewDay());
            case TRANSFER -> Range.closed(firstTermStart, graduationOpens.minusDays(1));
            case RECORD_GRADUATION -> Range.closed(graduationOpens, graduationDeadline);
            case ROLLOVER -> Range.atLeast(rolloverDay);
        };
    }

    private LocalDate lastReviewDay() {
        return lateSubmissionClose == null ? enrollmentClose : lateSubmissionClose;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof SchoolYearDates)) {
            return false;
        }
        SchoolYearDates other = (SchoolYearDates) obj;
        return year.equals(other.year)
                && firstTermStart.equals(other.firstTermStart)
                && enrollmentClose.equals(other.enrollmentClose)
                && Objects.equals(lateSubmissionClose, other.lateSubmissionClose)
                && secondTermStart.equals(other.secondTermStart)
                && graduationOpens.equals(other.graduationOpens)
                && graduationDeadline.equals(other.graduationDeadline)
                && rolloverDay.equals(other.rolloverDay);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, firstTermStart, enrollmentClose, lateSubmissionClose,
                secondTermStart, graduationOpens, graduationDeadline, rolloverDay);
    }

    /**
     * Returns the school year and its dates, for debugging.
     *
     * @return a description, not null
     */
    @Override
    public String toString() {
        return "SchoolYearDates[" + year
                + ", first term " + firstTermStart
                + ", enrollment close " + enrollmentClose
                + (lateSubmissionClose == null ? "" : ", late submission " + lateSubmissionClose)
                + ", second term " + secondTermStart
                + ", graduation " + graduationOpens + " to " + graduationDeadline
                + ", rollover " + rolloverDay + "]";
    }

    /**
     * Builds the dates of one school year, starting from the standard dates.
     *
     * <p>This class is mutable and not thread-safe.
     */
    public static final class Builder {

        private final AcademicYear year;
        private LocalDate firstTermStart;
        private LocalDate enrollmentClose;
        private LocalDate lateSubmissionClose;
        private LocalDate secondTermStart;
        private LocalDate graduationOpens;
        private LocalDate graduationDeadline;
        private LocalDate rolloverDay;

        private Builder(AcademicYear year) {
            this.year = year;
            int start = year.startYear();
            int end = year.endYear();
            this.firstTermStart = LocalDate.of(start, Month.SEPTEMBER, 1);
            this.enrollmentClose = LocalDate.of(start, Month.SEPTEMBER, 30);
            this.secondTermStart = LocalDate.of(end, Month.FEBRUARY, 15);
            this.graduationOpens = LocalDate.of(end, Month.JULY, 1);
            this.graduationDeadline = LocalDate.of(end, Month.JULY, 31);
            this.rolloverDay = LocalDate.of(end, Month.AUGUST, 1);
        }

        /**
         * Sets the day the first, autumn term starts.
         *
         * @param date  the day, not null
         * @return this builder, not null
         */
        public Builder firstTermStart(LocalDate date) {
            this.firstTermStart = requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the last day on which new students may be collected, submitted and approved.
         *
         * @param date  the day, not null
         * @return this builder, not null
         */
        public Builder enrollmentClose(LocalDate date) {
            this.enrollmentClose = requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the last day of a late window for submitting and approving new students.
         *
         * @param date  the day, not null
         * @return this builder, not null
         */
        public Builder lateSubmissionClose(LocalDate date) {
            this.lateSubmissionClose = requireNonNull(date, "date");
            return this;
        }

        /**
         * Removes the late submission window.
         *
         * @return this builder, not null
         */
        public Builder noLateSubmission() {
            this.lateSubmissionClose = null;
            return this;
        }

        /**
         * Sets the day the second, spring term starts.
         *
         * @param date  the day, not null
         * @return this builder, not null
         */
        public Builder secondTermStart(LocalDate date) {
            this.secondTermStart = requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the day graduation records open, after the school year ends.
         *
         * @param date  the day, not null
         * @return this builder, not null
         */
        public Builder graduationOpens(LocalDate date) {
            this.graduationOpens = requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the last day on which graduation may be recorded.
         *
         * @param date  the day, not null
         * @return this builder, not null
         */
        public Builder graduationDeadline(LocalDate date) {
            this.graduationDeadline = requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the first day on which the rollover into the next school year may run.
         *
         * @param date  the day, not null
         * @return this builder, not null
         */
        public Builder rolloverDay(LocalDate date) {
            this.rolloverDay = requireNonNull(date, "date");
            return this;
        }

        /**
         * Checks the order of the dates and builds them.
         *
         * @return the dates, not null
         * @throws IllegalArgumentException if the dates do not follow the order given in
         *     {@link SchoolYearDates}, the first term does not start in the school year's start
         *     year, or the rollover day is not in its end year
         */
        public SchoolYearDates build() {
            checkArgument(firstTermStart.getYear() == year.startYear(),
                    "The first term of %s must start in %s: %s",
                    year, year.startYear(), firstTermStart);
            checkArgument(rolloverDay.getYear() == year.endYear(),
                    "The rollover out of %s must fall in %s: %s",
                    year, year.endYear(), rolloverDay);
            checkOrder(firstTermStart, "first term start", enrollmentClose, "enrollment close",
                    true);
            if (lateSubmissionClose != null) {
                checkOrder(enrollmentClose, "enrollment close",
                        lateSubmissionClose, "late submission close", false);
                checkOrder(lateSubmissionClose, "late submission close",
                        secondTermStart, "second term start", false);
            }
            checkOrder(enrollmentClose, "enrollment close", secondTermStart, "second term start",
                    false);
            checkOrder(secondTermStart, "second term start", graduationOpens, "graduation opening",
                    true);
            checkOrder(graduationOpens, "graduation opening",
                    graduationDeadline, "graduation deadline", true);
            checkOrder(graduationDeadline, "graduation deadline", rolloverDay, "rollover day",
                    false);
            return new SchoolYearDates(this);
        }

        private void checkOrder(
                LocalDate earlier, String earlierName, LocalDate later, String laterName,
                boolean mayBeEqual) {
            boolean ordered = mayBeEqual ? !later.isBefore(earlier) : later.isAfter(earlier);
            checkArgument(ordered, "In %s the %s (%s) must come %s the %s (%s)",
                    year, laterName, later, mayBeEqual ? "on or after" : "after",
                    earlierName, earlier);
        }
    }
}
