package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class IdentityNumberProperties {

    static final Clock CLOCK = IdentityNumberTest.CLOCK;
    static final LocalDate TODAY = LocalDate.now(CLOCK);
    static final DateTimeFormatter DIGITS = DateTimeFormatter.BASIC_ISO_DATE;

    @Property
    void acceptsSeventeenDigitsWithAValidDateAndProvincePlusTheirCheck(
            @ForAll("bodies") String body) {
        String number = body + IdentityNumbers.check(body);

        IdentityNumber parsed = IdentityNumber.parse(number, CLOCK);

        assertThat(parsed.value()).isEqualTo(number);
        assertThat(parsed.birthDate().format(DIGITS)).isEqualTo(body.substring(6, 14));
        assertThat(parsed.sex().code()).isEqualTo((body.charAt(16) - '0') % 2 == 1 ? "1" : "2");
    }

    @Property
    void rejectsANumberWithAnyOneCharacterChanged(
            @ForAll("bodies") String body,
            @ForAll @IntRange(min = 0, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 10) int shift) {
        char[] chars = (body + IdentityNumbers.check(body)).toCharArray();
        int old = chars[position] == 'X' ? 10 : chars[position] - '0';
        int modulus = position == 17 ? 11 : 10;
        int changed = (old + shift) % modulus;
        if (changed == old) {
            changed = (old + 1) % modulus;
        }
        chars[position] = changed == 10 ? 'X' : (char) ('0' + changed);

        assertThat(IdentityNumber.isValid(new String(chars), CLOCK)).isFalse();
    }

    @Property
    void upgradesALegacyNumberToEighteenCharacters(@ForAll("bodies") String body) {
        if (body.charAt(0) == '9' || !body.startsWith("19", 6)) {
            return;
        }
        String legacy = body.substring(0, 6) + body.substring(8);

        IdentityNumber parsed = IdentityNumber.parse(legacy, CLOCK);

        assertThat(parsed.value()).isEqualTo(body + IdentityNumbers.check(body));
        assertThat(parsed).isEqualTo(IdentityNumber.parse(parsed.value(), CLOCK));
    }

    @Property
    void neverRevealsTheBirthDateWhenMasking(@ForAll("bodies") String body) {
        IdentityNumber number = IdentityNumber.parse(body + IdentityNumbers.check(body), CLOCK);

        String masked = number.masked();

        assertThat(masked).hasSize(18).isEqualTo(number.toString());
        assertThat(masked.substring(6, 14)).isEqualTo("********");
        assertThat(masked.substring(0, 6)).isEqualTo(number.value().substring(0, 6));
        assertThat(masked.substring(14)).isEqualTo(number.value().substring(14));
    }

    @Property
    void neverRevealsTheBirthDateInAnExceptionMessage(@ForAll("bodies") String body) {
        char wrong = IdentityNumbers.check(body) == '0' ? '1' : '0';
        String text = body + wrong;

        InvalidIdentityNumberException thrown = catchThrowableOfType(
                InvalidIdentityNumberException.class, () -> IdentityNumber.parse(text, CLOCK));

        assertThat(thrown.getMessage()).doesNotContain(text).doesNotContain(body.substring(6, 14));
        assertThat(thrown.englishMessage()).doesNotContain(body.substring(6, 14));
    }

    @Property(tries = 2000)
    void isValidAndCheckAgreeWithParseOnArbitraryText(@ForAll("texts") String text) {
        Optional<IdentityNumberProblem> parseVerdict;
        try {
            IdentityNumber.parse(text, CLOCK);
            parseVerdict = Optional.empty();
        } catch (InvalidIdentityNumberException e) {
            parseVerdict = Optional.of(e.problem());
        }

        assertThat(IdentityNumber.check(text, CLOCK)).isEqualTo(parseVerdict);
        assertThat(IdentityNumber.isValid(text, CLOCK)).isEqualTo(parseVerdict.isEmpty());
    }

    @Property(tries = 2000)
    void aRefusedNumberIsShownWithItsDigitsInReadingOrderAndItsBirthDateHidden(
            @ForAll("texts") String text) {
        Optional<IdentityNumberProblem> problem = IdentityNumber.check(text, CLOCK);
        if (problem.isEmpty() || problem.get().compareTo(IdentityNumberProblem.LENGTH) <= 0) {
            return;
        }
        InvalidIdentityNumberException thrown = catchThrowableOfType(
                InvalidIdentityNumberException.class, () -> IdentityNumber.parse(text, CLOCK));

        assertThat(thrown.englishMessage())
                .isEqualTo(problem.get().englishMessage() + ": " + maskedByHand(text));
    }

    /** Folds full-width digits and drops everything else but digits and X, then hides the date. */
    private static String maskedByHand(String text) {
        StringBuilder kept = new StringBuilder();
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                c = (char) ('0' + c - '０');
            }
            if (c >= '0' && c <= '9') {
                kept.append(c);
            } else if (c == 'x' || c == 'X' || c == 'ｘ' || c == 'Ｘ') {
                kept.append('X');
            }
        }
        int dateEnd = kept.length() == 18 ? 14 : 12;
        for (int i = 6; i < Math.min(dateEnd, kept.length()); i++) {
            kept.setCharAt(i, '*');
        }
        return kept.toString();
    }

    @Property(tries = 3000)
    void theFastPathForPlainTextsAgreesWithTheFoldingScan(@ForAll("plainTexts") String text) {
        long plain = IdentityNumber.scanPlain(text, CLOCK);

        if (plain != IdentityNumber.NOT_PLAIN) {
            assertThat(plain).isEqualTo(IdentityNumber.scanFolding(text, 0, true, CLOCK));
        }
        assertThat(IdentityNumber.scan(text, CLOCK))
                .isEqualTo(IdentityNumber.scanFolding(text, 0, true, CLOCK));
    }

    @Provide
    Arbitrary<String> plainTexts() {
        Arbitrary<String> digits = Arbitraries.strings().withChars("0123456789Xx ０/:")
                .ofLength(18);
        Arbitrary<String> nearlyValid = bodies().flatMap(body -> Arbitraries.of(
                body + IdentityNumbers.check(body),
                body + "x",
                body.substring(0, 8) + "13" + body.substring(10) + IdentityNumbers.check(body),
                "9" + body.substring(1) + IdentityNumbers.check("9" + body.substring(1)),
                "81" + body.substring(2) + IdentityNumbers.check("81" + body.substring(2)),
                body.substring(0, 6) + "29990101" + body.substring(14) + "0"));
        return Arbitraries.oneOf(digits, nearlyValid);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> province = Arbitraries.integers().between(10, 99)
                .filter(DivisionCode::isProvinceLevel).map(String::valueOf);
        Arbitrary<String> rest = Arbitraries.strings().numeric().ofLength(4);
        Arbitrary<String> date = Dates.dates().between(LocalDate.of(1800, 1, 1), TODAY)
                .map(DIGITS::format);
        Arbitrary<String> sequence = Arbitraries.strings().numeric().ofLength(3);
        Arbitrary<Boolean> foreigner = Arbitraries.integers().between(0, 4).map(i -> i == 0);
        return Combinators.combine(province, rest, date, sequence, foreigner)
                .as((p, r, d, s, f) -> address(p, r, f) + d + s);
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> noise = Arbitraries.strings()
                .withChars("0123456789xX ０１９ｘ-a\u3000")
                .ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> nearlyValid = bodies().flatMap(body -> Arbitraries.of(
                body + IdentityNumbers.check(body),
                body.substring(0, 6) + body.substring(8),
                body + "X",
                body + IdentityNumbers.check(body) + "1",
                " " + body.toLowerCase() + IdentityNumbers.check(body)));
        return Arbitraries.oneOf(noise, nearlyValid);
    }

    private static String address(String province, String rest, boolean foreigner) {
        if (foreigner) {
            return "9" + province + rest.substring(1);
        }
        return Integer.parseInt(province) > 80 ? province + "0000" : province + rest;
    }

    /** An implementation of the check character written from the standard, apart from ours. */
    static final class IdentityNumbers {

        private static final int[] WEIGHTS = IntStream.rangeClosed(1, 17)
                .map(i -> (1 << (18 - i)) % 11).toArray();

        private IdentityNumbers() {
        }

        static char check(String body) {
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                sum += (body.charAt(i) - '0') * WEIGHTS[i];
            }
            int value = (12 - sum % 11) % 11;
            return value == 10 ? 'X' : (char) ('0' + value);
        }
    }
}
