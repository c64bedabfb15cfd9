package org.xueji.registry.graduation;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Optional;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.StudentId;

/**
 * A senior-high student's graduation case (高中毕业审核): the school submits the kind of
 * graduation, and the competent authority approves it, upon which the student is graduated, or
 * returns it with a reason, upon which the school may submit again. One case per student; a
 * resubmission reuses it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param student  the student, the case's key, not null
 * @param place  the place of the student's school, not null
 * @param year  the school year whose graduation it is, not null
 * @param kind  the graduation asked for, not null
 * @param state  where the case stands, not null
 * @param returnReason  the authority's reason, only in state {@link State#RETURNED}
 * @param changedAt  when the case last changed, not null
 * @param version  the optimistic version, not negative
 */
public record GraduationCase(StudentId student, Scope place, AcademicYear year,
        GraduationKind kind, State state, String returnReason, Instant changedAt,
        long version) {

    /** Where a graduation case stands. */
    public enum State {
        /** Submitted by the school, waiting for the authority (待审核). */
        SUBMITTED("待审核", "submitted"),
        /** Approved: the student is graduated (审核通过). */
        APPROVED("审核通过", "approved"),
        /** Returned to the school with a reason (退回). */
        RETURNED("退回", "returned");

        private final String chineseName;
        private final String englishName;

        State(String chineseName, String englishName) {
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        /**
         * Returns the Chinese name of this state.
         *
         * @return the name, not null
         */
        public String chineseName() {
            return chineseName;
        }

        /**
         * Returns the English name of this state.
         *
         * @return the name, not null
         */
        public String englishName() {
            return englishName;
        }
    }

    /**
     * Creates a case.
     *
     * @throws NullPointerException if a required argument is null
     * @throws IllegalArgumentException if a return reason is given outside state
     *     {@link State#RETURNED}, or missing in it, or the version is negative
     */
    public GraduationCase {
        requireNonNull(student, "student");
        requireNonNull(place, "place");
        requireNonNull(year, "year");
        requireNonNull(kind, "kind");
        requireNonNull(state, "state");
        requireNonNull(changedAt, "changedAt");
        checkArgument((state == State.RETURNED) == (returnReason != null),
                "a return reason goes with the returned state only");
        checkArgument(version >= 0, "negative version %s", version);
    }

    /**
     * Obtains a newly submitted case.
     *
     * @param student  the student, not null
     * @param place  the place of the student's school, not null
     * @param year  the school year, not null
     * @param kind  the graduation asked for, not null
     * @param at  when, not null
     * @return the case, version zero, not null
     */
    public static GraduationCase submitted(StudentId student, Scope place, AcademicYear year,
            GraduationKind kind, Instant at) {
        return new GraduationCase(student, place, year, kind, State.SUBMITTED, null, at, 0);
    }

    /**
     * Returns the authority's reason for returning the case.
     *
     * @return the reason, or empty unless the case is returned
     */
    public Optional<String> returned() {
        return Optional.ofNullable(returnReason);
    }

    /**
     * Returns a copy submitted again for a school year and kind, keeping the version.
     *
     * @param newYear  the school year, not null
     * @param newKind  the graduation asked for, not null
     * @param at  when, not null
     * @return the case, not null
     */
    public GraduationCase resubmitted(AcademicYear newYear, GraduationKind newKind, Instant at) {
        return new GraduationCase(student, place, newYear, newKind, State.SUBMITTED, null, at,
                version);
    }

    /**
     * Returns a copy in a decided state, keeping the version.
     *
     * @param newState  {@link State#APPROVED} or {@link State#RETURNED}, not null
     * @param reason  the reason for a return, null for an approval
     * @param at  when, not null
     * @return the case, not null
     */
    public GraduationCase decided(State newState, String reason, Instant at) {
        return new GraduationCase(student, place, year, kind, newState, reason, at, version);
    }

    /**
     * Returns a copy with another version; stores use this when they store an update.
     *
     * @param newVersion  the version, not negative
     * @return the case, not null
     */
    public GraduationCase withVersion(long newVersion) {
        return new GraduationCase(student, place, year, kind, state, returnReason, changedAt,
                newVersion);
    }
}
