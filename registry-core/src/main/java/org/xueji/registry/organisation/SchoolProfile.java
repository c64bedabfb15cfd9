package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.internal.Texts;

/**
 * The editable facts of a school that Article 9 lists beside its identifier and authority: name,
 * school code (学校编码), phone, ownership (办别), urban-rural type (驻地城乡类型), category
 * (学校类别) and school system (学制).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolProfile {

    private final String name;
    private final UnitCode schoolCode;
    private final String phone;
    private final SchoolOwnership ownership;
    private final UrbanRuralType urbanRuralType;
    private final SchoolCategory category;
    private final SchoolSystem schoolSystem;
    private final String districtCode;

    private SchoolProfile(Builder builder) {
        this.name = Texts.required(builder.name, "学校名称", "name", 60);
        this.schoolCode = requireNonNull(builder.schoolCode, "schoolCode");
        this.phone = Texts.phone(builder.phone);
        this.ownership = requireNonNull(builder.ownership, "ownership");
        this.urbanRuralType = requireNonNull(builder.urbanRuralType, "urbanRuralType");
        this.category = requireNonNull(builder.category, "category");
        this.schoolSystem = requireNonNull(builder.schoolSystem, "schoolSystem");
        this.districtCode = checkDistrictCode(builder.districtCode);
    }

    /**
     * Starts a profile.
     *
     * @return a builder with no field set, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this profile's fields, to change some of them.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        return new Builder().name(name).schoolCode(schoolCode).phone(phone).ownership(ownership)
                .urbanRuralType(urbanRuralType).category(category).schoolSystem(schoolSystem)
                .districtCode(districtCode);
    }

    /**
     * Returns the school's name.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the school code the province gave the school (学校编码).
     *
     * @return the code, not null
     */
    public UnitCode schoolCode() {
        return schoolCode;
    }

    /**
     * Returns the school's telephone number.
     *
     * @return the phone, not null
     */
    public String phone() {
        return phone;
    }

    /**
     * Returns who runs the school.
     *
     * @return the ownership, not null
     */
    public SchoolOwnership ownership() {
        return ownership;
    }

    /**
     * Returns the urban-rural type of the school's site.
     *
     * @return the type, not null
     */
    public UrbanRuralType urbanRuralType() {
        return urbanRuralType;
    }

    /**
     * Returns the school's category, which decides its stages and its identifier's type digits.
     *
     * @return the category, not null
     */
    public SchoolCategory category() {
        return category;
    }

    /**
     * Returns the school system (六三制 or 五四制).
     *
     * @return the system, not null
     */
    public SchoolSystem schoolSystem() {
        return schoolSystem;
    }

    /**
     * Returns the three-digit code of the school district (学区代码) whose central school the
     * school belongs to, which regional student numbers carry; {@code 000} where no district
     * applies.
     *
     * @return the three digits, not null
     */
    public String districtCode() {
        return districtCode;
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("schoolCode", schoolCode.value());
        fields.put("phone", phone);
        fields.put("ownership", ownership.code());
        fields.put("urbanRuralType", urbanRuralType.code());
        fields.put("category", category.code());
        fields.put("schoolSystem", schoolSystem.code());
        fields.put("districtCode", districtCode);
        return fields;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SchoolProfile && fields().equals(((SchoolProfile) obj).fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, schoolCode, phone, ownership, urbanRuralType, category,
                schoolSystem, districtCode);
    }

    /**
     * Returns the fields as {@code SchoolProfile{name=…, …}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "SchoolProfile" + fields();
    }

    /**
     * Collects the fields of a {@link SchoolProfile}. Not thread-safe.
     */
    public static final class Builder {
        private String name;
        private UnitCode schoolCode;
        private String phone;
        private SchoolOwnership ownership;
        private UrbanRuralType urbanRuralType;
        private SchoolCategory category;
        private SchoolSystem schoolSystem;
        private String districtCode = "000";

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name  the school's name, not blank
         * @return this builder, not null
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the school code.
         *
         * @param schoolCode  the code, not null
         * @return this builder, not null
         */
        public Builder schoolCode(UnitCode schoolCode) {
            this.schoolCode = schoolCode;
            return this;
        }

        /**
         * Sets the telephone number.
         *
         * @param phone  the number, not blank
         * @return this builder, not null
         */
        public Builder phone(String phone) {
            this.phone = phone;
            return this;
        }

        /**
         * Sets who runs the school.
         *
         * @param ownership  the ownership, not null
         * @return this builder, not null
         */
        public Builder ownership(SchoolOwnership ownership) {
            this.ownership = ownership;
            return this;
        }

        /**
         * Sets the urban-rural type of the site.
         *
         * @param urbanRuralType  the type, not null
         * @return this builder, not null
         */
        public Builder urbanRuralType(UrbanRuralType urbanRuralType) {
            this.urbanRuralType = urbanRuralType;
            return this;
        }

        /**
         * Sets the category.
         *
         * @param category  the category, not null
         * @return this builder, not null
         */
        public Builder category(SchoolCategory category) {
            this.category = category;
            return this;
        }

        /**
         * Sets the school system.
         *
         * @param schoolSystem  the system, not null
         * @return this builder, not null
         */
        public Builder schoolSystem(SchoolSystem schoolSystem) {
            this.schoolSystem = schoolSystem;
            return this;
        }

        /**
         * Sets the school district's code; {@code 000} unless set.
         *
         * @param districtCode  three digits, not null
         * @return this builder, not null
         */
        public Builder districtCode(String districtCode) {
            this.districtCode = districtCode;
            return this;
        }

        /**
         * Builds the profile.
         *
         * @return the profile, not null
         * @throws NullPointerException if a field was not set
         * @throws RegistryException with {@link org.xueji.registry.ErrorCode#INVALID_VALUE} if
         *     the name is blank or too long, the phone is not a telephone number, or the district
         *     code is not three digits
         */
        public SchoolProfile build() {
            return new SchoolProfile(this);
        }
    }

    private static String checkDistrictCode(String code) {
        requireNonNull(code, "districtCode");
        String stripped = code.strip();
        if (stripped.length() != 3 || !stripped.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    "学区代码“" + stripped + "”须为3位数字",
                    "District code '" + stripped + "' must be three digits");
        }
        return stripped;
    }
}
