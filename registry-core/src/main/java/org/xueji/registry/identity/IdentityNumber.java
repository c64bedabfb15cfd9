package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.xueji.registry.code.Sex;

/**
 * A citizen identity number (公民身份号码) of GB 11643, or a number of the same layout on a
 * residence permit of a Hong Kong, Macau or Taiwan resident or on a foreigner's permanent
 * residence identity card.
 *
 * <p>A number has eighteen characters: a six-digit address code (GB/T 2260), the eight-digit
 * birth date, a three-digit sequence whose last digit is odd for a man and even for a woman, and
 * a check character (0 to 9 or X) computed by MOD 11-2 over the other seventeen. A residence
 * permit uses 810000, 820000 or 830000 as address code. A foreigner's permanent residence card
 * of the 2023 layout starts with 9, then two digits of the issuing province and a three-digit
 * nationality code, then date, sequence and check as above. A legacy fifteen-digit number lacks
 * the century of its date and the check character; it is upgraded to eighteen characters by
 * inserting 19 before the date and appending the check character.
 *
 * <p>Parsing ignores white space anywhere and accepts full-width digits and a lower-case or
 * full-width X. It checks the length and characters, that the province digits name a
 * province-level division, that the birth date exists (year 1800 or later) and does not lie after
 * today, and the check character. It does not check that the full address code exists, because
 * numbers keep the codes of abolished counties; pass a {@link DivisionDirectory} for that. It does
 * not check the nationality code of a permanent residence card, nor that the sequence is in use.
 *
 * <p>The clock is read last, only for a text whose birth date exists. The methods without a
 * clock read the system clock only for a birth date on or after the day it told them last; a
 * birth date before that day is taken as not in the future, which is wrong only if the system
 * clock has been set back by a day or more since.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdentityNumber {

    private static final long TEN_TO_9 = 1_000_000_000L;
    private static final long TEN_TO_11 = 100_000_000_000L;
    private static final long TEN_TO_16 = 10_000_000_000_000_000L;
    private static final IdentityNumberProblem[] PROBLEMS = IdentityNumberProblem.values();
    /** What {@link #scanPlain} returns for a text it leaves to the general scan. */
    static final long NOT_PLAIN = Long.MIN_VALUE;

    /** The first seventeen digits; the check character follows from them. */
    private final long body;
    /**
     * The eighteen characters, made when first asked for, so that a number only checked and
     * compared never builds its text. Two threads may both find it unset and each make an equal
     * string; a string is immutable, so either one is safe to hand out.
     */
    private String value;

    private IdentityNumber(long body) {
        this.body = body;
    }

    /**
     * Parses an identity number, judging its birth date against the system clock in the default
     * time zone.
     *
     * @param text  the number, 18 characters or 15 legacy digits, not null
     * @return the number, upgraded to 18 characters, not null
     * @throws InvalidIdentityNumberException if the text is not a valid number
     */
    public static IdentityNumber parse(CharSequence text) {
        return parse(text, Gb11643.SYSTEM_CLOCK);
    }

    /**
     * Parses an identity number, judging its birth date against a clock.
     *
     * @param text  the number, 18 characters or 15 legacy digits, not null
     * @param clock  the clock that tells today's date, not null
     * @return the number, upgraded to 18 characters, not null
     * @throws InvalidIdentityNumberException if the text is not a valid number
     */
    public static IdentityNumber parse(CharSequence text, Clock clock) {
        requireNonNull(text, "text");
        requireNonNull(clock, "clock");
        long result = scan(text, clock);
        if (result < 0) {
            throw invalid(problemOf(result), text);
        }
        return new IdentityNumber(result);
    }

    /**
     * Parses an identity number and checks its address code against a directory of division
     * codes. The address code of a residence permit is not looked up; the province code of a
     * permanent residence card is.
     *
     * @param text  the number, 18 characters or 15 legacy digits, not null
     * @param clock  the clock that tells today's date, not null
     * @param directory  the known division codes, not null
     * @return the number, upgraded to 18 characters, not null
     * @throws InvalidIdentityNumberException if the text is not a valid number, with problem
     *     {@link IdentityNumberProblem#UNKNOWN_DIVISION} if its address code is unknown
     */
    public static IdentityNumber parse(
            CharSequence text, Clock clock, DivisionDirectory directory) {
        requireNonNull(directory, "directory");
        IdentityNumber number = parse(text, clock);
        if (!number.isKnownTo(directory)) {
            throw new InvalidIdentityNumberException(
                    IdentityNumberProblem.UNKNOWN_DIVISION, number.masked());
        }
        return number;
    }

    /**
     * Tells whether a text is a valid identity number, judging its birth date against the system
     * clock in the default time zone. The verdict is the one {@link #parse(CharSequence)} gives,
     * found without throwing and without building strings.
     *
     * @param text  the text, null is not valid
     * @return true if {@code parse} would accept the text
     */
    public static boolean isValid(CharSequence text) {
        return isValid(text, Gb11643.SYSTEM_CLOCK);
    }

    /**
     * Tells whether a text is a valid identity number, judging its birth date against a clock.
     *
     * @param text  the text, null is not valid
     * @param clock  the clock that tells today's date, not null
     * @return true if {@link #parse(CharSequence, Clock)} would accept the text
     */
    public static boolean isValid(CharSequence text, Clock clock) {
        requireNonNull(clock, "clock");
        return text != null && scan(text, clock) >= 0;
    }

    /**
     * Returns what is wrong with a text as an identity number, judging its birth date against the
     * system clock in the default time zone.
     *
     * @param text  the text, null counts as {@link IdentityNumberProblem#BLANK}
     * @return the problem {@link #parse(CharSequence)} would report, empty if the text is valid
     */
    public static Optional<IdentityNumberProblem> check(CharSequence text) {
        return check(text, Gb11643.SYSTEM_CLOCK);
    }

    /**
     * Returns what is wrong with a text as an identity number, judging its birth date against a
     * clock.
     *
     * @param text  the text, null counts as {@link IdentityNumberProblem#BLANK}
     * @param clock  the clock that tells today's date, not null
     * @return the problem {@link #parse(CharSequence, Clock)} would report, empty if valid
     */
    public static Optional<IdentityNumberProblem> check(CharSequence text, Clock clock) {
        requireNonNull(clock, "clock");
        if (text == null) {
            return Optional.of(IdentityNumberProblem.BLANK);
        }
        long result = scan(text, clock);
        return result < 0 ? Optional.of(problemOf(result)) : Optional.empty();
    }

    /**
     * Returns what is wrong with a text as an identity number, including an address code missing
     * from a directory.
     *
     * @param text  the text, null counts as {@link IdentityNumberProblem#BLANK}
     * @param clock  the clock that tells today's date, not null
     * @param directory  the known division codes, not null
     * @return the problem {@link #parse(CharSequence, Clock, DivisionDirectory)} would report,
     *     empty if the text is valid
     */
    public static Optional<IdentityNumberProblem> check(
            CharSequence text, Clock clock, DivisionDirectory directory) {
        requireNonNull(directory, "directory");
        Optional<IdentityNumberProblem> problem = check(text, clock);
        if (problem.isPresent() || parse(text, clock).isKnownTo(directory)) {
            return problem;
        }
        return Optional.of(IdentityNumberProblem.UNKNOWN_DIVISION);
    }

    /**
     * Checks a text and returns its seventeen-digit body (upgraded if legacy), or a negative
     * number {@code -(ordinal + 1)} naming the problem. This is the one validation routine that
     * {@code parse}, {@code isValid} and {@code check} share.
     */
    static long scan(CharSequence text, Clock clock) {
        return scan(text, 0, true, clock);
    }

    /**
     * Checks the characters of a text from an index on, as {@link #scan(CharSequence, Clock)}
     * does; a fifteen-digit legacy number has the wrong length unless {@code allowLegacy} is set.
     * The clock is read last, and only for a text whose birth date exists.
     */
    static long scan(CharSequence text, int start, boolean allowLegacy, Clock clock) {
        if (start == 0 && text.length() == 18) {
            long result = scanPlain(text, clock);
            if (result != NOT_PLAIN) {
                return result;
            }
        }
        return scanFolding(text, start, allowLegacy, clock);
    }

    /**
     * Checks a text as {@link #scan(CharSequence, int, boolean, Clock)} does, folding every
     * character: the general routine, for any text.
     */
    static long scanFolding(CharSequence text, int start, boolean allowLegacy, Clock clock) {
        int count = 0;
        long body = 0;
        int weightedSum = 0;
        int check = -1;
        for (int i = start, length = text.length(); i < length; i++) {
            int value = Gb11643.fold(text.charAt(i));
            if (value == Gb11643.WHITE_SPACE) {
                continue;
            }
            if (value == Gb11643.INVALID || (value == Gb11643.X && count != 17)) {
                return problem(IdentityNumberProblem.CHARACTER);
            }
            if (count == 18) {
                return problem(IdentityNumberProblem.LENGTH);
            }
            if (count < 17) {
                body = body * 10 + value;
                weightedSum += value * Gb11643.WEIGHTS[count];
            } else {
                check = value;
            }
            count++;
        }
        if (count == 0) {
            return problem(IdentityNumberProblem.BLANK);
        }
        if (count == 15 && allowLegacy) {
            long upgraded = body / TEN_TO_9 * TEN_TO_11 + 19 * TEN_TO_9 + body % TEN_TO_9;
            return checkBody(upgraded, addressOf(upgraded), dateOf(upgraded), false, -1, 0,
                    clock);
        }
        if (count != 18) {
            return problem(IdentityNumberProblem.LENGTH);
        }
        return checkBody(body, addressOf(body), dateOf(body), body / TEN_TO_16 == 9, check,
                weightedSum, clock);
    }

    /**
     * Checks a text of exactly eighteen ASCII digits, or seventeen and an X, the shape nearly
     * every stored or typed number has, as {@link #scan(CharSequence, Clock)} would; returns
     * {@link #NOT_PLAIN} for any other text, which the general scan then reads again.
     *
     * <p>This is the same check as the general scan's, with fewer branches per character: no
     * folding of full-width digits and white space, no counting, and the address code, birth
     * date and sequence gathered in three short sums instead of one long one, so that the
     * processor can work on them side by side. Whether every one of the seventeen characters is
     * a digit is decided once, after the last: a character outside 0 to 9 makes its
     * {@code digit} or {@code 9 - digit} negative, and the sign bits are gathered by OR.
     */
    static long scanPlain(CharSequence text, Clock clock) {
        int weightedSum = 0;
        int outside = 0;
        int address = 0;
        for (int i = 0; i < 6; i++) {
            int digit = text.charAt(i) - '0';
            outside |= digit | 9 - digit;
            address = address * 10 + digit;
            weightedSum += digit * Gb11643.WEIGHTS[i];
        }
        int date = 0;
        for (int i = 6; i < 14; i++) {
            int digit = text.charAt(i) - '0';
            outside |= digit | 9 - digit;
            date = date * 10 + digit;
            weightedSum += digit * Gb11643.WEIGHTS[i];
        }
        int sequence = 0;
        for (int i = 14; i < 17; i++) {
            int digit = text.charAt(i) - '0';
            outside |= digit | 9 - digit;
            sequence = sequence * 10 + digit;
            weightedSum += digit * Gb11643.WEIGHTS[i];
        }
        if (outside < 0) {
            return NOT_PLAIN;
        }
        char last = text.charAt(17);
        int check;
        if (last >= '0' && last <= '9') {
            check = last - '0';
        } else if (last == 'X' || last == 'x') {
            check = Gb11643.X;
        } else {
            return NOT_PLAIN;
        }
        long body = ((long) address * 100_000_000 + date) * 1000 + sequence;
        return checkBody(body, address, date, address / 100_000 == 9, check, weightedSum, clock);
    }

    private static int addressOf(long body) {
        return (int) (body / TEN_TO_11);
    }

    private static int dateOf(long body) {
        return (int) (body / 1000 % 100_000_000);
    }

    /**
     * Checks the seventeen digits of a number, given also as its six-digit address code and
     * eight-digit birth date, and its check value (negative: none to check) against the digits'
     * weighted sum, returning the body or a negative problem as {@link #scan} does.
     */
    private static long checkBody(long body, int address, int date, boolean permanentResidence,
            int check, int weightedSum, Clock clock) {
        int province = permanentResidence ? address / 1000 % 100 : address / 10_000;
        if (!DivisionCode.isProvinceLevel(province)) {
            return problem(IdentityNumberProblem.PROVINCE);
        }
        if (!permanentResidence && province > 80 && address % 10_000 != 0) {
            return problem(IdentityNumberProblem.PERMIT_ADDRESS_CODE);
        }

        if (!Gb11643.isDate(date)) {
            return problem(IdentityNumberProblem.BIRTH_DATE);
        }
        if (Gb11643.isAfterToday(date, clock)) {
            return problem(IdentityNumberProblem.FUTURE_BIRTH_DATE);
        }

        if (check >= 0 && check != Gb11643.checkValueOfSum(weightedSum)) {
            return problem(IdentityNumberProblem.CHECK_CHARACTER);
        }
        return body;
    }

    /** Returns the number of a body that {@link #scan} accepted. */
    static IdentityNumber ofBody(long body) {
        return new IdentityNumber(body);
    }

    /** Returns the problem a negative result of {@link #scan} names. */
    static IdentityNumberProblem problemOf(long result) {
        return PROBLEMS[(int) -result - 1];
    }

    private static long problem(IdentityNumberProblem problem) {
        return -(problem.ordinal() + 1L);
    }

    private static InvalidIdentityNumberException invalid(
            IdentityNumberProblem problem, CharSequence text) {
        if (problem.compareTo(IdentityNumberProblem.LENGTH) <= 0) {
            return new InvalidIdentityNumberException(problem, "");
        }
        long head = 0;
        long tail = 0;
        int count = 0;
        for (int i = 0; i < text.length() && count < 18; i++) {
            int value = Gb11643.fold(text.charAt(i));
            if (value >= 0) {
                if (count < 6) {
                    head |= (long) value << (4 * count);
                }
                tail = (tail << 4 | value) & 0xFF_FFFFL;
                count++;
            }
        }
        return new InvalidIdentityNumberException(problem, tail << 29 | head << 5 | count);
    }

    /**
     * Returns the masked text of a number that {@link #invalid} packed into a long: the count of
     * its characters (five bits), the values of its first six (four bits each) and of its last
     * six (four bits each, the last one lowest). The address code and the characters after the
     * birth date are shown; the birth date, which in a number of fewer than eighteen characters
     * is taken to end two characters earlier, is replaced with asterisks. A failed parse packs
     * rather than writes the text because most such failures are counted, not shown.
     */
    static String maskedText(long packed) {
        int count = (int) (packed & 31);
        int maskedUntil = count == 18 ? 14 : 12;
        char[] masked = new char[count];
        for (int i = 0; i < count; i++) {
            int value;
            if (i < 6) {
                value = (int) (packed >>> (5 + 4 * i) & 15);
            } else if (i < maskedUntil) {
                masked[i] = '*';
                continue;
            } else {
                value = (int) (packed >>> (29 + 4 * (count - 1 - i)) & 15);
            }
            masked[i] = Gb11643.checkCharacter(value);
        }
        return new String(masked);
    }

    /**
     * Returns the eighteen characters of this number, with an upper-case X.
     *
     * @return the number, not null
     */
    public String value() {
        String text = value;
        if (text == null) {
            int check = Gb11643.checkValue(body);
            text = check == Gb11643.X ? body + "X" : Long.toString(body * 10 + check);
            value = text;
        }
        return text;
    }

    /**
     * Returns the kind of document this number belongs to, judged from its first digits.
     *
     * @return the kind, not null
     */
    public IdentityNumberKind kind() {
        long first = body / TEN_TO_16;
        if (first == 9) {
            return IdentityNumberKind.FOREIGN_PERMANENT_RESIDENT;
        }
        return first == 8
                ? IdentityNumberKind.HONG_KONG_MACAU_TAIWAN_RESIDENCE_PERMIT
                : IdentityNumberKind.RESIDENT;
    }

    /**
     * Returns the division code this number carries: the address code, or for a foreigner's
     * permanent residence card the code of the issuing province (its digits followed by 0000).
     *
     * @return the division code, not null
     */
    public DivisionCode divisionCode() {
        if (kind() == IdentityNumberKind.FOREIGN_PERMANENT_RESIDENT) {
            return DivisionCode.parse(value().substring(1, 3) + "0000");
        }
        return DivisionCode.parse(value().substring(0, 6));
    }

    /**
     * Returns the three-digit nationality code of a foreigner's permanent residence card.
     *
     * @return the nationality code, empty for other kinds of number
     */
    public Optional<String> nationalityCode() {
        if (kind() != IdentityNumberKind.FOREIGN_PERMANENT_RESIDENT) {
            return Optional.empty();
        }
        return Optional.of(value().substring(3, 6));
    }

    /**
     * Returns the birth date this number carries.
     *
     * @return the birth date, not null
     */
    public LocalDate birthDate() {
        return Gb11643.toDate((int) (body / 1000 % 100_000_000));
    }

    /**
     * Returns the sex this number carries: an odd sequence digit is male, an even one female.
     *
     * @return the sex, not null
     */
    public Sex sex() {
        return body % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * Returns this number with its eight birth-date digits masked, such as
     * {@code 110105********002X}, safe to log and to show.
     *
     * @return the masked number, not null
     */
    public String masked() {
        return Gb11643.maskEight(value(), 6);
    }

    /**
     * Tells whether the address code of this number is in a directory. A residence permit's
     * fixed address code is not looked up and always passes; a permanent residence card's
     * province code is looked up.
     *
     * @param directory  the known division codes, not null
     * @return true if the directory holds this number's division code or it need not
     */
    public boolean isKnownTo(DivisionDirectory directory) {
        requireNonNull(directory, "directory");
        return kind() == IdentityNumberKind.HONG_KONG_MACAU_TAIWAN_RESIDENCE_PERMIT
                || directory.contains(divisionCode());
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof IdentityNumber && ((IdentityNumber) obj).body == body;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(body);
    }

    /**
     * Returns this number in masked form, as {@link #masked()} does.
     *
     * @return the masked number, not null
     */
    @Override
    public String toString() {
        return masked();
    }
}
