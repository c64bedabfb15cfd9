package org.xueji.registry;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * The root of every exception the registry throws on purpose.
 *
 * <p>Each carries a stable {@link ErrorCode} and a message in Chinese, with an English message
 * beside it. Messages state which record, field and rule are concerned but never repeat a full
 * identity number, so they are safe to log and to show.
 */
public class RegistryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final String englishMessage;

    /**
     * Creates an exception with a code and its message in both languages.
     *
     * @param code  the stable code, not null
     * @param chineseMessage  the message for a Chinese reader, not null
     * @param englishMessage  the same message in English, not null
     */
    public RegistryException(ErrorCode code, String chineseMessage, String englishMessage) {
        super(requireNonNull(chineseMessage, "chineseMessage"));
        this.code = requireNonNull(code, "code");
        this.englishMessage = requireNonNull(englishMessage, "englishMessage");
    }

    /**
     * Creates an exception with a code, its message in both languages and the cause.
     *
     * @param code  the stable code, not null
     * @param chineseMessage  the message for a Chinese reader, not null
     * @param englishMessage  the same message in English, not null
     * @param cause  the underlying failure, may be null
     */
    public RegistryException(
            ErrorCode code, String chineseMessage, String englishMessage, Throwable cause) {
        super(requireNonNull(chineseMessage, "chineseMessage"), cause);
        this.code = requireNonNull(code, "code");
        this.englishMessage = requireNonNull(englishMessage, "englishMessage");
    }

    /**
     * Creates an exception for bad input that carries no stack trace. Value types whose parsing
     * runs once per spreadsheet row use it: the message names the input's problem, so the trace
     * would only repeat where the parse was called, at a cost larger than the check itself.
     *
     * @param code  the stable code, not null
     * @param chineseMessage  the message for a Chinese reader, not null
     * @param englishMessage  the same message in English, not null
     * @param writableStackTrace  false to leave the stack trace empty
     */
    protected RegistryException(ErrorCode code, String chineseMessage, String englishMessage,
            boolean writableStackTrace) {
        super(requireNonNull(chineseMessage, "chineseMessage"), null, true, writableStackTrace);
        this.code = requireNonNull(code, "code");
        this.englishMessage = requireNonNull(englishMessage, "englishMessage");
    }

    /**
     * Returns the stable code of this failure.
     *
     * @return the code, not null
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * Returns the message in Chinese; this is also {@link #getMessage()}.
     *
     * @return the Chinese message, not null
     */
    public String chineseMessage() {
        return super.getMessage();
    }

    /**
     * Returns the message in English.
     *
     * @return the English message, not null
     */
    public String englishMessage() {
        return englishMessage;
    }

    /**
     * Returns the message in the language of the locale: English for English locales, Chinese
     * for every other.
     *
     * @param locale  the reader's locale, not null
     * @return the message, not null
     */
    public String message(Locale locale) {
        return "en".equals(locale.getLanguage()) ? englishMessage() : chineseMessage();
    }
}
