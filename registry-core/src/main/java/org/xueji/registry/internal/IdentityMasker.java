package org.xueji.registry.internal;

import static java.util.Objects.requireNonNull;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks anything in a text that looks like an 18-character identity number: 17 digits and a
 * digit or X, not part of a longer run of digits. Not API.
 *
 * <p>The first six characters (the address code) and the last four stay; the birth date in
 * between becomes {@code ********}. The check is by shape only, so a masked run need not be a
 * valid identity number, and a 15-digit legacy number is not masked.
 */
public final class IdentityMasker {

    private static final Pattern IDENTITY_LIKE =
            Pattern.compile("(?<![0-9])([0-9]{6})[0-9]{8}([0-9]{3}[0-9Xx])(?![0-9A-Za-z])");

    private IdentityMasker() {
    }

    /**
     * Returns the text with every identity-like run masked.
     *
     * @param text  the text, not null
     * @return the masked text, not null; the same text if nothing looks like an identity number
     */
    public static String mask(String text) {
        requireNonNull(text, "text");
        Matcher matcher = IDENTITY_LIKE.matcher(text);
        return matcher.find() ? matcher.replaceAll("$1********$2") : text;
    }
}
