package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

/**
 * A regional student number (地区学号): a prefix a {@link RegionalNumberScheme} computes from
 * the student's county, stage and sex, followed by a serial within that prefix. The number is
 * assigned by the registry and assigned again when the student enters junior and senior school;
 * a number is never reused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegionalStudentNumber {

    private final RegionalNumberPrefix prefix;
    private final int serial;

    private RegionalStudentNumber(RegionalNumberPrefix prefix, int serial) {
        this.prefix = prefix;
        this.serial = serial;
    }

    /**
     * Returns the number with a serial within a prefix.
     *
     * @param prefix  the prefix, not null
     * @param serial  the serial, 1 to {@link RegionalNumberPrefix#maxSerial()}
     * @return the number, not null
     * @throws InvalidRegionalNumberException with {@link RegionalNumberProblem#SERIAL} if the
     *     serial is below 1, or {@link RegionalNumberProblem#SERIAL_EXHAUSTED} if it is beyond
     *     the prefix's room
     */
    public static RegionalStudentNumber of(RegionalNumberPrefix prefix, int serial) {
        requireNonNull(prefix, "prefix");
        if (serial < 1) {
            throw new InvalidRegionalNumberException(RegionalNumberProblem.SERIAL);
        }
        if (serial > prefix.maxSerial()) {
            throw new InvalidRegionalNumberException(RegionalNumberProblem.SERIAL_EXHAUSTED);
        }
        return new RegionalStudentNumber(prefix, serial);
    }

    /**
     * Parses a number of the default (Anhui) layout.
     *
     * @param text  the number, not null
     * @return the number, not null
     * @throws InvalidRegionalNumberException if the text is not a valid number
     */
    public static RegionalStudentNumber parse(CharSequence text) {
        return parse(text, AnhuiRegionalNumberScheme.instance());
    }

    /**
     * Parses a number of a scheme's layout.
     *
     * @param text  the number, not null
     * @param scheme  the scheme, not null
     * @return the number, not null
     * @throws InvalidRegionalNumberException if the text is not a valid number
     */
    public static RegionalStudentNumber parse(CharSequence text, RegionalNumberScheme scheme) {
        return scheme.parse(text);
    }

    /**
     * Tells whether a text is a valid number of the default (Anhui) layout.
     *
     * @param text  the text, null is not valid
     * @return true if {@link #parse(CharSequence)} would accept the text
     */
    public static boolean isValid(CharSequence text) {
        return AnhuiRegionalNumberScheme.instance().check(text).isEmpty();
    }

    /**
     * Returns the prefix of this number.
     *
     * @return the prefix, not null
     */
    public RegionalNumberPrefix prefix() {
        return prefix;
    }

    /**
     * Returns the serial of this number within its prefix.
     *
     * @return the serial, 1 or more
     */
    public int serial() {
        return serial;
    }

    /**
     * Returns the digits of this number: the prefix and the zero-padded serial.
     *
     * @return the number, not null
     */
    public String value() {
        String digits = Integer.toString(serial);
        return prefix.value() + "0".repeat(prefix.serialDigits() - digits.length()) + digits;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RegionalStudentNumber
                && ((RegionalStudentNumber) obj).prefix.equals(prefix)
                && ((RegionalStudentNumber) obj).serial == serial;
    }

    @Override
    public int hashCode() {
        return prefix.hashCode() * 31 + serial;
    }

    /**
     * Returns the digits of this number, as {@link #value()} does; the number names no person.
     *
     * @return the number, not null
     */
    @Override
    public String toString() {
        return value();
    }
}
