package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.internal.Texts;

/**
 * The editable facts of a registry authority that Article 8 lists beside its unit code and
 * division: name, address, region category, economic attribute, ethnic attribute and phone.
 *
 * <p>The region category (所在地区类别) and ethnic attribute (所在地民族属性) are kept as the
 * province writes them; neither the Anhui rules nor the national form fixes their codes here, so
 * they are checked only for length.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuthorityProfile {

    private final String name;
    private final String address;
    private final String regionCategory;
    private final EconomicAttribute economicAttribute;
    private final String ethnicAttribute;
    private final String phone;

    private AuthorityProfile(Builder builder) {
        this.name = Texts.required(builder.name, "单位名称", "name", 60);
        this.address = Texts.required(builder.address, "单位地址", "address", 100);
        this.regionCategory = Texts.required(
                builder.regionCategory, "所在地区类别", "region category", 20);
        this.economicAttribute = requireNonNull(builder.economicAttribute, "economicAttribute");
        this.ethnicAttribute = Texts.required(
                builder.ethnicAttribute, "所在地民族属性", "ethnic attribute", 20);
        this.phone = Texts.phone(builder.phone);
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
        return new Builder().name(name).address(address).regionCategory(regionCategory)
                .economicAttribute(economicAttribute).ethnicAttribute(ethnicAttribute)
                .phone(phone);
    }

    /**
     * Returns the authority's name, such as 合肥市包河区教育体育局.
     *
     * @return the name, not null
     */
    public String name() {
        return name;
    }

    /**
     * Returns the authority's postal address.
     *
     * @return the address, not null
     */
    public String address() {
        return address;
    }

    /**
     * Returns the region category of the authority's place, as the province writes it.
     *
     * @return the region category, not null
     */
    public String regionCategory() {
        return regionCategory;
    }

    /**
     * Returns the economic attribute of the authority's place.
     *
     * @return the attribute, not null
     */
    public EconomicAttribute economicAttribute() {
        return economicAttribute;
    }

    /**
     * Returns the ethnic attribute of the authority's place, as the province writes it.
     *
     * @return the attribute, not null
     */
    public String ethnicAttribute() {
        return ethnicAttribute;
    }

    /**
     * Returns the authority's telephone number.
     *
     * @return the phone, not null
     */
    public String phone() {
        return phone;
    }

    Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("address", address);
        fields.put("regionCategory", regionCategory);
        fields.put("economicAttribute", economicAttribute.code());
        fields.put("ethnicAttribute", ethnicAttribute);
        fields.put("phone", phone);
        return fields;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof AuthorityProfile
                && fields().equals(((AuthorityProfile) obj).fields());
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, address, regionCategory, economicAttribute, ethnicAttribute,
                phone);
    }

    /**
     * Returns the fields as {@code AuthorityProfile{name=…, …}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "AuthorityProfile" + fields();
    }

    /**
     * Collects the fields of an {@link AuthorityProfile}. Not thread-safe.
     */
    public static final class Builder {
        private String name;
        private String address;
        private String regionCategory;
        private EconomicAttribute economicAttribute;
        private String ethnicAttribute;
        private String phone;

        private Builder() {
        }

        /**
         * Sets the name.
         *
         * @param name  the authority's name, not blank
         * @return this builder, not null
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Sets the address.
         *
         * @param address  the postal address, not blank
         * @return this builder, not null
         */
        public Builder address(String address) {
            this.address = address;
            return this;
        }

        /**
         * Sets the region category.
         *
         * @param regionCategory  the region category, not blank
         * @return this builder, not null
         */
        public Builder regionCategory(String regionCategory) {
            this.regionCategory = regionCategory;
            return this;
        }

        /**
         * Sets the economic attribute.
         *
         * @param economicAttribute  the attribute, not null
         * @return this builder, not null
         */
        public Builder economicAttribute(EconomicAttribute economicAttribute) {
            this.economicAttribute = economicAttribute;
            return this;
        }

        /**
         * Sets the ethnic attribute.
         *
         * @param ethnicAttribute  the attribute, not blank
         * @return this builder, not null
         */
        public Builder ethnicAttribute(String ethnicAttribute) {
            this.ethnicAttribute = ethnicAttribute;
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
         * Builds the profile.
         *
         * @return the profile, not null
         * @throws NullPointerException if a field was not set
         * @throws RegistryException with {@link org.xueji.registry.ErrorCode#INVALID_VALUE} if a
         *     field is blank, too long or, for the phone, not a telephone number
         */
        public AuthorityProfile build() {
            return new AuthorityProfile(this);
        }
    }
}
