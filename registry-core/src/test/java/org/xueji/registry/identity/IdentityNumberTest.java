package org.xueji.registry.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.StringReader;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.code.Sex;

class IdentityNumberTest {

    static final Clock CLOCK = Clock.fixed(
            LocalDate.of(2025, 6, 1).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11010519491231002X         | 11010519491231002X | 1949-12-31 | FEMALE | RESIDENT
            440524188001010014         | 440524188001010014 | 1880-01-01 | MALE   | RESIDENT
            '11010519491231002x'       | 11010519491231002X | 1949-12-31 | FEMALE | RESIDENT
            ' 110105 19491231 002X '   | 11010519491231002X | 1949-12-31 | FEMALE | RESIDENT
            １１０１０５１９４９１２３１００２ｘ | 11010519491231002X | 1949-12-31 | FEMALE | RESIDENT
            110105491231002            | 11010519491231002X | 1949-12-31 | FEMALE | RESIDENT
            440524800101001            | 440524198001010013 | 1980-01-01 | MALE   | RESIDENT
            340104201208151239         | 340104201208151239 | 2012-08-15 | MALE   | RESIDENT
            320105200002290020         | 320105200002290020 | 2000-02-29 | FEMALE | RESIDENT
            810000199001010019         | 810000199001010019 | 1990-01-01 | MALE   | \
            HONG_KONG_MACAU_TAIWAN_RESIDENCE_PERMIT
            830000201003050026         | 830000201003050026 | 2010-03-05 | FEMALE | \
            HONG_KONG_MACAU_TAIWAN_RESIDENCE_PERMIT
            911840201507010031         | 911840201507010031 | 2015-07-01 | MALE   | \
            FOREIGN_PERMANENT_RESIDENT
            """)
    void parsesValidNumbersAndNormalisesThem(
            String text, String value, LocalDate birth, Sex sex, IdentityNumberKind kind) {
        IdentityNumber number = IdentityNumber.parse(text, CLOCK);

        assertThat(number.value()).isEqualTo(value);
        assertThat(number.birthDate()).isEqualTo(birth);
        assertThat(number.sex()).isEqualTo(sex);
        assertThat(number.kind()).isEqualTo(kind);
        assertThat(IdentityNumber.isValid(text, CLOCK)).isTrue();
        assertThat(IdentityNumber.check(text, CLOCK)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            ''                     | BLANK
            '   '                  | BLANK
            '\u3000\u00A0'         | BLANK
            11010519491231002A     | CHARACTER
            1101051949123100X2     | CHARACTER
            11010549123100X        | CHARACTER
            张三                    | CHARACTER
            11010519491231002-     | CHARACTER
            1101051949123100       | LENGTH
            11010519491231002X1    | LENGTH
            1101051949123          | LENGTH
            110105194912310020     | CHECK_CHARACTER
            101051194912310021     | PROVINCE
            001051194912310021     | PROVINCE
            721051194912310021     | PROVINCE
            901051194912310021     | PROVINCE
            100105491231002        | PROVINCE
            810101199001010011     | PERMIT_ADDRESS_CODE
            110105194902300021     | BIRTH_DATE
            110105190002290021     | BIRTH_DATE
            110105179912310021     | BIRTH_DATE
            110105194913010021     | BIRTH_DATE
            110105194912000021     | BIRTH_DATE
            110105490230002        | BIRTH_DATE
            110105202506020021     | FUTURE_BIRTH_DATE
            110105194912310021     | CHECK_CHARACTER
            440524188001010015     | CHECK_CHARACTER
            911840201507010032     | CHECK_CHARACTER
            """)
    void reportsEachProblemTheSameWayInParseIsValidAndCheck(
            String text, IdentityNumberProblem problem) {
        InvalidIdentityNumberException thrown = catchThrowableOfType(
                InvalidIdentityNumberException.class, () -> IdentityNumber.parse(text, CLOCK));

        assertThat(thrown.problem()).isEqualTo(problem);
        assertThat(thrown.code()).isEqualTo(ErrorCode.INVALID_IDENTITY_NUMBER);
        assertThat(IdentityNumber.isValid(text, CLOCK)).isFalse();
        assertThat(IdentityNumber.check(text, CLOCK)).contains(problem);
    }

    @Test
    void rejectsAFutureBirthDate() {
        assertThat(IdentityNumber.check("110105202506020021", CLOCK))
                .contains(IdentityNumberProblem.FUTURE_BIRTH_DATE);
    }

    @Test
    void acceptsABirthDateOfToday() {
        Clock born = Clock.fixed(
                LocalDate.of(2012, 8, 15).atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant(),
                ZoneId.of("Asia/Shanghai"));

        assertThat(IdentityNumber.isValid("340104201208151239", born)).isTrue();
    }

    @Test
    void treatsNullAsBlankWhenCheckingButNotWhenParsing() {
        assertThat(IdentityNumber.isValid(null, CLOCK)).isFalse();
        assertThat(IdentityNumber.check(null, CLOCK)).contains(IdentityNumberProblem.BLANK);
        assertThatThrownBy(() -> IdentityNumber.parse(null, CLOCK))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void masksTheBirthDateInMaskedFormAndToString() {
        IdentityNumber number = IdentityNumber.parse("340104201208151239", CLOCK);

        assertThat(number.masked()).isEqualTo("340104********1239");
        assertThat(number).hasToString("340104********1239");
    }

    @Test
    void neverRepeatsTheWholeNumberInAnExceptionMessage() {
        InvalidIdentityNumberException thrown = catchThrowableOfType(
                InvalidIdentityNumberException.class,
                () -> IdentityNumber.parse("110105194912310021", CLOCK));

        assertThat(thrown.getMessage())
                .isEqualTo("身份证号码的校验码错误：110105********0021")
                .doesNotContain("19491231");
        assertThat(thrown.englishMessage())
                .isEqualTo("the identity number's check character is wrong: 110105********0021");
        assertThat(thrown.message(Locale.ENGLISH)).isEqualTo(thrown.englishMessage());
    }

    @Test
    void masksALegacyNumberInAnExceptionMessage() {
        InvalidIdentityNumberException thrown = catchThrowableOfType(
                InvalidIdentityNumberException.class,
                () -> IdentityNumber.parse("110105490230002", CLOCK));

        assertThat(thrown.getMessage()).endsWith("110105******002").doesNotContain("490230");
    }

    @Test
    void namesNoDigitsWhenTheLengthIsWrong() {
        InvalidIdentityNumberException thrown = catchThrowableOfType(
                InvalidIdentityNumberException.class,
                () -> IdentityNumber.parse("1101051949123100", CLOCK));

        assertThat(thrown.getMessage()).isEqualTo("身份证号码应为18位（旧号码为15位）");
    }

    @Test
    void comparesByValueAfterNormalising() {
        IdentityNumber legacy = IdentityNumber.parse("110105491231002", CLOCK);
        IdentityNumber full = IdentityNumber.parse("11010519491231002x", CLOCK);

        assertThat(legacy).isEqualTo(full).hasSameHashCodeAs(full);
        assertThat(legacy).isNotEqualTo(IdentityNumber.parse("440524188001010014", CLOCK));
    }

    @Test
    void givesTheAddressCodeAsDivisionCode() {
        assertThat(IdentityNumber.parse("340104201208151239", CLOCK).divisionCode())
                .isEqualTo(DivisionCode.parse("340104"));
        assertThat(IdentityNumber.parse("340104201208151239", CLOCK).nationalityCode()).isEmpty();
    }

    @Test
    void givesTheIssuingProvinceAndNationalityOfAPermanentResidenceCard() {
        IdentityNumber number = IdentityNumber.parse("911840201507010031", CLOCK);

        assertThat(number.divisionCode()).isEqualTo(DivisionCode.parse("110000"));
        assertThat(number.nationalityCode()).contains("840");
        assertThat(number.masked()).isEqualTo("911840********0031");
    }

    @Test
    void acceptsAbolishedCountiesWithoutADirectory() {
        assertThat(IdentityNumber.isValid("340102190001010013", CLOCK)).isTrue();
    }

    @Test
    void rejectsAnAddressCodeMissingFromTheDirectory() {
        DivisionDirectory directory = DivisionDirectory.load(new StringReader(
                "code,name\n110000,北京市\n110105,朝阳区\n\n# 历史代码\n\"440524\",潮阳县\n"));

        assertThat(IdentityNumber.check("11010519491231002X", CLOCK, directory)).isEmpty();
        assertThat(IdentityNumber.check("440524188001010014", CLOCK, directory)).isEmpty();
        assertThat(IdentityNumber.check("911840201507010031", CLOCK, directory)).isEmpty();
        assertThat(IdentityNumber.check("810000199001010019", CLOCK, directory)).isEmpty();
        assertThat(IdentityNumber.check("340104201208151239", CLOCK, directory))
                .contains(IdentityNumberProblem.UNKNOWN_DIVISION);
        assertThat(IdentityNumber.check("34010420120815123", CLOCK, directory))
                .contains(IdentityNumberProblem.LENGTH);
        assertThatThrownBy(() -> IdentityNumber.parse("340104201208151239", CLOCK, directory))
                .isInstanceOfSatisfying(InvalidIdentityNumberException.class, e -> assertThat(
                        e.problem()).isEqualTo(IdentityNumberProblem.UNKNOWN_DIVISION));
    }

    @Test
    void buildsADirectoryFromCodes() {
        DivisionDirectory directory = DivisionDirectory.of(List.of(DivisionCode.parse("340104")));

        assertThat(directory.contains(DivisionCode.parse("340104"))).isTrue();
        assertThat(directory.contains(DivisionCode.parse("340102"))).isFalse();
    }

    @Test
    void namesTheLineOfABadCodeInADirectoryFile() {
        assertThatThrownBy(() -> DivisionDirectory.load(new StringReader("110000 北京\n99 x\n")))
                .hasMessageContaining("第2行");
    }
}
