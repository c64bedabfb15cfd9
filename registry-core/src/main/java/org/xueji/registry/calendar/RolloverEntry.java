package org.xueji.registry.calendar;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.access.Scope;
import org.xueji.registry.student.StudentId;

/**
 * One student whom the rollover into a school year did not simply move up a grade, with the
 * reason: the report's list for follow-up.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param target  the school year the rollover moved into, not null
 * @param student  the student, not null
 * @param place  the place of the student's school, for routing the follow-up, not null
 * @param gradeBefore  the student's grade number in the old school year, from the cohort
 * @param reason  why the student is listed, not null
 */
public record RolloverEntry(AcademicYear target, StudentId student, Scope place,
        int gradeBefore, Reason reason) {

    /** Why a student is listed, and whether the student kept the grade. */
    public enum Reason {
        /**
         * In the final grade of the stage and not graduated (毕业年级未毕业): keeps the grade,
         * flagged for the school to follow up.
         */
        NOT_GRADUATED("毕业年级未办理毕业，保留原年级", "final grade not graduated; keeps the grade",
                true),
        /** Suspended (休学): keeps the grade until resuming. */
        SUSPENDED("休学，保留原年级", "suspended; keeps the grade", true),
        /**
         * Collected or submitted and never approved (未完成新生注册): goes up with the class,
         * nothing written, listed so that the school and authority finish the registration.
         */
        NOT_REGISTERED("新生学籍未审核通过，随班升级", "never approved; moves up with the class",
                false);

        private final String chineseName;
        private final String englishName;
        private final boolean keepsGrade;

        Reason(String chineseName, String englishName, boolean keepsGrade) {
            this.chineseName = chineseName;
            this.englishName = englishName;
            this.keepsGrade = keepsGrade;
        }

        /**
         * Returns the reason in Chinese.
         *
         * @return the text, not null
         */
        public String chineseName() {
            return chineseName;
        }

        /**
         * Returns the reason in English.
         *
         * @return the text, not null
         */
        public String englishName() {
            return englishName;
        }

        /**
         * Tells whether a student listed for this reason keeps the grade instead of moving up.
         *
         * @return true if the student is not promoted
         */
        public boolean keepsGrade() {
            return keepsGrade;
        }
    }

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if an argument is null
     */
    public RolloverEntry {
        requireNonNull(target, "target");
        requireNonNull(student, "student");
        requireNonNull(place, "place");
        requireNonNull(reason, "reason");
    }
}
