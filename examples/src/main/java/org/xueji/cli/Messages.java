package org.xueji.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The tool's messages in the operator's language: Chinese by default, English with
 * {@code --lang en}. The texts live in the {@code org.xueji.cli.messages} resource bundle, which
 * also holds the usage help of every command.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Messages {

    /** The resource bundle's base name. */
    public static final String BUNDLE = "org.xueji.cli.messages";

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /**
     * Returns the messages of a language.
     *
     * @param language  {@code en} for English; anything else gives Chinese
     * @return the messages, not null
     */
    public static Messages of(String language) {
        Locale locale = "en".equalsIgnoreCase(language) ? Locale.ENGLISH : Locale.ROOT;
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(
                        ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Messages(bundle, locale == Locale.ROOT ? Locale.CHINA : locale);
    }

    /**
     * Returns the bundle, for the usage help.
     *
     * @return the bundle, not null
     */
    public ResourceBundle bundle() {
        return bundle;
    }

    /**
     * Returns the locale the registry's own bilingual messages are picked by.
     *
     * @return {@link Locale#ENGLISH} or {@link Locale#CHINA}, not null
     */
    public Locale locale() {
        return locale;
    }

    /**
     * Returns whether the messages are English.
     *
     * @return true for English
     */
    public boolean english() {
        return locale == Locale.ENGLISH;
    }

    /**
     * Formats a message.
     *
     * @param key  the message's key in the bundle, not null
     * @param arguments  the values for its {@code {0}}, {@code {1}}, … placeholders
     * @return the message, not null
     * @throws java.util.MissingResourceException if the bundle has no such key
     */
    public String get(String key, Object... arguments) {
        String pattern = bundle.getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale)
                .format(arguments);
    }
}
