package org.xueji.registry.excel.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * Tells date formats from other number formats, and turns Excel's serial numbers into dates.
 *
 * <p>A number format is a date format when its id is one of the built-in date and time formats
 * (14 to 22, 45 to 47) or one of the formats that Chinese-language Excel and WPS assign ids to
 * (27 to 36, 50 to 58: 2020年3月15日 and the like), or when its first section has a y, m, d, h
 * or s outside quoted text, brackets and escaped characters. Time-only formats ({@code h:mm})
 * are dates too: their value has a date part of 0.
 */
public final class DateFormats {

    /** The greatest serial number Excel shows as a date: 9999-12-31. */
    private static final double MAX_SERIAL = 2_958_465.999_999;
    private static final LocalDate EPOCH_1900 = LocalDate.of(1899, 12, 31);
    private static final LocalDate EPOCH_1904 = LocalDate.of(1904, 1, 1);
    private static final long MILLIS_PER_DAY = 86_400_000L;

    private DateFormats() {
    }

    /**
     * Tells whether a built-in format id is a date or time format.
     *
     * @param id  the number format id
     * @return true for a date or time format
     */
    public static boolean isBuiltInDate(int id) {
        return id >= 14 && id <= 22 || id >= 45 && id <= 47 || id >= 27 && id <= 36
                || id >= 50 && id <= 58;
    }

    /**
     * Tells whether a custom format code formats dates or times.
     *
     * @param code  the format code, not null
     * @return true if y, m, d, h or s appears outside quotes, brackets and escapes
     */
    public static boolean isDateCode(String code) {
        boolean quoted = false;
        boolean bracketed = false;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (bracketed) {
                bracketed = c != ']';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracketed = true;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';') {
                return false;
            } else if ("yYmMdDhHsS".indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Turns a serial number into a date and time, or null where it is out of Excel's date range.
     *
     * @param serial  the number of days since the epoch, the fraction being the time of day
     * @param date1904  true for the 1904 date system (early Mac Excel), false for 1900
     * @return the date and time to the millisecond, or null for a negative or too great number
     */
    public static LocalDateTime fromSerial(double serial, boolean date1904) {
        if (!(serial >= 0) || serial > MAX_SERIAL) {
            return null;
        }
        long days = (long) Math.floor(serial);
        long millis = Math.round((serial - days) * MILLIS_PER_DAY);
        if (millis == MILLIS_PER_DAY) {
            days++;
            millis = 0;
        }
        LocalDate date;
        if (date1904) {
            date = EPOCH_1904.plusDays(days);
        } else if (days < 60) {
            date = EPOCH_1900.plusDays(Math.max(days, 0));
        } else {
            date = EPOCH_1900.plusDays(days - 1);
        }
        return date.atStartOfDay().plusNanos(millis * 1_000_000);
    }

    /**
     * Turns a date and time into a serial number of the 1900 date system.
     *
     * @param dateTime  the date and time, from 1900-03-01 on, not null
     * @return the serial number
     */
    public static double toSerial(LocalDateTime dateTime) {
        long days = dateTime.toLocalDate().toEpochDay() - EPOCH_1900.toEpochDay() + 1;
        double fraction = dateTime.toLocalTime().toNanoOfDay() / 86_400_000_000_000.0;
        return days + fraction;
    }
}
