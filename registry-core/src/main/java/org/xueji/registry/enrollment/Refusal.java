package org.xueji.registry.enrollment;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Why a rule refused a new student's form or a review step: the rule, the stable code, the field
 * concerned and a message in Chinese and English. Messages never hold a full identity number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param rule  the rule that refused, not null
 * @param code  the stable code, not null
 * @param field  the field concerned, {@link FormField#FORM} for none in particular, not null
 * @param chineseMessage  the message for a Chinese reader, not null
 * @param englishMessage  the same message in English, not null
 */
public record Refusal(EnrollmentRule rule, ErrorCode code, FormField field,
        String chineseMessage, String englishMessage) {

    /**
     * Creates a refusal.
     *
     * @throws NullPointerException if an argument is null
     */
    public Refusal {
        requireNonNull(rule, "rule");
        requireNonNull(code, "code");
        requireNonNull(field, "field");
        requireNonNull(chineseMessage, "chineseMessage");
        requireNonNull(englishMessage, "englishMessage");
    }

    /**
     * Obtains the refusal that reports an exception's failure under a rule.
     *
     * @param rule  the rule, not null
     * @param field  the field concerned, not null
     * @param failure  the failure, not null
     * @return the refusal with the failure's code and messages, not null
     */
    public static Refusal of(EnrollmentRule rule, FormField field, RegistryException failure) {
        return new Refusal(rule, failure.code(), field, failure.chineseMessage(),
                failure.englishMessage());
    }

    /**
     * Returns the message in the language of a locale: English for English locales, Chinese for
     * every other.
     *
     * @param locale  the reader's locale, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishMessage : chineseMessage;
    }

    /**
     * Returns this refusal as an exception, for a use case that handles one student.
     *
     * @return the exception, with this refusal's code and messages, not null
     */
    public RegistryException toException() {
        return new RegistryException(code, chineseMessage, englishMessage);
    }
}
