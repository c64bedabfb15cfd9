package org.xueji.registry.access;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.SchoolIdentifier;

/**
 * A place in the registry's hierarchy (管理范围): a province, city or county by its division code,
 * a school, or a branch school (分校) of a district central school (学区中心校).
 *
 * <p>Scopes nest: province ⊃ city ⊃ county ⊃ school ⊃ branch school. The same type names both
 * what an actor may act on and where a record lies, so that {@link #contains(Scope)} decides
 * access. A division scope contains every division within it and every school whose authority
 * lies within it. A school scope contains the school and, for a central school, its branch
 * schools; a branch school's scope contains only that branch, not the central school or its
 * other branches.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scope {

    private final DivisionCode division;
    private final SchoolIdentifier school;
    private final SchoolIdentifier centralSchool;

    private Scope(DivisionCode division, SchoolIdentifier school, SchoolIdentifier centralSchool) {
        this.division = division;
        this.school = school;
        this.centralSchool = centralSchool;
    }

    /**
     * Obtains the scope of a province, city or county.
     *
     * @param division  the division; its level is the scope's level, not null
     * @return the scope, not null
     */
    public static Scope of(DivisionCode division) {
        return new Scope(requireNonNull(division, "division"), null, null);
    }

    /**
     * Obtains the scope of a school that is not a branch school.
     *
     * @param school  the school, not null
     * @param division  the division of the school's authority, not null
     * @return the scope, not null
     */
    public static Scope ofSchool(SchoolIdentifier school, DivisionCode division) {
        return new Scope(requireNonNull(division, "division"), requireNonNull(school, "school"),
                null);
    }

    /**
     * Obtains the scope of a branch school.
     *
     * @param branch  the branch school, not null
     * @param centralSchool  the district central school that manages it, not null
     * @param division  the division of the schools' authority, not null
     * @return the scope, not null
     * @throws IllegalArgumentException if the branch and the central school are the same
     */
    public static Scope ofBranchSchool(
            SchoolIdentifier branch, SchoolIdentifier centralSchool, DivisionCode division) {
        requireNonNull(branch, "branch");
        requireNonNull(centralSchool, "centralSchool");
        if (branch.equals(centralSchool)) {
            throw new IllegalArgumentException("A school cannot be its own branch: " + branch);
        }
        return new Scope(requireNonNull(division, "division"), branch, centralSchool);
    }

    /**
     * Returns the level of this scope.
     *
     * @return the level, not null
     */
    public Level level() {
        if (school != null) {
            return centralSchool == null ? Level.SCHOOL : Level.BRANCH_SCHOOL;
        }
        switch (division.level()) {
            case PROVINCE:
                return Level.PROVINCE;
            case CITY:
                return Level.CITY;
            default:
                return Level.COUNTY;
        }
    }

    /**
     * Returns the division of this scope: the division itself, or a school's authority's.
     *
     * @return the division, not null
     */
    public DivisionCode division() {
        return division;
    }

    /**
     * Returns the school of a school or branch-school scope.
     *
     * @return the school, or empty for a division scope
     */
    public Optional<SchoolIdentifier> school() {
        return Optional.ofNullable(school);
    }

    /**
     * Returns the central school of a branch-school scope.
     *
     * @return the central school, or empty unless this is a branch school's scope
     */
    public Optional<SchoolIdentifier> centralSchool() {
        return Optional.ofNullable(centralSchool);
    }

    /**
     * Tells whether a place lies inside this scope, or is this scope.
     *
     * @param other  the place of a record or another scope, not null
     * @return true if an actor with this scope may act on what lies at {@code other}
     */
    public boolean contains(Scope other) {
        requireNonNull(other, "other");
        if (school == null) {
            return other.division.isWithin(division);
        }
        if (other.school == null) {
            return false;
        }
        return other.school.equals(school)
                || (centralSchool == null && school.equals(other.centralSchool));
    }

    /**
     * Tells whether this scope is the registry authority (学籍主管单位) of a place: an
     * authority's scope whose division is exactly the place's. A branch school's place has its
     * central school's division, so the same authority. An authority above it (a city or the
     * province) is not the registry authority and does not decide for it; reviews, problem
     * resolutions and the visibility of deleted records all follow this one rule.
     *
     * @param place  the place of a school or a student, not null
     * @return true if this scope is the place's registry authority
     */
    public boolean isRegistryAuthorityOf(Scope place) {
        requireNonNull(place, "place");
        return level().isAuthority() && division.equals(place.division);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Scope)) {
            return false;
        }
        Scope other = (Scope) obj;
        return division.equals(other.division) && Objects.equals(school, other.school)
                && Objects.equals(centralSchool, other.centralSchool);
    }

    @Override
    public int hashCode() {
        return Objects.hash(division, school, centralSchool);
    }

    /**
     * Returns a description such as {@code county 340104} or {@code branch school 2134000002 of
     * 2134000001 (340104)}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        switch (level()) {
            case SCHOOL:
                return "school " + school + " (" + division + ")";
            case BRANCH_SCHOOL:
                return "branch school " + school + " of " + centralSchool + " (" + division + ")";
            default:
                return level().name().toLowerCase(Locale.ROOT) + " " + division;
        }
    }

    /**
     * The levels of the registry's hierarchy, from the widest.
     */
    public enum Level {
        /** A province (省级). */
        PROVINCE("省级"),
        /** A city (市级). */
        CITY("市级"),
        /** A county or city district (县级). */
        COUNTY("县级"),
        /** A school (学校). */
        SCHOOL("学校"),
        /** A branch school (分校) managed by a district central school. */
        BRANCH_SCHOOL("分校");

        private final String chineseName;

        Level(String chineseName) {
            this.chineseName = chineseName;
        }

        /**
         * Returns the Chinese name of this level.
         *
         * @return the name, not null
         */
        public String chineseName() {
            return chineseName;
        }

        /**
         * Tells whether this level is a province, city or county, that is an authority's level.
         *
         * @return true for the levels of education bureaus
         */
        public boolean isAuthority() {
            return this == PROVINCE || this == CITY || this == COUNTY;
        }
    }
}
