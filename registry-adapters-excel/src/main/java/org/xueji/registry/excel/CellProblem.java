package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.xueji.registry.ErrorCode;

/**
 * What is wrong with the value of one cell: a stable code and a message a clerk understands, in
 * Chinese and in English. The message never repeats a full identity number; where it quotes a
 * value, it cuts it to {@value #MAX_QUOTED_LENGTH} characters.
 *
 * <p>The cell's position is not part of the problem: whoever reports it knows the sheet, row and
 * column it read.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CellProblem {

    /** The longest part of a cell's value that a message quotes. */
    public static final int MAX_QUOTED_LENGTH = 20;

    private final ErrorCode code;
    private final String chineseMessage;
    private final String englishMessage;

    private CellProblem(ErrorCode code, String chineseMessage, String englishMessage) {
        this.code = requireNonNull(code, "code");
        this.chineseMessage = requireNonNull(chineseMessage, "chineseMessage");
        this.englishMessage = requireNonNull(englishMessage, "englishMessage");
    }

    /**
     * Creates a problem.
     *
     * @param code  the stable code of the rule broken, not null
     * @param chineseMessage  the message for a Chinese reader, not null
     * @param englishMessage  the same message in English, not null
     * @return the problem, not null
     */
    public static CellProblem of(ErrorCode code, String chineseMessage, String englishMessage) {
        return new CellProblem(code, chineseMessage, englishMessage);
    }

    /**
     * Returns a value as a message may quote it: cut to {@value #MAX_QUOTED_LENGTH} characters.
     *
     * @param value  the value, not null
     * @return the quotable part, not null
     */
    public static String quote(String value) {
        return value.length() <= MAX_QUOTED_LENGTH ? value
                : value.substring(0, MAX_QUOTED_LENGTH) + "…";
    }

    /**
     * Returns the stable code of the rule the value breaks.
     *
     * @return the code, not null
     */
    public ErrorCode code() {
        return code;
    }

    /**
     * Returns the message in Chinese.
     *
     * @return the message, not null
     */
    public String chineseMessage() {
        return chineseMessage;
    }

    /**
     * Returns the message in English.
     *
     * @return the message, not null
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
        return "en".equals(locale.getLanguage()) ? englishMessage : chineseMessage;
    }

    @Override
    public String toString() {
        return code + ": " + englishMessage;
    }
}
