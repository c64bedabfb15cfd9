package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;

/**
 * A class (班级) of a school. It stores its cohort, not its grade: the grade follows from the
 * current school year, so classes move up by themselves at each rollover.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolClass {

    private final ClassId id;
    private final ClassProfile profile;
    private final long version;

    private SchoolClass(ClassId id, ClassProfile profile, long version) {
        this.id = id;
        this.profile = profile;
        this.version = version;
    }

    /**
     * Obtains a class; stores use this to rebuild a stored record.
     *
     * @param id  the class's identity, not null
     * @param profile  the editable facts, not null
     * @param version  the optimistic version, zero for a record not yet stored
     * @return the class, not null
     * @throws IllegalArgumentException if the version is negative
     */
    public static SchoolClass of(ClassId id, ClassProfile profile, long version) {
        requireNonNull(id, "id");
        requireNonNull(profile, "profile");
        Preconditions.checkArgument(version >= 0, "negative version %s", version);
        return new SchoolClass(id, profile, version);
    }

    /**
     * Returns the class's identity.
     *
     * @return the id, not null
     */
    public ClassId id() {
        return id;
    }

    /**
     * Returns the school the class belongs to.
     *
     * @return the school's identifier, not null
     */
    public SchoolIdentifier school() {
        return id.school();
    }

    /**
     * Returns the grade the class is in during a school year.
     *
     * @param schoolYear  the school year, not null
     * @return the grade, not null
     * @throws IllegalArgumentException if the class's cohort is not in school that year
     */
    public Grade gradeIn(AcademicYear schoolYear) {
        return Grade.of(id.cohort(), schoolYear);
    }

    /**
     * Returns the editable facts.
     *
     * @return the profile, not null
     */
    public ClassProfile profile() {
        return profile;
    }

    /**
     * Returns the optimistic version: zero when first stored, one more after each update.
     *
     * @return the version, not negative
     */
    public long version() {
        return version;
    }

    /**
     * Returns a copy with another profile, keeping the version.
     *
     * @param newProfile  the profile, not null
     * @return the changed class, not null
     */
    public SchoolClass withProfile(ClassProfile newProfile) {
        return new SchoolClass(id, requireNonNull(newProfile, "newProfile"), version);
    }

    /**
     * Returns a copy with another version; stores use this when they store an update.
     *
     * @param newVersion  the version, not negative
     * @return the class with that version, not null
     * @throws IllegalArgumentException if the version is negative
     */
    public SchoolClass withVersion(long newVersion) {
        return of(id, profile, newVersion);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("id", id.toString());
        fields.putAll(profile.fields());
        return fields;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof SchoolClass)) {
            return false;
        }
        SchoolClass other = (SchoolClass) obj;
        return id.equals(other.id) && profile.equals(other.profile) && version == other.version;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /**
     * Returns a description such as {@code SchoolClass{3421000001-2025-01 一（1）班, v0}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "SchoolClass{" + id + " " + profile.name() + ", v" + version + "}";
    }
}
