package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;

class RegionalStudentNumberTest {

    static final AnhuiRegionalNumberScheme ANHUI = AnhuiRegionalNumberScheme.instance();
    static final DivisionCode COUNTY = DivisionCode.parse("340104");

    @ParameterizedTest
    @CsvSource({
        "2025, 12, PRIMARY, MALE, false, 340104250121",
        "2025, 12, PRIMARY, FEMALE, false, 340104250122",
        "2019, 0, PRIMARY, MALE, true, 340104190003",
        "2019, 7, PRIMARY, FEMALE, true, 340104190074",
        "2031, 999, JUNIOR, MALE, true, 340104319995",
        "2031, 999, JUNIOR, FEMALE, true, 340104319996",
        "2100, 5, SENIOR, MALE, true, 340104000057",
        "2028, 5, SENIOR, FEMALE, true, 340104280058",
        "2028, 5, SENIOR, FEMALE, false, 340104280052",
    })
    void computesTheAnhuiPrefix(int year, int district, SchoolStage stage, Sex sex,
            boolean transferred, String prefix) {
        RegionalNumberPrefix computed =
                ANHUI.prefix(COUNTY, year, district, stage, sex, transferred);

        assertThat(computed.value()).isEqualTo(prefix);
        assertThat(computed.maxSerial()).isEqualTo(9999);
    }

    @Test
    void padsTheSerialToFourDigits() {
        RegionalNumberPrefix prefix = ANHUI.prefix(
                COUNTY, 2025, 12, SchoolStage.PRIMARY, Sex.MALE, false);

        assertThat(RegionalStudentNumber.of(prefix, 1).value()).isEqualTo("3401042501210001");
        assertThat(RegionalStudentNumber.of(prefix, 9999).value()).isEqualTo("3401042501219999");
    }

    @Test
    void refusesASerialBeyondThePrefixsRoom() {
        RegionalNumberPrefix prefix = ANHUI.prefix(
                COUNTY, 2025, 12, SchoolStage.PRIMARY, Sex.MALE, false);

        InvalidRegionalNumberException thrown = catchThrowableOfType(
                InvalidRegionalNumberException.class,
                () -> RegionalStudentNumber.of(prefix, 10_000));

        assertThat(thrown.problem()).isEqualTo(RegionalNumberProblem.SERIAL_EXHAUSTED);
        assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_REGIONAL_NUMBER);
        assertThat(thrown.getMessage()).isEqualTo("该前缀下的地区学号流水号已用完");
        assertThatThrownBy(() -> RegionalStudentNumber.of(prefix, 0))
                .isInstanceOfSatisfying(InvalidRegionalNumberException.class,
                        e -> assertThat(e.problem()).isEqualTo(RegionalNumberProblem.SERIAL));
    }

    @Test
    void refusesARequestOutOfRange() {
        assertThatThrownBy(() -> ANHUI.prefix(
                COUNTY, 2025, 1000, SchoolStage.PRIMARY, Sex.MALE, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ANHUI.prefix(
                COUNTY, 25, 12, SchoolStage.PRIMARY, Sex.MALE, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({
        "3401042501210001, 340104250121, 1",
        "'3401 0425 0121 9999', 340104250121, 9999",
        "３４０１０４２５０１２６００４２, 340104250126, 42",
    })
    void parsesValidNumbers(String text, String prefix, int serial) {
        RegionalStudentNumber number = RegionalStudentNumber.parse(text);

        assertThat(number.prefix()).isEqualTo(RegionalNumberPrefix.of(prefix, 4));
        assertThat(number.serial()).isEqualTo(serial);
        assertThat(RegionalStudentNumber.isValid(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "'', BLANK",
        "'  ', BLANK",
        "340104250121000A, CHARACTER",
        "340104250121000X, CHARACTER",
        "340104250121001, LENGTH",
        "34010425012100011, LENGTH",
        "1001042501210001, DIVISION",
        "3401042501200001, FEATURE_DIGIT",
        "3401042501290001, FEATURE_DIGIT",
        "3401042501210000, SERIAL",
    })
    void reportsEachProblemTheSameWayInParseAndCheck(String text, RegionalNumberProblem problem) {
        InvalidRegionalNumberException thrown = catchThrowableOfType(
                InvalidRegionalNumberException.class, () -> RegionalStudentNumber.parse(text));

        assertThat(thrown.problem()).isEqualTo(problem);
        assertThat(ANHUI.check(text)).contains(problem);
        assertThat(RegionalStudentNumber.isValid(text)).isFalse();
    }

    @Test
    void decodesTheFeatureDigit() {
        RegionalStudentNumber number = RegionalStudentNumber.parse("3401042501260042");

        assertThat(ANHUI.sex(number)).isEqualTo(Sex.FEMALE);
        assertThat(ANHUI.transferStage(number)).contains(SchoolStage.JUNIOR);
        assertThat(ANHUI.county(number)).isEqualTo(COUNTY);
        assertThat(ANHUI.transferStage(RegionalStudentNumber.parse("3401042501210001")))
                .isEmpty();
    }
}
