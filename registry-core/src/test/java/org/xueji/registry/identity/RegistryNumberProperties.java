package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

class RegistryNumberProperties {

    static final Clock CLOCK = IdentityNumberTest.CLOCK;

    @Property
    void anAssignedJNumberCarriesTheIdentityCheckCharacter(
            @ForAll("locations") DivisionCode location,
            @ForAll("births") LocalDate birth,
            @ForAll @IntRange(min = 0, max = 999) int sequence) {
        RegistryNumber number = RegistryNumber.assigned(location, birth, sequence);
        String body = number.value().substring(1, 18);

        assertThat(number.value().charAt(18))
                .isEqualTo(IdentityNumberProperties.IdentityNumbers.check(body));
        assertThat(RegistryNumber.parse(number.value(), CLOCK)).isEqualTo(number);
        assertThat(number.birthDate()).isEqualTo(birth);
        assertThat(number.divisionCode()).isEqualTo(location);
    }

    @Property
    void aJNumberWithAnyOneDigitChangedIsInvalid(
            @ForAll("locations") DivisionCode location,
            @ForAll("births") LocalDate birth,
            @ForAll @IntRange(min = 0, max = 999) int sequence,
            @ForAll @IntRange(min = 1, max = 17) int position,
            @ForAll @IntRange(min = 1, max = 9) int shift) {
        char[] chars = RegistryNumber.assigned(location, birth, sequence).value().toCharArray();
        chars[position] = (char) ('0' + (chars[position] - '0' + shift) % 10);

        assertThat(RegistryNumber.isValid(new String(chars), CLOCK)).isFalse();
    }

    @Property
    void aTemporaryNumberRoundTrips(
            @ForAll("locations") DivisionCode location,
            @ForAll("births") LocalDate birth,
            @ForAll @IntRange(min = 0, max = 9999) int digits) {
        RegistryNumber number = RegistryNumber.temporary(location, birth, digits);

        assertThat(RegistryNumber.parse(number.value().toLowerCase(), CLOCK)).isEqualTo(number);
        assertThat(number.masked().substring(7, 15)).isEqualTo("********");
    }

    @Property(tries = 2000)
    void isValidAndCheckAgreeWithParseOnArbitraryText(@ForAll("texts") String text) {
        Optional<RegistryNumberProblem> parseVerdict;
        try {
            RegistryNumber.parse(text, CLOCK);
            parseVerdict = Optional.empty();
        } catch (InvalidRegistryNumberException e) {
            parseVerdict = Optional.of(e.problem());
        }

        assertThat(RegistryNumber.check(text, CLOCK)).isEqualTo(parseVerdict);
        assertThat(RegistryNumber.isValid(text, CLOCK)).isEqualTo(parseVerdict.isEmpty());
    }

    @Provide
    Arbitrary<DivisionCode> locations() {
        return Arbitraries.integers().between(10, 99).filter(DivisionCode::isProvinceLevel)
                .flatMap(p -> Arbitraries.strings().numeric().ofLength(4).map(r -> p + r))
                .map(DivisionCode::parse);
    }

    @Provide
    Arbitrary<LocalDate> births() {
        return Dates.dates().between(LocalDate.of(1800, 1, 1), LocalDate.now(CLOCK));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> letter = Arbitraries.of("G", "J", "L", "g", "x", "", " ");
        Arbitrary<String> rest = Arbitraries.strings().withChars("0123456789X ")
                .ofMinLength(0).ofMaxLength(20);
        Arbitrary<String> noise = letter.flatMap(l -> rest.map(r -> l + r));
        Arbitrary<String> nearlyValid = Arbitraries.oneOf(
                Arbitraries.just("G11010519491231002X"),
                Arbitraries.just("J340104201208151239"),
                Arbitraries.just("L340104201208150042"))
                .flatMap(v -> Arbitraries.integers().between(0, 18).flatMap(i -> Arbitraries
                        .of('0', '1', '9', 'X', ' ')
                        .map(c -> v.substring(0, i) + c + v.substring(i + 1))));
        return Arbitraries.oneOf(noise, nearlyValid);
    }
}
