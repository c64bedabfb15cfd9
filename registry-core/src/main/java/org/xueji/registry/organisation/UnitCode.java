package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * A unit code: the code by which the province names a registry authority (单位代码) or a school
 * (学校编码), from 1 to 20 letters and digits.
 *
 * <p>Letters are folded to upper case. The code's layout belongs to the province that issues it,
 * so this type checks only its characters and length.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnitCode implements Comparable<UnitCode> {

    private static final int MAX_LENGTH = 20;

    private final String value;

    private UnitCode(String value) {
        this.value = value;
    }

    /**
     * Parses a unit code.
     *
     * @param text  the code, surrounding white space ignored, not null
     * @return the code, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the text is empty, longer
     *     than 20 characters or holds anything but ASCII letters and digits
     */
    public static UnitCode parse(CharSequence text) {
        requireNonNull(text, "text");
        String code = text.toString().strip().toUpperCase(Locale.ROOT);
        boolean shaped = !code.isEmpty() && code.length() <= MAX_LENGTH
                && code.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z'));
        if (!shaped) {
            throw new RegistryException(
                    ErrorCode.INVALID_VALUE,
                    "单位代码“" + code + "”须为1至20位字母或数字",
                    "Unit code '" + code + "' must be 1 to 20 letters or digits");
        }
        return new UnitCode(code);
    }

    /**
     * Returns the code as text.
     *
     * @return the code, not null
     */
    public String value() {
        return value;
    }

    @Override
    public int compareTo(UnitCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UnitCode && ((UnitCode) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the code as text.
     *
     * @return the code, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
