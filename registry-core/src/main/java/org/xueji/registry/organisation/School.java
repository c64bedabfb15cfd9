package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.access.Scope;
import org.xueji.registry.identity.DivisionCode;

/**
 * A school (学校), or a branch school (分校) managed by a district central school (学区中心校).
 *
 * <p>The identifier, the authority, the authority's division and the central school never
 * change. The {@link SchoolProfile} and the approved scale (核定办学规模, the number of classes a
 * grade may have) do, each stored change raising the optimistic {@link #version()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class School {

    /** The most classes per grade a scale may approve. */
    public static final int MAX_CLASSES_PER_GRADE = ClassId.MAX_NUMBER;

    private final SchoolIdentifier identifier;
    private final UnitCode authority;
    private final DivisionCode division;
    private final SchoolIdentifier centralSchool;
    private final SchoolProfile profile;
    private final int classesPerGrade;
    private final long version;

    private School(SchoolIdentifier identifier, UnitCode authority, DivisionCode division,
            SchoolIdentifier centralSchool, SchoolProfile profile, int classesPerGrade,
            long version) {
        this.identifier = identifier;
        this.authority = authority;
        this.division = division;
        this.centralSchool = centralSchool;
        this.profile = profile;
        this.classesPerGrade = classesPerGrade;
        this.version = version;
    }

    /**
     * Obtains a school; stores use this to rebuild a stored record.
     *
     * @param identifier  the school identifier, not null
     * @param authority  the unit code of the school's registry authority, not null
     * @param division  the division of that authority, not null
     * @param centralSchool  the central school of a branch school, null for any other school
     * @param profile  the editable facts, not null
     * @param classesPerGrade  the approved scale, from 1 to 99
     * @param version  the optimistic version, zero for a record not yet stored
     * @return the school, not null
     * @throws IllegalArgumentException if the scale is out of range, the version negative, or the
     *     central school is the school itself
     */
    public static School of(SchoolIdentifier identifier, UnitCode authority,
            DivisionCode division, SchoolIdentifier centralSchool, SchoolProfile profile,
            int classesPerGrade, long version) {
        requireNonNull(identifier, "identifier");
        requireNonNull(authority, "authority");
        requireNonNull(division, "division");
        requireNonNull(profile, "profile");
        checkScale(classesPerGrade);
        Preconditions.checkArgument(version >= 0, "negative version %s", version);
        Preconditions.checkArgument(!identifier.equals(centralSchool),
                "A school cannot be its own branch: %s", identifier);
        return new School(identifier, authority, division, centralSchool, profile,
                classesPerGrade, version);
    }

    /**
     * Returns the school identifier (学校标识码), the school's key.
     *
     * @return the identifier, not null
     */
    public SchoolIdentifier identifier() {
        return identifier;
    }

    /**
     * Returns the unit code of the school's registry authority (主管单位).
     *
     * @return the authority's code, not null
     */
    public UnitCode authority() {
        return authority;
    }

    /**
     * Returns the division of the school's authority.
     *
     * @return the division, not null
     */
    public DivisionCode division() {
        return division;
    }

    /**
     * Returns the district central school that manages this branch school.
     *
     * @return the central school, or empty if this is not a branch school
     */
    public Optional<SchoolIdentifier> centralSchool() {
        return Optional.ofNullable(centralSchool);
    }

    /**
     * Tells whether this is a branch school.
     *
     * @return true if a central school manages it
     */
    public boolean isBranch() {
        return centralSchool != null;
    }

    /**
     * Returns the place of this school in the hierarchy.
     *
     * @return the school's or branch school's scope, not null
     */
    public Scope scope() {
        return centralSchool == null ? Scope.ofSchool(identifier, division)
                : Scope.ofBranchSchool(identifier, centralSchool, division);
    }

    /**
     * Returns the editable facts.
     *
     * @return the profile, not null
     */
    public SchoolProfile profile() {
        return profile;
    }

    /**
     * Returns the approved scale: how many classes each grade may have.
     *
     * @return the number of classes, from 1 to 99
     */
    public int classesPerGrade() {
        return classesPerGrade;
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
     * @return the changed school, not null
     */
    public School withProfile(SchoolProfile newProfile) {
        return new School(identifier, authority, division, centralSchool,
                requireNonNull(newProfile, "newProfile"), classesPerGrade, version);
    }

    /**
     * Returns a copy with another approved scale, keeping the version.
     *
     * @param newClassesPerGrade  the number of classes each grade may have, from 1 to 99
     * @return the changed school, not null
     * @throws IllegalArgumentException if the scale is out of range
     */
    public School withClassesPerGrade(int newClassesPerGrade) {
        checkScale(newClassesPerGrade);
        return new School(identifier, authority, division, centralSchool, profile,
                newClassesPerGrade, version);
    }

    /**
     * Returns a copy with another version; stores use this when they store an update.
     *
     * @param newVersion  the version, not negative
     * @return the school with that version, not null
     * @throws IllegalArgumentException if the version is negative
     */
    public School withVersion(long newVersion) {
        Preconditions.checkArgument(newVersion >= 0, "negative version %s", newVersion);
        return new School(identifier, authority, division, centralSchool, profile,
                classesPerGrade, newVersion);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("identifier", identifier.value());
        fields.put("authority", authority.value());
        if (centralSchool != null) {
            fields.put("centralSchool", centralSchool.value());
        }
        fields.putAll(profile.fields());
        fields.put("classesPerGrade", Integer.toString(classesPerGrade));
        return fields;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof School)) {
            return false;
        }
        School other = (School) obj;
        return version == other.version && division.equals(other.division)
                && fields().equals(other.fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(identifier, version);
    }

    /**
     * Returns a description such as {@code School{3421000001 合肥市第一小学, v0}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "School{" + identifier + " " + profile.name() + ", v" + version + "}";
    }

    private static void checkScale(int classesPerGrade) {
        Preconditions.checkArgument(
                classesPerGrade >= 1 && classesPerGrade <= MAX_CLASSES_PER_GRADE,
                "Classes per grade must be from 1 to 99: %s", classesPerGrade);
    }
}
