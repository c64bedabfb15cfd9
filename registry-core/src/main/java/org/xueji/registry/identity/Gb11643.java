package org.xueji.registry.identity;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The arithmetic of GB 11643 shared by the number types of this package: folding of input
 * characters, the MOD 11-2 check character and the test of an eight-digit date.
 *
 * <p>Everything here works on primitives so that the validity checks allocate nothing.
 */
final class Gb11643 {

    /** The value {@link #fold} gives a check character X. */
    static final int X = 10;
    /** The value {@link #fold} gives white space, which input may carry anywhere. */
    static final int WHITE_SPACE = -2;
    /** The value {@link #fold} gives any other character. */
    static final int INVALID = -1;
    /** The earliest birth year accepted; the standard's own example was born in 1880. */
    static final int MIN_YEAR = 1800;

    /**
     * The system clock in the JVM's default time zone, read once when this class is loaded, for
     * the methods of this package that take no clock. Building it on every call would allocate on
     * the hot path of a spreadsheet import; callers that need another zone pass their own clock.
     */
    static final Clock SYSTEM_CLOCK = Clock.systemDefaultZone();

    /** The weight of each of the seventeen body digits, first digit first. */
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int[] CHECK_VALUES = {1, 0, X, 9, 8, 7, 6, 5, 4, 3, 2};
    /**
     * The days of each month (index 1 to 12) outside February, looked up rather than switched
     * on: a switch over random months mispredicts its jump on most dates.
     */
    private static final int[] DAYS_IN_MONTH = {0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private static volatile Today today = new Today(ZoneOffset.UTC, 0, 0, 0);

    /** The day {@link #SYSTEM_CLOCK} told last, as eight digits yyyyMMdd; 0 before it is read. */
    private static volatile int systemDayLastRead;

    private Gb11643() {
    }

    /**
     * Folds one input character: ASCII and full-width digits to 0 to 9, an upper- or lower-case,
     * half- or full-width X to {@link #X}, white space (including no-break and ideographic
     * spaces) to {@link #WHITE_SPACE} and anything else to {@link #INVALID}.
     */
    static int fold(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '\uFF10' && c <= '\uFF19') {
            return c - '\uFF10';
        }
        if (c == 'X' || c == 'x' || c == '\uFF38' || c == '\uFF58') {
            return X;
        }
        if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
            return WHITE_SPACE;
        }
        return INVALID;
    }

    /** Returns the check value (0 to 9, or {@link #X}) of a body of seventeen digits. */
    static int checkValue(long body) {
        long rest = body;
        int sum = 0;
        for (int i = 16; i >= 0; i--) {
            sum += (int) (rest % 10) * WEIGHTS[i];
            rest /= 10;
        }
        return CHECK_VALUES[sum % 11];
    }

    /** Returns the check value (0 to 9, or {@link #X}) of a weighted digit sum. */
    static int checkValueOfSum(int weightedSum) {
        return CHECK_VALUES[weightedSum % 11];
    }

    /** Returns the character of a check value. */
    static char checkCharacter(int checkValue) {
        return checkValue == X ? 'X' : (char) ('0' + checkValue);
    }

    /** Tells whether eight digits yyyyMMdd name a day of year {@link #MIN_YEAR} or later. */
    static boolean isDate(int yyyymmdd) {
        int year = yyyymmdd / 10000;
        int month = yyyymmdd / 100 % 100;
        int day = yyyymmdd % 100;
        if (year < MIN_YEAR || month < 1 || month > 12 || day < 1) {
            return false;
        }
        return day <= lengthOfMonth(year, month);
    }

    /**
     * Tells whether a date of eight digits yyyyMMdd lies after today's date on a clock.
     *
     * <p>On {@link #SYSTEM_CLOCK} the clock is read only for a date on or after the day it told
     * last: an earlier date cannot lie after today unless the system clock was set back by a day
     * or more since, a case this method does not notice. Reading the clock cost as much as the
     * rest of a validity check on the machine of the identity benchmark, and nearly every birth
     * date lies before that day. Any other clock is read on every call.
     */
    static boolean isAfterToday(int yyyymmdd, Clock clock) {
        if (clock == SYSTEM_CLOCK) {
            if (yyyymmdd < systemDayLastRead) {
                return false;
            }
            int day = today(clock);
            systemDayLastRead = day;
            return yyyymmdd > day;
        }
        return yyyymmdd > today(clock);
    }

    /**
     * Returns today's date on the clock as eight digits yyyyMMdd. The day last asked for is kept
     * with the instants it starts and ends at, so that a validity check reads only the clock's
     * millisecond and zone, and works the date out again only when the day or zone changes.
     */
    static int today(Clock clock) {
        long now = clock.millis();
        ZoneId zone = clock.getZone();
        Today last = today;
        if (now >= last.from && now < last.until && zone.equals(last.zone)) {
            return last.digits;
        }
        LocalDate date = LocalDate.ofInstant(Instant.ofEpochMilli(now), zone);
        Today current = new Today(zone, startOf(date, zone), startOf(date.plusDays(1), zone),
                toDigits(date));
        today = current;
        return current.digits;
    }

    private static long startOf(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant().toEpochMilli();
    }

    /** Returns a date as eight digits yyyyMMdd. */
    static int toDigits(LocalDate date) {
        return date.getYear() * 10000 + date.getMonthValue() * 100 + date.getDayOfMonth();
    }

    /** Returns the date of eight digits yyyyMMdd that {@link #isDate} accepted. */
    static LocalDate toDate(int yyyymmdd) {
        return LocalDate.of(yyyymmdd / 10000, yyyymmdd / 100 % 100, yyyymmdd % 100);
    }

    /** Writes a number as a fixed count of digits into a buffer, ending before {@code end}. */
    static void writeDigits(long number, int count, char[] buffer, int end) {
        long rest = number;
        for (int i = end - 1; i >= end - count; i--) {
            buffer[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
    }

    /** Returns a copy of a value with the eight characters from {@code start} masked. */
    static String maskEight(String value, int start) {
        char[] chars = value.toCharArray();
        for (int i = start; i < start + 8; i++) {
            chars[i] = '*';
        }
        return new String(chars);
    }

    /** A day in a zone: its date as eight digits, and the instants it starts and ends at. */
    private record Today(ZoneId zone, long from, long until, int digits) {
    }

    private static int lengthOfMonth(int year, int month) {
        if (month != 2) {
            return DAYS_IN_MONTH[month];
        }
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return leap ? 29 : 28;
    }
}
