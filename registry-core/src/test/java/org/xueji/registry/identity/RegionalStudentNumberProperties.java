package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;

class RegionalStudentNumberProperties {

    static final AnhuiRegionalNumberScheme ANHUI = AnhuiRegionalNumberScheme.instance();

    @Property
    void aNumberRoundTripsThroughItsDigits(
            @ForAll("counties") DivisionCode county,
            @ForAll @IntRange(min = 1950, max = 2100) int year,
            @ForAll @IntRange(min = 0, max = 999) int district,
            @ForAll SchoolStage stage,
            @ForAll Sex sex,
            @ForAll boolean transferred,
            @ForAll @IntRange(min = 1, max = 9999) int serial) {
        RegionalStudentNumber number = RegionalStudentNumber.of(
                ANHUI.prefix(county, year, district, stage, sex, transferred), serial);

        RegionalStudentNumber parsed = RegionalStudentNumber.parse(number.value());

        assertThat(parsed).isEqualTo(number);
        assertThat(parsed.value()).hasSize(16);
        assertThat(ANHUI.sex(parsed)).isEqualTo(sex);
        assertThat(ANHUI.county(parsed)).isEqualTo(county);
        assertThat(ANHUI.transferStage(parsed))
                .isEqualTo(transferred ? Optional.of(stage) : Optional.empty());
    }

    @Property(tries = 2000)
    void checkAgreesWithParseOnArbitraryText(@ForAll("texts") String text) {
        Optional<RegionalNumberProblem> parseVerdict;
        try {
            RegionalStudentNumber.parse(text);
            parseVerdict = Optional.empty();
        } catch (InvalidRegionalNumberException e) {
            parseVerdict = Optional.of(e.problem());
        }

        assertThat(ANHUI.check(text)).isEqualTo(parseVerdict);
    }

    @Provide
    Arbitrary<DivisionCode> counties() {
        return Arbitraries.integers().between(10, 99).filter(DivisionCode::isProvinceLevel)
                .flatMap(p -> Arbitraries.strings().numeric().ofLength(4).map(r -> p + r))
                .map(DivisionCode::parse);
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789 x").ofMinLength(0).ofMaxLength(18),
                Arbitraries.strings().numeric().ofLength(12).map(p -> "34" + p + "01"));
    }
}
