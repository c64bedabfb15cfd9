package org.xueji.registry.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * The part of a regional student number before its serial, together with the number of serial
 * digits that follow it. A sequence allocator hands out serials per prefix, from 1 to
 * {@link #maxSerial()}, never twice.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionalNumberPrefix {

    private final String value;
    private final int serialDigits;

    private RegionalNumberPrefix(String value, int serialDigits) {
        this.value = value;
        this.serialDigits = serialDigits;
    }

    /**
     * Returns a prefix of digits followed by a serial of a given width.
     *
     * @param digits  the prefix, one or more ASCII digits, not null
     * @param serialDigits  the width of the serial, 1 to 9
     * @return the prefix, not null
     * @throws IllegalArgumentException if the digits or the width are out of range
     */
    public static RegionalNumberPrefix of(String digits, int serialDigits) {
        requireNonNull(digits, "digits");
        checkArgument(!digits.isEmpty() && digits.chars().allMatch(c -> c >= '0' && c <= '9'),
                "prefix must be digits");
        checkArgument(serialDigits >= 1 && serialDigits <= 9,
                "serial width %s not in 1..9", serialDigits);
        return new RegionalNumberPrefix(digits, serialDigits);
    }

    /**
     * Returns the digits of this prefix; allocators key their sequences on them.
     *
     * @return the digits, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns the width of the serial that follows this prefix.
     *
     * @return the number of serial digits
     */
    public int serialDigits() {
        return serialDigits;
    }

    /**
     * Returns the largest serial this prefix has room for, such as 9999 for four digits.
     *
     * @return the largest serial
     */
    public int maxSerial() {
        int max = 1;
        for (int i = 0; i < serialDigits; i++) {
            max *= 10;
        }
        return max - 1;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RegionalNumberPrefix
                && ((RegionalNumberPrefix) obj).value.equals(value)
                && ((RegionalNumberPrefix) obj).serialDigits == serialDigits;
    }

    @Override
    public int hashCode() {
        return value.hashCode() * 31 + serialDigits;
    }

    /**
     * Returns the digits of this prefix.
     *
     * @return the digits, not null
     */
    @Override
    public String toString() {
        return value;
    }
}
