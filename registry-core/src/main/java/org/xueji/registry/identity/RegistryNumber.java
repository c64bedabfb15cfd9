package org.xueji.registry.identity;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A registry number (学籍号): the nineteen characters that name a student for life in the
 * national student registry.
 *
 * <p>The first character gives the {@link RegistryNumberKind kind}:
 * <ul>
 *   <li>G, then the student's 18-character identity number;
 *   <li>J, then a self-assigned code in the identity layout for a student with no usable identity
 *       number: the school location's six-digit division code, the birth date, a three-digit
 *       sequence and a MOD 11-2 check character computed as for an identity number;
 *   <li>L, then the school location's division code, the birth date and four random digits, as a
 *       temporary number until the student's identity is verified.
 * </ul>
 *
 * <p>Parsing ignores white space, accepts full-width characters and a lower-case letter or X. It
 * checks a G number's identity number fully (a fifteen-digit legacy number is not accepted
 * there), and for J and L numbers that the division code's first two digits name a province, that
 * the birth date exists and is not after today, and a J number's check character. It does not
 * check that the division code exists or that the random digits of an L number were random.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class RegistryNumber {

    private static final long TEN_TO_4 = 10_000L;
    private static final long TEN_TO_11 = 100_000_000_000L;
    private static final long TEN_TO_12 = 1_000_000_000_000L;
    private static final RegistryNumberProblem[] PROBLEMS = RegistryNumberProblem.values();

    private final String value;
    private final IdentityNumber identityNumber;

    private RegistryNumber(String value, IdentityNumber identityNumber) {
        this.value = value;
        this.identityNumber = identityNumber;
    }

    /**
     * Returns the G registry number of an identity number.
     *
     * @param identityNumber  the student's identity number, not null
     * @return the registry number, not null
     */
    public static RegistryNumber of(IdentityNumber identityNumber) {
        requireNonNull(identityNumber, "identityNumber");
        return new RegistryNumber("G" + identityNumber.value(), identityNumber);
    }

    /**
     * Returns a J registry number, computing its check character. The birth date is not compared
     * with today.
     *
     * @param schoolLocation  the division code of the school's location, not null
     * @param birthDate  the student's birth date, year 1800 to 9999, not null
     * @param sequence  the sequence among students of that location and birth date, 0 to 999
     * @return the registry number, not null
     * @throws IllegalArgumentException if the birth year or the sequence is out of range
     */
    public static RegistryNumber assigned(
            DivisionCode schoolLocation, LocalDate birthDate, int sequence) {
        checkArgument(sequence >= 0 && sequence <= 999, "sequence %s not in 0..999", sequence);
        long body = prefix(schoolLocation, birthDate) * 1000 + sequence;
        char[] chars = new char[19];
        chars[0] = 'J';
        Gb11643.writeDigits(body, 17, chars, 18);
        chars[18] = Gb11643.checkCharacter(Gb11643.checkValue(body));
        return new RegistryNumber(new String(chars), null);
    }

    /**
     * Returns an L (temporary) registry number. The caller supplies the random digits, so that
     * this method reads neither a random source nor a clock; the birth date is not compared with
     * today.
     *
     * @param schoolLocation  the division code of the school's location, not null
     * @param birthDate  the student's birth date, year 1800 to 9999, not null
     * @param randomDigits  four random digits, 0 to 9999
     * @return the registry number, not null
     * @throws IllegalArgumentException if the birth year or the digits are out of range
     */
    public static RegistryNumber temporary(
            DivisionCode schoolLocation, LocalDate birthDate, int randomDigits) {
        checkArgument(randomDigits >= 0 && randomDigits <= 9999,
                "random digits %s not in 0..9999", randomDigits);
        long body = prefix(schoolLocation, birthDate) * TEN_TO_4 + randomDigits;
        char[] chars = new char[19];
        chars[0] = 'L';
        Gb11643.writeDigits(body, 18, chars, 19);
        return new RegistryNumber(new String(chars), null);
    }

    /**
     * Parses a registry number, judging its birth date against the system clock in the default
     * time zone.
     *
     * @param text  the number, not null
     * @return the registry number, not null
     * @throws InvalidRegistryNumberException if the text is not a valid registry number
     */
    public static RegistryNumber parse(CharSequence text) {
        return parse(text, Gb11643.SYSTEM_CLOCK);
    }

    /**
     * Parses a registry number, judging its birth date against a clock.
     *
     * @param text  the number, not null
     * @param clock  the clock that tells today's date, not null
     * @return the registry number, not null
     * @throws InvalidRegistryNumberException if the text is not a valid registry number
     */
    public static RegistryNumber parse(CharSequence text, Clock clock) {
        requireNonNull(text, "text");
        requireNonNull(clock, "clock");
        long result = scan(text, clock);
        if (result < 0) {
            RegistryNumberProblem problem = PROBLEMS[(int) -result - 1];
            IdentityNumberProblem identityProblem = null;
            if (problem == RegistryNumberProblem.IDENTITY_NUMBER) {
                long identityResult = IdentityNumber.scan(text, kindIndex(text) + 1, false, clock);
                identityProblem = IdentityNumber.problemOf(identityResult);
            }
            throw new InvalidRegistryNumberException(problem, identityProblem);
        }
        RegistryNumberKind kind = RegistryNumberKind.ofLetter(text.charAt(kindIndex(text)));
        if (kind == RegistryNumberKind.G) {
            return of(IdentityNumber.ofBody(result));
        }
        char[] chars = new char[19];
        chars[0] = kind.letter();
        if (kind == RegistryNumberKind.J) {
            Gb11643.writeDigits(result, 17, chars, 18);
            chars[18] = Gb11643.checkCharacter(Gb11643.checkValue(result));
        } else {
            Gb11643.writeDigits(result, 18, chars, 19);
        }
        return new RegistryNumber(new String(chars), null);
    }

    /**
     * Tells whether a text is a valid registry number, judging its birth date against the system
     * clock in the default time zone, without throwing and without building strings.
     *
     * @param text  the text, null is not valid
     * @return true if {@link #parse(CharSequence)} would accept the text
     */
    public static boolean isValid(CharSequence text) {
        return isValid(text, Gb11643.SYSTEM_CLOCK);
    }

    /**
     * Tells whether a text is a valid registry number, judging its birth date against a clock.
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
     * Returns what is wrong with a text as a registry number, judging its birth date against the
     * system clock in the default time zone.
     *
     * @param text  the text, null counts as {@link RegistryNumberProblem#BLANK}
     * @return the problem {@link #parse(CharSequence)} would report, empty if the text is valid
     */
    public static Optional<RegistryNumberProblem> check(CharSequence text) {
        return check(text, Gb11643.SYSTEM_CLOCK);
    }

    /**
     * Returns what is wrong with a text as a registry number, judging its birth date against a
     * clock.
     *
     * @param text  the text, null counts as {@link RegistryNumberProblem#BLANK}
     * @param clock  the clock that tells today's date, not null
     * @return the problem {@link #parse(CharSequence, Clock)} would report, empty if valid
     */
    public static Optional<RegistryNumberProblem> check(CharSequence text, Clock clock) {
        requireNonNull(clock, "clock");
        if (text == null) {
            return Optional.of(RegistryNumberProblem.BLANK);
        }
        long result = scan(text, clock);
        return result < 0 ? Optional.of(PROBLEMS[(int) -result - 1]) : Optional.empty();
    }

    /**
     * Checks a text and returns the digits after its letter (without a J number's check
     * character), or {@code -(ordinal + 1)} of the problem; {@code parse}, {@code isValid} and
     * {@code check} share this routine.
     */
    private static long scan(CharSequence text, Clock clock) {
        int start = kindIndex(text);
        if (start == text.length()) {
            return problem(RegistryNumberProblem.BLANK);
        }
        RegistryNumberKind kind = RegistryNumberKind.ofLetter(text.charAt(start));
        if (kind == null) {
            return problem(RegistryNumberProblem.KIND);
        }
        if (kind == RegistryNumberKind.G) {
            return scanIdentityNumber(text, start + 1, clock);
        }

        int count = 0;
        long body = 0;
        int check = -1;
        for (int i = start + 1, length = text.length(); i < length; i++) {
            int value = Gb11643.fold(text.charAt(i));
            if (value == Gb11643.WHITE_SPACE) {
                continue;
            }
            boolean checkPosition = kind == RegistryNumberKind.J && count == 17;
            if (value == Gb11643.INVALID || (value == Gb11643.X && !checkPosition)) {
                return problem(RegistryNumberProblem.CHARACTER);
            }
            if (count == 18) {
                return problem(RegistryNumberProblem.LENGTH);
            }
            if (checkPosition) {
                check = value;
            } else {
                body = body * 10 + value;
            }
            count++;
        }
        if (count != 18) {
            return problem(RegistryNumberProblem.LENGTH);
        }
        return kind == RegistryNumberKind.J
                ? checkLocatedBody(body, body / TEN_TO_11, body / 1000, check, clock)
                : checkLocatedBody(body, body / TEN_TO_12, body / TEN_TO_4, -1, clock);
    }

    private static long scanIdentityNumber(CharSequence text, int start, Clock clock) {
        long result = IdentityNumber.scan(text, start, false, clock);
        if (result >= 0) {
            return result;
        }
        switch (IdentityNumber.problemOf(result)) {
            case BLANK:
            case LENGTH:
                return problem(RegistryNumberProblem.LENGTH);
            case CHARACTER:
                return problem(RegistryNumberProblem.CHARACTER);
            default:
                return problem(RegistryNumberProblem.IDENTITY_NUMBER);
        }
    }

    private static long checkLocatedBody(
            long body, long division, long divisionAndDate, int check, Clock clock) {
        if (!DivisionCode.isProvinceLevel((int) (division / 10_000))) {
            return problem(RegistryNumberProblem.DIVISION);
        }

        int date = (int) (divisionAndDate % 100_000_000);
        if (!Gb11643.isDate(date)) {
            return problem(RegistryNumberProblem.BIRTH_DATE);
        }
        if (Gb11643.isAfterToday(date, clock)) {
            return problem(RegistryNumberProblem.FUTURE_BIRTH_DATE);
        }

        if (check >= 0 && check != Gb11643.checkValue(body)) {
            return problem(RegistryNumberProblem.CHECK_CHARACTER);
        }
        return body;
    }

    private static int kindIndex(CharSequence text) {
        int index = 0;
        while (index < text.length() && Gb11643.fold(text.charAt(index)) == Gb11643.WHITE_SPACE) {
            index++;
        }
        return index;
    }

    private static long problem(RegistryNumberProblem problem) {
        return -(problem.ordinal() + 1L);
    }

    private static long prefix(DivisionCode schoolLocation, LocalDate birthDate) {
        requireNonNull(schoolLocation, "schoolLocation");
        requireNonNull(birthDate, "birthDate");
        checkArgument(birthDate.getYear() >= Gb11643.MIN_YEAR && birthDate.getYear() <= 9999,
                "birth year %s not in %s..9999", birthDate.getYear(), Gb11643.MIN_YEAR);
        return Long.parseLong(schoolLocation.value()) * 100_000_000L
                + Gb11643.toDigits(birthDate);
    }

    /**
     * Returns the nineteen characters of this number, its letter upper-case.
     *
     * @return the number, not null
     */
    public String value() {
        return value;
    }

    /**
     * Returns the kind of this number.
     *
     * @return the kind, not null
     */
    public RegistryNumberKind kind() {
        return RegistryNumberKind.ofLetter(value.charAt(0));
    }

    /**
     * Returns the identity number of a G number.
     *
     * @return the identity number, empty for J and L numbers
     */
    public Optional<IdentityNumber> identityNumber() {
        return Optional.ofNullable(identityNumber);
    }

    /**
     * Returns the birth date this number carries.
     *
     * @return the birth date, not null
     */
    public LocalDate birthDate() {
        return Gb11643.toDate(Integer.parseInt(value, 7, 15, 10));
    }

    /**
     * Returns the division code this number carries: the identity number's for a G number, the
     * school location's for J and L numbers.
     *
     * @return the division code, not null
     */
    public DivisionCode divisionCode() {
        return identityNumber != null
                ? identityNumber.divisionCode()
                : DivisionCode.parse(value.substring(1, 7));
    }

    /**
     * Returns this number with its eight birth-date digits masked, such as
     * {@code G110105********002X}, safe to log and to show.
     *
     * @return the masked number, not null
     */
    public String masked() {
        return Gb11643.maskEight(value, 7);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof RegistryNumber && ((RegistryNumber) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
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
