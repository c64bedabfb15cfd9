package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;

class RegistryNumberTest {

    static final Clock CLOCK = IdentityNumberTest.CLOCK;

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            G11010519491231002X       | G11010519491231002X | G | 1949-12-31 | 110105
            g11010519491231002x       | G11010519491231002X | G | 1949-12-31 | 110105
            ' G 440524 18800101 0014' | G440524188001010014 | G | 1880-01-01 | 440524
            Ｇ４４０５２４１８８００１０１００１４ | G440524188001010014 | G | 1880-01-01 | 440524
            J340104201208151239       | J340104201208151239 | J | 2012-08-15 | 340104
            j34010219000101001 3      | J340102190001010013 | J | 1900-01-01 | 340102
            L340104201208150042       | L340104201208150042 | L | 2012-08-15 | 340104
            """)
    void parsesValidNumbersAndNormalisesThem(String text, String value,
            RegistryNumberKind kind, LocalDate birth, String division) {
        RegistryNumber number = RegistryNumber.parse(text, CLOCK);

        assertThat(number.value()).isEqualTo(value);
        assertThat(number.kind()).isEqualTo(kind);
        assertThat(number.birthDate()).isEqualTo(birth);
        assertThat(number.divisionCode()).isEqualTo(DivisionCode.parse(division));
        assertThat(number.identityNumber().isPresent()).isEqualTo(kind == RegistryNumberKind.G);
        assertThat(RegistryNumber.isValid(text, CLOCK)).isTrue();
        assertThat(RegistryNumber.check(text, CLOCK)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ''                    | BLANK
            '  '                  | BLANK
            11010519491231002X    | KIND
            X11010519491231002X   | KIND
            学11010519491231002X   | KIND
            G1101051949123100X2   | CHARACTER
            L34010420120815004X   | CHARACTER
            J34010420120815123A   | CHARACTER
            G                     | LENGTH
            G110105491231002      | LENGTH
            G11010519491231002X0  | LENGTH
            L34010420120815004    | LENGTH
            G110105194912310021   | IDENTITY_NUMBER
            G110105202506020021   | IDENTITY_NUMBER
            J100104201208151239   | DIVISION
            L990104201208150042   | DIVISION
            J340104201202301239   | BIRTH_DATE
            L340104201213010042   | BIRTH_DATE
            J340104202506021239   | FUTURE_BIRTH_DATE
            L340104202506020042   | FUTURE_BIRTH_DATE
            J340104201208151238   | CHECK_CHARACTER
            """)
    void reportsEachProblemTheSameWayInParseIsValidAndCheck(
            String text, RegistryNumberProblem problem) {
        InvalidRegistryNumberException thrown = catchThrowableOfType(
                InvalidRegistryNumberException.class, () -> RegistryNumber.parse(text, CLOCK));

        assertThat(thrown.problem()).isEqualTo(problem);
        assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_REGISTRY_NUMBER);
        assertThat(RegistryNumber.isValid(text, CLOCK)).isFalse();
        assertThat(RegistryNumber.check(text, CLOCK)).contains(problem);
    }

    @Test
    void namesTheIdentityNumbersProblemInsideAGNumber() {
        InvalidRegistryNumberException thrown = catchThrowableOfType(
                InvalidRegistryNumberException.class,
                () -> RegistryNumber.parse("G110105202506020021", CLOCK));

        assertThat(thrown.identityNumberProblem())
                .contains(IdentityNumberProblem.FUTURE_BIRTH_DATE);
        assertThat(thrown.getMessage())
                .isEqualTo("学籍号中的身份证号码无效：身份证号码中的出生日期晚于今天")
                .doesNotContain("110105");
    }

    @Test
    void derivesAGNumberFromAnIdentityNumber() {
        IdentityNumber identity = IdentityNumber.parse("11010519491231002X", CLOCK);

        RegistryNumber number = RegistryNumber.of(identity);

        assertThat(number.value()).isEqualTo("G11010519491231002X");
        assertThat(number.identityNumber()).contains(identity);
        assertThat(number).isEqualTo(RegistryNumber.parse("G11010519491231002X", CLOCK));
    }

    @Test
    void assignsAJNumberWithItsCheckCharacter() {
        RegistryNumber number = RegistryNumber.assigned(
                DivisionCode.parse("340104"), LocalDate.of(2012, 8, 15), 123);

        assertThat(number.value()).isEqualTo("J340104201208151239");
        assertThat(number.kind()).isEqualTo(RegistryNumberKind.J);
        assertThat(number.identityNumber()).isEmpty();
        assertThat(RegistryNumber.assigned(
                DivisionCode.parse("340102"), LocalDate.of(1900, 1, 1), 1).value())
                .isEqualTo("J340102190001010013");
    }

    @Test
    void padsTheSequenceOfAJNumber() {
        assertThat(RegistryNumber.assigned(
                DivisionCode.parse("340104"), LocalDate.of(2012, 8, 15), 0).value())
                .startsWith("J34010420120815000");
    }

    @Test
    void rejectsASequenceOutOfRange() {
        DivisionCode location = DivisionCode.parse("340104");
        LocalDate birth = LocalDate.of(2012, 8, 15);

        assertThatThrownBy(() -> RegistryNumber.assigned(location, birth, 1000))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryNumber.assigned(location, birth, -1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> RegistryNumber.temporary(location, birth, 10_000))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void makesATemporaryLNumberFromTheCallersDigits() {
        RegistryNumber number = RegistryNumber.temporary(
                DivisionCode.parse("340104"), LocalDate.of(2012, 8, 15), 42);

        assertThat(number.value()).isEqualTo("L340104201208150042");
        assertThat(number.kind()).isEqualTo(RegistryNumberKind.L);
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(2012, 8, 15));
    }

    @Test
    void masksTheBirthDate() {
        RegistryNumber number = RegistryNumber.parse("G11010519491231002X", CLOCK);

        assertThat(number.masked()).isEqualTo("G110105********002X");
        assertThat(number).hasToString("G110105********002X");
    }

    @Test
    void describesEachKindInChinese() {
        assertThat(RegistryNumberKind.J.chineseDescription()).contains("自编");
        assertThat(RegistryNumberKind.L.chineseDescription()).contains("临时");
    }
}
