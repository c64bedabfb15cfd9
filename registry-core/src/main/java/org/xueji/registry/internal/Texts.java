package org.xueji.registry.internal;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Checks the free-text fields of records. Not API.
 */
public final class Texts {

    private static final int MAX_PHONE_LENGTH = 20;

    private Texts() {
    }

    /**
     * Strips a required one-line text field and checks that it is not blank, not too long and
     * {@linkplain #isClean(String, boolean) clean} on one line.
     *
     * @param value  the value, not null
     * @param chineseField  the field's Chinese name, for the message, not null
     * @param englishField  the field's English name, for the message, not null
     * @param maxLength  the longest allowed length after stripping
     * @return the stripped value, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the value is blank, too
     *     long or not clean
     * @throws NullPointerException if the value is null
     */
    public static String required(
            String value, String chineseField, String englishField, int maxLength) {
        return required(value, chineseField, englishField, maxLength, false);
    }

    /**
     * Strips a required text field that may span lines (a reason, a note) and checks that it is
     * not blank, not too long and {@linkplain #isClean(String, boolean) clean}.
     *
     * @param value  the value, not null
     * @param chineseField  the field's Chinese name, for the message, not null
     * @param englishField  the field's English name, for the message, not null
     * @param maxLength  the longest allowed length after stripping
     * @return the stripped value, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the value is blank, too
     *     long or not clean
     * @throws NullPointerException if the value is null
     */
    public static String requiredLines(
            String value, String chineseField, String englishField, int maxLength) {
        return required(value, chineseField, englishField, maxLength, true);
    }

    /**
     * Strips an optional one-line text field, which may be empty, and checks that it is not too
     * long and {@linkplain #isClean(String, boolean) clean} on one line.
     *
     * @param value  the value, not null, empty if absent
     * @param chineseField  the field's Chinese name, for the message, not null
     * @param englishField  the field's English name, for the message, not null
     * @param maxLength  the longest allowed length after stripping
     * @return the stripped value, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the value is too long
     *     or not clean
     * @throws NullPointerException if the value is null
     */
    public static String optional(
            String value, String chineseField, String englishField, int maxLength) {
        requireNonNull(value, englishField);
        return limited(value.strip(), chineseField, englishField, maxLength, false);
    }

    /**
     * Strips an optional text field that may span lines, which may be empty, and checks that it
     * is not too long and {@linkplain #isClean(String, boolean) clean}.
     *
     * @param value  the value, not null, empty if absent
     * @param chineseField  the field's Chinese name, for the message, not null
     * @param englishField  the field's English name, for the message, not null
     * @param maxLength  the longest allowed length after stripping
     * @return the stripped value, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the value is too long
     *     or not clean
     * @throws NullPointerException if the value is null
     */
    public static String optionalLines(
            String value, String chineseField, String englishField, int maxLength) {
        requireNonNull(value, englishField);
        return limited(value.strip(), chineseField, englishField, maxLength, true);
    }

    /**
     * Checks that a text holds only characters a record can keep and show as typed: no control
     * character (a line break and a tab only where the text may span lines), no invisible format
     * character such as a zero-width space or a direction override on one line, and no half of
     * a surrogate pair, which no database encoding can store. Does not check the length.
     *
     * @param value  the text, not null
     * @param multiline  whether line breaks and tabs are allowed
     * @return true if the text is clean
     */
    public static boolean isClean(String value, boolean multiline) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || !allowed(c, multiline)) {
                return false;
            }
        }
        return true;
    }

    private static boolean allowed(char c, boolean multiline) {
        if (c >= ' ' && c < '\u007F' || c >= '\u4E00' && c <= '\u9FFF') {
            // Printable ASCII and the unified CJK ideographs, most of what forms hold, are
            // neither control nor format characters: no need to look their type up.
            return true;
        }
        if (Character.isISOControl(c)) {
            return multiline && (c == '\n' || c == '\r' || c == '\t');
        }
        return multiline || Character.getType(c) != Character.FORMAT;
    }

    /**
     * Strips a telephone number and checks that it holds digits, at least five of them, and at
     * most the separators {@code + - ( )} and spaces, in 20 characters or fewer.
     *
     * @param value  the number, not null
     * @return the stripped number, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if it is not such a number
     * @throws NullPointerException if the value is null
     */
    public static String phone(String value) {
        String stripped = required(value, "联系电话", "phone", MAX_PHONE_LENGTH);
        long digits = stripped.chars().filter(c -> c >= '0' && c <= '9').count();
        boolean shaped = stripped.chars()
                .allMatch(c -> (c >= '0' && c <= '9') || "+-() ".indexOf(c) >= 0);
        if (!shaped || digits < 5) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    "联系电话“" + stripped + "”格式错误", "Phone '" + stripped + "' is malformed");
        }
        return stripped;
    }

    private static String required(String value, String chineseField, String englishField,
            int maxLength, boolean multiline) {
        requireNonNull(value, englishField);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    chineseField + "不能为空", englishField + " must not be blank");
        }
        return limited(stripped, chineseField, englishField, maxLength, multiline);
    }

    private static String limited(String value, String chineseField, String englishField,
            int maxLength, boolean multiline) {
        if (value.length() > maxLength) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    chineseField + "不能超过" + maxLength + "个字符",
                    englishField + " must not exceed " + maxLength + " characters");
        }
        if (!isClean(value, multiline)) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    chineseField + "含有控制字符或无法显示的字符",
                    englishField + " holds control or invisible characters");
        }
        return value;
    }
}
