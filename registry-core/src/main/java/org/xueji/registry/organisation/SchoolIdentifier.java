package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.identity.DivisionCode;

/**
 * A school identifier (学校标识码): ten digits made of a two-digit school-type code, the two-digit
 * code of the school's province (34 for Anhui) and a six-digit serial.
 *
 * <p>Type codes are 21 for primary schools, 31 for junior schools, 34 for senior and complete
 * secondary schools and 51 for special education. Parsing checks the shape and that the province
 * digits name a province-level division; it does not check the type digits against the school's
 * category, which the registry does when the school is created, nor that the serial was issued.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchoolIdentifier implements Comparable<SchoolIdentifier> {

    private static final int LENGTH = 10;

    private final String value;

    private SchoolIdentifier(String value) {
        this.value = value;
    }

    /**
     * Parses a ten-digit school identifier.
     *
     * @param text  the identifier, surrounding white space ignored, not null
     * @return the identifier, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_SCHOOL_IDENTIFIER} if the text is
     *     not ten digits or its third and fourth digits do not name a province-level division
     */
    public static SchoolIdentifier parse(CharSequence text) {
        requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        if (trimmed.length() != LENGTH || !trimmed.chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw invalid(trimmed, "须为10位数字", "must be ten digits");
        }
        if (!DivisionCode.isProvinceLevel(Integer.parseInt(trimmed.substring(2, 4)))) {
            throw invalid(trimmed, "第3、4位不是省级行政区代码",
                    "does not carry a province code in digits 3 and 4");
        }
        return new SchoolIdentifier(trimmed);
    }

    /**
     * Returns the ten digits of this identifier.
     *
     * @return the identifier, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns the two-digit school-type code this identifier starts with, such as {@code 21}.
     *
     * @return the type code, not null
     */
    public String typeCode() {
        return value.substring(0, 2);
    }

    /**
     * Returns the two-digit province code this identifier carries, such as {@code 34}.
     *
     * @return the province code, not null
     */
    public String provinceCode() {
        return value.substring(2, 4);
    }

    /**
     * Tells whether this identifier's province digits name the province a division lies in.
     *
     * @param division  a division code of any level, not null
     * @return true if the province digits agree
     */
    public boolean isInProvinceOf(DivisionCode division) {
        return division.value().startsWith(provinceCode());
    }

    @Override
    public int compareTo(SchoolIdentifier other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SchoolIdentifier && ((SchoolIdentifier) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the ten digits of this identifier.
     *
     * @return the identifier, not null
     */
    @Override
    public String toString() {
        return value;
    }

    private static RegistryException invalid(String text, String chinese, String english) {
        return new RegistryException(
                ErrorCode.INVALID_SCHOOL_IDENTIFIER,
                "学校标识码“" + text + "”" + chinese,
                "School identifier '" + text + "' " + english);
    }
}
