package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.util.Locale;
import org.xueji.registry.ErrorCode;

/**
 * One problem an import found in a row: where it is, as the spreadsheet shows it, the rule that
 * was broken and a message a clerk understands. Messages never hold a full identity number.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param sheet  the sheet's name, not null
 * @param row  the row number as the spreadsheet shows it, from 1
 * @param columnIndex  the 0-based column, or -1 where the problem concerns the whole row
 * @param column  the column's header as the sheet writes it, empty for the whole row, not null
 * @param cellReference  the cell reference such as {@code E7}, empty for the whole row, not null
 * @param rule  the stable code of the rule broken, such as {@code IDENTITY_DOCUMENT} or
 *     {@code FORM_FIELDS}, not null
 * @param code  the stable error code, not null
 * @param chineseMessage  the message for a Chinese reader, not null
 * @param englishMessage  the same message in English, not null
 */
public record ImportProblem(String sheet, int row, int columnIndex, String column,
        String cellReference, String rule, ErrorCode code, String chineseMessage,
        String englishMessage) {

    /**
     * Creates a problem.
     *
     * @throws NullPointerException if an argument is null
     */
    public ImportProblem {
        requireNonNull(sheet, "sheet");
        requireNonNull(column, "column");
        requireNonNull(cellReference, "cellReference");
        requireNonNull(rule, "rule");
        requireNonNull(code, "code");
        requireNonNull(chineseMessage, "chineseMessage");
        requireNonNull(englishMessage, "englishMessage");
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
}
