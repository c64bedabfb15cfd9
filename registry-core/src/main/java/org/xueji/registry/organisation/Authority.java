package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.LinkedHashMap;
import java.util.Map;
import org.xueji.registry.access.Scope;
import org.xueji.registry.identity.DivisionCode;

/**
 * A registry authority (学籍主管单位): the city or county education bureau that schools belong
 * to, named by its unit code and placed by its division code (GB/T 2260).
 *
 * <p>The unit code and division never change; the {@link AuthorityProfile} does, each stored
 * change raising the optimistic {@link #version()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Authority {

    private final UnitCode code;
    private final DivisionCode division;
    private final AuthorityProfile profile;
    private final long version;

    private Authority(UnitCode code, DivisionCode division, AuthorityProfile profile,
            long version) {
        this.code = code;
        this.division = division;
        this.profile = profile;
        this.version = version;
    }

    /**
     * Obtains an authority; stores use this to rebuild a stored record.
     *
     * @param code  the unit code, not null
     * @param division  the division of a city or county, not null
     * @param profile  the editable facts, not null
     * @param version  the optimistic version, zero for a record not yet stored
     * @return the authority, not null
     * @throws IllegalArgumentException if the division is a province or the version negative
     */
    public static Authority of(UnitCode code, DivisionCode division, AuthorityProfile profile,
            long version) {
        requireNonNull(code, "code");
        requireNonNull(division, "division");
        requireNonNull(profile, "profile");
        Preconditions.checkArgument(division.level() != DivisionCode.Level.PROVINCE,
                "An authority is a city or county: %s", division);
        Preconditions.checkArgument(version >= 0, "negative version %s", version);
        return new Authority(code, division, profile, version);
    }

    /**
     * Returns the unit code (单位代码), the authority's key.
     *
     * @return the code, not null
     */
    public UnitCode code() {
        return code;
    }

    /**
     * Returns the division the authority governs.
     *
     * @return the division of a city or county, not null
     */
    public DivisionCode division() {
        return division;
    }

    /**
     * Returns the place of this authority in the hierarchy.
     *
     * @return the scope of its division, not null
     */
    public Scope scope() {
        return Scope.of(division);
    }

    /**
     * Returns the editable facts.
     *
     * @return the profile, not null
     */
    public AuthorityProfile profile() {
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
     * @return the changed authority, not null
     */
    public Authority withProfile(AuthorityProfile newProfile) {
        return new Authority(code, division, requireNonNull(newProfile, "newProfile"), version);
    }

    /**
     * Returns a copy with another version; stores use this when they store an update.
     *
     * @param newVersion  the version, not negative
     * @return the authority with that version, not null
     * @throws IllegalArgumentException if the version is negative
     */
    public Authority withVersion(long newVersion) {
        return of(code, division, profile, newVersion);
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("code", code.value());
        fields.put("division", division.value());
        fields.putAll(profile.fields());
        return fields;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof Authority)) {
            return false;
        }
        Authority other = (Authority) obj;
        return code.equals(other.code) && division.equals(other.division)
                && profile.equals(other.profile) && version == other.version;
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + Long.hashCode(version);
    }

    /**
     * Returns a description such as {@code Authority{340104 合肥市包河区教育体育局, v2}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "Authority{" + code + " " + profile.name() + " (" + division + "), v" + version
                + "}";
    }
}
