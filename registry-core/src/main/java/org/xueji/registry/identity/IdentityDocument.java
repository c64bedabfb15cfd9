package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.xueji.registry.code.IdentityDocumentType;

/**
 * An identity document (身份证件): its type and its number, checked against the type.
 *
 * <p>The number is normalised first: white space removed, full-width letters, digits and
 * parentheses folded to ASCII, letters upper-cased. Then, by type:
 * <ul>
 *   <li>1, resident identity card: a valid {@link IdentityNumber}, upgraded if legacy;
 *   <li>6, Hong Kong, and 7, Macau: these types cover the identity card, the return-home permit
 *       and the passport. A return-home permit, H (Hong Kong) or M (Macau) followed by digits only,
 *       must have 8 or 10 digits; an identity card with its check digit in parentheses must have
 *       the card's shape (Hong Kong: one or two letters, six digits, check 0-9 or A; Macau: 1, 5
 *       or 7, six digits, check digit); anything else must be 5 to 17 letters and digits. The
 *       check digit of an identity card is not verified;
 *   <li>8, Taiwan travel permit: 8 or 10 digits, or 8 digits with one or two letters or digits in
 *       parentheses (older permits);
 *   <li>9, permanent residence card: 5 to 18 letters and digits; 18 characters starting with 9
 *       must be a valid foreigner's permanent residence number of the 2023 layout;
 *   <li>A, passport: 5 to 17 letters and digits;
 *   <li>2 to 5 (military documents), B (household register) and Z (other): any text of up to 32
 *       characters without control characters, because their numbers have no published shape
 *       (military numbers often hold Chinese characters); only Z may be blank.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class IdentityDocument {

    private static final int MAX_FREE_TEXT = 32;
    private static final Pattern RETURN_HOME_PERMIT = Pattern.compile("[HM]\\d+");
    private static final Pattern PERMIT_DIGITS = Pattern.compile("[HM](\\d{8}|\\d{10})");
    private static final Pattern HONG_KONG_CARD = Pattern.compile("[A-Z]{1,2}\\d{6}\\([0-9A]\\)");
    private static final Pattern MACAU_CARD = Pattern.compile("[157]\\d{6}\\(\\d\\)");
    private static final Pattern LETTERS_AND_DIGITS = Pattern.compile("[A-Z0-9]{5,17}");
    private static final Pattern TAIWAN_PERMIT =
            Pattern.compile("\\d{8}|\\d{10}|\\d{8}\\([A-Z0-9]{1,2}\\)");
    private static final Pattern RESIDENCE_CARD = Pattern.compile("[A-Z0-9]{5,18}");

    private final IdentityDocumentType type;
    private final String number;
    private final IdentityNumber identityNumber;

    private IdentityDocument(
            IdentityDocumentType type, String number, IdentityNumber identityNumber) {
        this.type = type;
        this.number = number;
        this.identityNumber = identityNumber;
    }

    /**
     * Returns a document of a type and number, judging a resident identity card's birth date
     * against the system clock in the default time zone.
     *
     * @param type  the document type, not null
     * @param number  the number, null or blank only for {@link IdentityDocumentType#OTHER}
     * @return the document, its number normalised, not null
     * @throws InvalidIdentityDocumentException if the number does not fit the type
     */
    public static IdentityDocument of(IdentityDocumentType type, CharSequence number) {
        return of(type, number, Gb11643.SYSTEM_CLOCK);
    }

    /**
     * Returns a document of a type and number, judging a resident identity card's birth date
     * against a clock.
     *
     * @param type  the document type, not null
     * @param number  the number, null or blank only for {@link IdentityDocumentType#OTHER}
     * @param clock  the clock that tells today's date, not null
     * @return the document, its number normalised, not null
     * @throws InvalidIdentityDocumentException if the number does not fit the type
     */
    public static IdentityDocument of(
            IdentityDocumentType type, CharSequence number, Clock clock) {
        requireNonNull(type, "type");
        requireNonNull(clock, "clock");
        if (type == IdentityDocumentType.RESIDENT_IDENTITY_CARD) {
            Optional<IdentityNumberProblem> problem = IdentityNumber.check(number, clock);
            if (problem.isPresent()) {
                throw identityProblem(problem.get());
            }
            IdentityNumber identity = IdentityNumber.parse(number, clock);
            return new IdentityDocument(type, identity.value(), identity);
        }
        String normalised = normalise(number);
        Optional<IdentityDocumentProblem> problem = checkShape(type, normalised, clock);
        if (problem.isPresent()) {
            throw new InvalidIdentityDocumentException(type, problem.get(), null);
        }
        return new IdentityDocument(type, normalised.isEmpty() ? null : normalised, null);
    }

    /**
     * Parses a document from the code of its type and its number, as a form or spreadsheet gives
     * them, judging a resident identity card's birth date against the system clock.
     *
     * @param typeCode  the code of the document type, such as {@code 1} or {@code A}, not null
     * @param number  the number, null or blank only for type Z
     * @return the document, not null
     * @throws org.xueji.registry.RegistryException with
     *     {@link org.xueji.registry.ErrorCode#UNKNOWN_CODE} if no type has the code
     * @throws InvalidIdentityDocumentException if the number does not fit the type
     */
    public static IdentityDocument parse(CharSequence typeCode, CharSequence number) {
        requireNonNull(typeCode, "typeCode");
        return of(IdentityDocumentType.ofCode(typeCode.toString()), number);
    }

    /**
     * Returns what is wrong with a number for a document type, without throwing.
     *
     * @param type  the document type, not null
     * @param number  the number, may be null
     * @param clock  the clock that tells today's date, not null
     * @return the problem {@link #of(IdentityDocumentType, CharSequence, Clock)} would report,
     *     empty if the number fits
     */
    public static Optional<IdentityDocumentProblem> check(
            IdentityDocumentType type, CharSequence number, Clock clock) {
        requireNonNull(type, "type");
        requireNonNull(clock, "clock");
        if (type == IdentityDocumentType.RESIDENT_IDENTITY_CARD) {
            Optional<IdentityNumberProblem> problem = IdentityNumber.check(number, clock);
            if (problem.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(problem.get() == IdentityNumberProblem.BLANK
                    ? IdentityDocumentProblem.MISSING_NUMBER
                    : IdentityDocumentProblem.IDENTITY_NUMBER);
        }
        return checkShape(type, normalise(number), clock);
    }

    private static InvalidIdentityDocumentException identityProblem(
            IdentityNumberProblem problem) {
        IdentityDocumentType type = IdentityDocumentType.RESIDENT_IDENTITY_CARD;
        if (problem == IdentityNumberProblem.BLANK) {
            return new InvalidIdentityDocumentException(
                    type, IdentityDocumentProblem.MISSING_NUMBER, null);
        }
        return new InvalidIdentityDocumentException(
                type, IdentityDocumentProblem.IDENTITY_NUMBER, problem);
    }

    private static Optional<IdentityDocumentProblem> checkShape(
            IdentityDocumentType type, String number, Clock clock) {
        if (number.isEmpty()) {
            return type == IdentityDocumentType.OTHER
                    ? Optional.empty()
                    : Optional.of(IdentityDocumentProblem.MISSING_NUMBER);
        }
        return fitsShape(type, number, clock)
                ? Optional.empty()
                : Optional.of(IdentityDocumentProblem.SHAPE);
    }

    private static boolean fitsShape(IdentityDocumentType type, String number, Clock clock) {
        switch (type) {
            case HONG_KONG_DOCUMENT:
                return fitsSpecialRegion(number, 'H', HONG_KONG_CARD);
            case MACAU_DOCUMENT:
                return fitsSpecialRegion(number, 'M', MACAU_CARD);
            case TAIWAN_TRAVEL_PERMIT:
                return TAIWAN_PERMIT.matcher(number).matches();
            case PERMANENT_RESIDENCE_CARD:
                if (number.length() == 18 && number.charAt(0) == '9') {
                    return IdentityNumber.isValid(number, clock);
                }
                return RESIDENCE_CARD.matcher(number).matches();
            case PASSPORT:
                return LETTERS_AND_DIGITS.matcher(number).matches();
            default:
                return number.length() <= MAX_FREE_TEXT
                        && number.chars().noneMatch(Character::isISOControl);
        }
    }

    private static boolean fitsSpecialRegion(String number, char permitLetter, Pattern card) {
        if (number.indexOf('(') >= 0) {
            return card.matcher(number).matches();
        }
        if (number.charAt(0) == permitLetter && RETURN_HOME_PERMIT.matcher(number).matches()) {
            return PERMIT_DIGITS.matcher(number).matches();
        }
        return LETTERS_AND_DIGITS.matcher(number).matches();
    }

    private static String normalise(CharSequence number) {
        if (number == null) {
            return "";
        }
        StringBuilder folded = new StringBuilder(number.length());
        for (int i = 0; i < number.length(); i++) {
            char c = number.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            folded.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - '\uFF01' + '!') : c);
        }
        return folded.toString().toUpperCase(Locale.ROOT);
    }

    /**
     * Returns the type of this document.
     *
     * @return the type, not null
     */
    public IdentityDocumentType type() {
        return type;
    }

    /**
     * Returns the normalised number of this document.
     *
     * @return the number, empty only for a type Z document given without one
     */
    public Optional<String> number() {
        return Optional.ofNullable(number);
    }

    /**
     * Returns the identity number of a resident identity card.
     *
     * @return the identity number, empty for every other type
     */
    public Optional<IdentityNumber> identityNumber() {
        return Optional.ofNullable(identityNumber);
    }

    /**
     * Returns this document's number in masked form: a resident identity card's birth date
     * masked, and for other types every character but the last four.
     *
     * @return the masked number, empty if this document has none
     */
    public String maskedNumber() {
        if (identityNumber != null) {
            return identityNumber.masked();
        }
        if (number == null) {
            return "";
        }
        int shown = number.length() > 4 ? 4 : 0;
        return "*".repeat(number.length() - shown) + number.substring(number.length() - shown);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof IdentityDocument)) {
            return false;
        }
        IdentityDocument other = (IdentityDocument) obj;
        return type == other.type && Objects.equals(number, other.number);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + (number == null ? 0 : number.hashCode());
    }

    /**
     * Returns the type's Chinese name and the masked number, such as
     * {@code 护照 *****5678}.
     *
     * @return the masked description, not null
     */
    @Override
    public String toString() {
        String masked = maskedNumber();
        return masked.isEmpty() ? type.chineseName() : type.chineseName() + " " + masked;
    }
}
