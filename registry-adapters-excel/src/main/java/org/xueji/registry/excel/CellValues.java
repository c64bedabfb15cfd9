package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.code.CodeTables;
import org.xueji.registry.code.UnknownCodeException;

/**
 * Interprets cells as a clerk meant them, whatever the spreadsheet made of what was typed.
 *
 * <p>Text is trimmed and its full-width digits, letters and punctuation (Ｘ，２０２０－０３) become
 * ASCII. A number that is whole is given without {@code .0} and without exponent, as typed. Dates
 * are read from date cells, in either date system, and from text in the usual shapes:
 * {@code 2020-03-15}, {@code 2020/3/15}, {@code 2020.3.15}, {@code 20200315} and
 * {@code 2020年3月15日}, with or without a time after them; a number cell of eight digits is read
 * as {@code 20200315}. Year and month ({@code 入学年月}) are read from {@code 2020-09},
 * {@code 2020/9}, {@code 2020.9}, {@code 202009}, {@code 2020年9月} or any date.
 *
 * <p>An identity number stored in a number cell is the one problem a clerk cannot see on screen:
 * a spreadsheet keeps 15 significant digits of a number, so an 18-digit number loses its last
 * three digits the moment it is typed or pasted into a cell formatted as a number. Such a cell is
 * reported with {@link ErrorCode#IDENTITY_NUMBER_STORED_AS_NUMBER}; a 15-digit number (the old
 * first-generation card) survives and is accepted. This class does not check an identity number
 * beyond that: that is the identity rules' work.
 *
 * <p>This class is thread-safe.
 */
public final class CellValues {

    private static final int EXACT_DIGITS = 15;
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})"
            + "\\s*[-/.月]\\s*(\\d{1,2})\\s*日?(?:[ T]+\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern YEAR_MONTH =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?");
    private static final Pattern COMPACT_YEAR_MONTH = Pattern.compile("(\\d{4})(\\d{2})");

    private CellValues() {
    }

    /**
     * Returns the cell's value as the text a clerk sees: trimmed and with full-width characters
     * folded, whole numbers without {@code .0} or exponent, dates as {@code 2020-03-15} (with the
     * time where there is one), booleans as {@code TRUE} or {@code FALSE}, errors as their code.
     *
     * @param cell  the cell, not null
     * @return the text, empty for a blank cell, not null
     */
    public static String text(Cell cell) {
        switch (cell.type()) {
            case STRING:
                return fold(cell.text()).strip();
            case NUMBER:
                return plainNumber(cell.text());
            case DATE:
                LocalDateTime dateTime = cell.dateTime();
                return dateTime.toLocalTime().toNanoOfDay() == 0
                        ? dateTime.toLocalDate().toString()
                        : dateTime.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME).replace('T', ' ');
            default:
                return cell.text();
        }
    }

    /**
     * Reads a date from a date cell, a text cell in one of the usual shapes or an eight-digit
     * number cell.
     *
     * @param cell  the cell, not null
     * @return the date, blank for a blank cell, or a problem with code
     *     {@link ErrorCode#INVALID_DATE}, not null
     */
    public static CellResult<LocalDate> date(Cell cell) {
        if (cell.isBlank()) {
            return CellResult.blank();
        }
        if (cell.type() == CellType.DATE) {
            return CellResult.of(cell.date());
        }
        String text = text(cell);
        Matcher matcher = DATE.matcher(text);
        if (!matcher.matches()) {
            matcher = COMPACT_DATE.matcher(text);
        }
        if (matcher.matches() && cell.type() != CellType.BOOLEAN) {
            try {
                return CellResult.of(LocalDate.of(Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3))));
            } catch (DateTimeException e) {
                return CellResult.problem(noSuchDate(text));
            }
        }
        return CellResult.problem(CellProblem.of(ErrorCode.INVALID_DATE,
                "“" + CellProblem.quote(text) + "”不是日期，请写成 2020-03-15 的形式",
                "\"" + CellProblem.quote(text) + "\" is not a date; write it as 2020-03-15"));
    }

    /**
     * Reads a year and month from a date cell or from text such as {@code 2020-09},
     * {@code 202009} or {@code 2020年9月}; a full date gives its year and month.
     *
     * <p>A number cell such as {@code 2020.1} is refused as ambiguous: the spreadsheet may have
     * dropped the trailing zero of {@code 2020.10}.
     *
     * @param cell  the cell, not null
     * @return the year and month, blank for a blank cell, or a problem with code
     *     {@link ErrorCode#INVALID_DATE}, not null
     */
    public static CellResult<YearMonth> yearMonth(Cell cell) {
        if (cell.isBlank()) {
            return CellResult.blank();
        }
        if (cell.type() == CellType.DATE) {
            return CellResult.of(YearMonth.from(cell.date()));
        }
        String text = text(cell);
        if (cell.type() == CellType.NUMBER && text.matches("\\d{4}\\.1")) {
            return CellResult.problem(CellProblem.of(ErrorCode.INVALID_DATE,
                    "“" + text + "”可能是 1 月也可能是 10 月（表格把 10 后面的 0 去掉了），"
                            + "请写成 " + text.substring(0, 4) + "-10 或 " + text.substring(0, 4)
                            + "-01",
                    "\"" + text + "\" may be January or October (the spreadsheet drops the 0 of"
                            + " .10); write " + text.substring(0, 4) + "-10 or "
                            + text.substring(0, 4) + "-01"));
        }
        Matcher matcher = YEAR_MONTH.matcher(text);
        if (!matcher.matches()) {
            matcher = COMPACT_YEAR_MONTH.matcher(text);
        }
        if (matcher.matches()) {
            try {
                return CellResult.of(YearMonth.of(Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2))));
            } catch (DateTimeException e) {
                return CellResult.problem(noSuchDate(text));
            }
        }
        CellResult<LocalDate> date = date(cell);
        if (date.isPresent()) {
            return CellResult.of(YearMonth.from(date.value()));
        }
        return CellResult.problem(CellProblem.of(ErrorCode.INVALID_DATE,
                "“" + CellProblem.quote(text) + "”不是年月，请写成 2020-09 的形式",
                "\"" + CellProblem.quote(text) + "\" is not a year and month; write it as"
                        + " 2020-09"));
    }

    /**
     * Reads an identity number: text with white space removed, full-width characters folded and
     * a trailing {@code x} in upper case; or a number cell of at most 15 digits.
     *
     * @param cell  the cell, not null
     * @return the number as text, blank for a blank cell, or a problem: code
     *     {@link ErrorCode#IDENTITY_NUMBER_STORED_AS_NUMBER} for a number cell that lost digits,
     *     {@link ErrorCode#INVALID_IDENTITY_NUMBER} for a number cell that is not a whole number
     *     or for a date, boolean or error cell; not null
     */
    public static CellResult<String> identityNumber(Cell cell) {
        if (cell.isBlank()) {
            return CellResult.blank();
        }
        switch (cell.type()) {
            case STRING:
                return CellResult.of(withoutSpace(fold(cell.text())).toUpperCase(Locale.ROOT));
            case NUMBER:
                return identityFromNumber(cell.text());
            default:
                return CellResult.problem(CellProblem.of(ErrorCode.INVALID_IDENTITY_NUMBER,
                        "身份证件号应为文字，不能是日期、逻辑值或错误值",
                        "an identity number must be text, not a date, a boolean or an error"));
        }
    }

    private static String withoutSpace(String text) {
        int i = 0;
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        for (int j = 0; j < text.length(); j++) {
            if (!Character.isWhitespace(text.charAt(j))) {
                kept.append(text.charAt(j));
            }
        }
        return kept.toString();
    }

    private static CellResult<String> identityFromNumber(String raw) {
        BigDecimal number = parse(raw);
        if (number == null || number.signum() < 0 || number.stripTrailingZeros().scale() > 0) {
            return CellResult.problem(CellProblem.of(ErrorCode.INVALID_IDENTITY_NUMBER,
                    "身份证件号不是整数", "the identity number is not a whole number"));
        }
        String digits = number.toBigInteger().toString();
        if (digits.length() > EXACT_DIGITS) {
            return CellResult.problem(CellProblem.of(ErrorCode.IDENTITY_NUMBER_STORED_AS_NUMBER,
                    "身份证件号被存成了数字：表格只保留 15 位有效数字，这个 " + digits.length()
                            + " 位号码的末尾几位已经丢失，无法找回。请把该列设置为“文本”格式，"
                            + "再重新输入或粘贴完整号码",
                    "the identity number was stored as a number: spreadsheets keep 15 significant"
                            + " digits, so the last digits of this " + digits.length()
                            + "-digit number are lost and cannot be recovered; format the column"
                            + " as text and enter or paste the full number again"));
        }
        return CellResult.of(digits);
    }

    /**
     * Reads an entry of a national code table from its code or its name: {@code 01},
     * {@code 1} (a number cell drops the leading zero) or {@code 汉族}.
     *
     * @param <E>  the table type
     * @param cell  the cell, not null
     * @param table  the enum class of the table, not null
     * @return the entry, blank for a blank cell, or a problem with code
     *     {@link ErrorCode#UNKNOWN_CODE}, not null
     */
    public static <E extends Enum<E> & CodeTable> CellResult<E> code(Cell cell, Class<E> table) {
        requireNonNull(table, "table");
        if (cell.isBlank()) {
            return CellResult.blank();
        }
        String text = text(cell);
        return CodeTables.find(table, text).map(CellResult::of).orElseGet(() -> {
            UnknownCodeException e = new UnknownCodeException(table, text);
            return CellResult.problem(CellProblem.of(e.code(), e.chineseMessage(),
                    e.englishMessage()));
        });
    }

    /**
     * Folds full-width forms (U+FF01 to U+FF5E) to ASCII and the ideographic space to a space.
     *
     * @param text  the text, not null
     * @return the folded text, the same instance if nothing needed folding
     */
    public static String fold(String text) {
        int i = 0;
        while (i < text.length() && !isFullWidth(text.charAt(i))) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (; i < chars.length; i++) {
            char c = chars[i];
            if (c == '\u3000') {
                chars[i] = ' ';
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            }
        }
        return new String(chars);
    }

    private static boolean isFullWidth(char c) {
        return c == '\u3000' || c >= '\uFF01' && c <= '\uFF5E';
    }

    private static String plainNumber(String raw) {
        BigDecimal number = parse(raw);
        if (number == null) {
            return raw.strip();
        }
        if (number.signum() == 0) {
            return "0";
        }
        BigDecimal stripped = number.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }

    private static BigDecimal parse(String raw) {
        try {
            return new BigDecimal(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static CellProblem noSuchDate(String text) {
        return CellProblem.of(ErrorCode.INVALID_DATE,
                "“" + CellProblem.quote(text) + "”不是存在的日期",
                "\"" + CellProblem.quote(text) + "\" is not a date that exists");
    }
}
