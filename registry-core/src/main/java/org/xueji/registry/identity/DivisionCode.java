package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * An administrative division code (行政区划代码) of GB/T 2260: six digits naming a province,
 * a city (prefecture) or a county (district).
 *
 * <p>The first two digits name the province-level division, the next two the city within it and
 * the last two the county within the city; trailing {@code 00} pairs name the higher level. This
 * type checks the shape and that the province digits name a province-level division (including 71
 * for Taiwan and 81, 82 for Hong Kong and Macau, and 83, which residence permits of Taiwan
 * residents use); it does not check that the full code exists, which only a
 * {@link DivisionDirectory} can tell, because the codes of abolished counties remain in use on
 * identity numbers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    private final int value;

    private DivisionCode(int value) {
        this.value = value;
    }

    /**
     * Parses a six-digit division code.
     *
     * @param text  the code, surrounding white space ignored, not null
     * @return the code, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_DIVISION_CODE} if the text is not six
     *     digits whose first two name a province-level division
     */
    public static DivisionCode parse(CharSequence text) {
        requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        if (trimmed.length() != 6) {
            throw invalid(trimmed, "须为6位数字", "must be six digits");
        }
        int value = 0;
        for (int i = 0; i < 6; i++) {
            char c = trimmed.charAt(i);
            if (c < '0' || c > '9') {
                throw invalid(trimmed, "只能包含数字", "may contain digits only");
            }
            value = value * 10 + (c - '0');
        }
        if (!isProvinceLevel(value / 10000)) {
            throw invalid(trimmed, "前两位不是省级行政区代码", "does not start with a province code");
        }
        return new DivisionCode(value);
    }

    /**
     * Tells whether two digits name a province-level division of GB/T 2260, counting 71 (Taiwan),
     * 81 (Hong Kong), 82 (Macau) and 83 (used by residence permits of Taiwan residents).
     *
     * @param provinceDigits  a number from 0 to 99
     * @return true if the digits name a province-level division
     */
    public static boolean isProvinceLevel(int provinceDigits) {
        switch (provinceDigits / 10) {
            case 1:
                return provinceDigits >= 11 && provinceDigits <= 15;
            case 2:
                return provinceDigits >= 21 && provinceDigits <= 23;
            case 3:
                return provinceDigits >= 31 && provinceDigits <= 37;
            case 4:
                return provinceDigits >= 41 && provinceDigits <= 46;
            case 5:
                return provinceDigits >= 50 && provinceDigits <= 54;
            case 6:
                return provinceDigits >= 61 && provinceDigits <= 65;
            case 7:
                return provinceDigits == 71;
            case 8:
                return provinceDigits >= 81 && provinceDigits <= 83;
            default:
                return false;
        }
    }

    /**
     * Returns the six digits of this code.
     *
     * @return the code as six digits, not null
     */
    public String value() {
        // Every code starts with province digits from 11 to 83 (parse checks them, and province
        // and city keep them), so the value lies between 110000 and 839999 and never needs
        // zero padding.
        return Integer.toString(value);
    }

    /**
     * Returns the level this code names, judged from its trailing zero pairs.
     *
     * @return the level, not null
     */
    public Level level() {
        if (value % 10000 == 0) {
            return Level.PROVINCE;
        }
        return value % 100 == 0 ? Level.CITY : Level.COUNTY;
    }

    /**
     * Returns the code of the province-level division this code lies in.
     *
     * @return the province's code, not null
     */
    public DivisionCode province() {
        return new DivisionCode(value / 10000 * 10000);
    }

    /**
     * Returns the code of the city-level division this code lies in; a province's code returns
     * itself.
     *
     * @return the city's code, not null
     */
    public DivisionCode city() {
        return level() == Level.PROVINCE ? this : new DivisionCode(value / 100 * 100);
    }

    /**
     * Tells whether this division lies within another one, or is that one.
     *
     * @param other  the division that may contain this one, not null
     * @return true if {@code other} is this division or a higher level containing it
     */
    public boolean isWithin(DivisionCode other) {
        switch (other.level()) {
            case PROVINCE:
                return value / 10000 == other.value / 10000;
            case CITY:
                return value / 100 == other.value / 100;
            default:
                return value == other.value;
        }
    }

    @Override
    public int compareTo(DivisionCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DivisionCode && ((DivisionCode) obj).value == value;
    }

    @Override
    public int hashCode() {
        return value;
    }

    /**
     * Returns the six digits of this code.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return value();
    }

    private static RegistryException invalid(String text, String chinese, String english) {
        return new RegistryException(
                ErrorCode.INVALID_DIVISION_CODE,
                "行政区划代码“" + text + "”" + chinese,
                "Division code '" + text + "' " + english);
    }

    /**
     * The level of an administrative division.
     */
    public enum Level {
        /** A province, autonomous region, municipality or special administrative region. */
        PROVINCE,
        /** A prefecture-level city, prefecture or league. */
        CITY,
        /** A county, county-level city or city district. */
        COUNTY
    }
}
