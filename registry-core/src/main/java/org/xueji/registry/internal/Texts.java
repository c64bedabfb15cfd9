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
     * Strips a required text field and checks that it is not blank and not too long.
     *
     * @param value  the value, not null
     * @param chineseField  the field's Chinese name, for the message, not null
     * @param englishField  the field's English name, for the message, not null
     * @param maxLength  the longest allowed length after stripping
     * @return the stripped value, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the value is blank or too
     *     long
     * @throws NullPointerException if the value is null
     */
    public static String required(
            String value, String chineseField, String englishField, int maxLength) {
        requireNonNull(value, englishField);
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    chineseField + "不能为空", englishField + " must not be blank");
        }
        return limited(stripped, chineseField, englishField, maxLength);
    }

    /**
     * Strips an optional text field, which may be empty, and checks that it is not too long.
     *
     * @param value  the value, not null, empty if absent
     * @param chineseField  the field's Chinese name, for the message, not null
     * @param englishField  the field's English name, for the message, not null
     * @param maxLength  the longest allowed length after stripping
     * @return the stripped value, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the value is too long
     * @throws NullPointerException if the value is null
     */
    public static String optional(
            String value, String chineseField, String englishField, int maxLength) {
        requireNonNull(value, englishField);
        return limited(value.strip(), chineseField, englishField, maxLength);
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

    private static String limited(
            String value, String chineseField, String englishField, int maxLength) {
        if (value.length() > maxLength) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    chineseField + "不能超过" + maxLength + "个字符",
                    englishField + " must not exceed " + maxLength + " characters");
        }
        return value;
    }
}
