package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.code.Ethnicity;

class CellValuesTest {

    @ParameterizedTest(name = "{0} reads as 2020-03-15")
    @CsvSource(delimiter = '|', value = {
        "2020-03-15", "2020/3/15", "2020.3.15", "20200315", "2020年3月15日", "2020年03月15",
        "２０２０－０３－１５", " 2020-03-15 ", "2020-03-15 00:00:00", "2020/3/15 8:30"})
    void readsTextDatesInTheUsualShapes(String text) {
        assertThat(CellValues.date(Cell.ofString(2, 3, text, false)).value())
                .isEqualTo(LocalDate.of(2020, 3, 15));
    }

    @ParameterizedTest(name = "{0} is refused")
    @CsvSource({"2020-02-30", "2020-13-01", "15/03/2020", "明天", "2020315"})
    void refusesTextThatIsNoDate(String text) {
        CellResult<LocalDate> result = CellValues.date(Cell.ofString(2, 3, text, false));

        assertThat(result.isPresent()).isFalse();
        assertThat(result.problem()).get().extracting(CellProblem::code)
                .isEqualTo(ErrorCode.INVALID_DATE);
    }

    @Test
    void readsDateCellsAndEightDigitNumbers() {
        Cell date = Cell.ofDate(1, 0, "43905", LocalDateTime.of(2020, 3, 15, 0, 0), false);

        assertThat(CellValues.date(date).value()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(CellValues.date(Cell.ofNumber(1, 0, "20200315", false)).value())
                .isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(CellValues.date(Cell.blank(1, 0)).isBlank()).isTrue();
        assertThat(CellValues.text(date)).isEqualTo("2020-03-15");
    }

    @ParameterizedTest(name = "{0} reads as 2020-09")
    @CsvSource({"2020-09", "2020/9", "2020.9", "202009", "2020年9月", "2020年09月", "2020-09-01"})
    void readsYearsAndMonths(String text) {
        assertThat(CellValues.yearMonth(Cell.ofString(1, 0, text, false)).value())
                .isEqualTo(YearMonth.of(2020, 9));
    }

    @Test
    void refusesANumberThatMayHaveLostTheZeroOfOctober() {
        CellResult<YearMonth> result = CellValues.yearMonth(Cell.ofNumber(1, 0, "2020.1", false));

        assertThat(result.problem()).get().extracting(CellProblem::chineseMessage)
                .asString().contains("2020-10");
        assertThat(CellValues.yearMonth(Cell.ofNumber(1, 0, "202010", false)).value())
                .isEqualTo(YearMonth.of(2020, 10));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @CsvSource({"2019, 2019", "2019.0, 2019", "1.5E3, 1500", "12.50, 12.5", "0.0, 0",
        "-3, -3", "1E-2, 0.01"})
    void givesWholeNumbersWithoutFractionOrExponent(String raw, String text) {
        assertThat(CellValues.text(Cell.ofNumber(1, 0, raw, false))).isEqualTo(text);
    }

    @Test
    void foldsFullWidthCharactersAndTrimsText() {
        assertThat(CellValues.text(Cell.ofString(1, 0, "\u3000１２３ＡＢ（注）\n", false)))
                .isEqualTo("123AB(注)");
    }

    @ParameterizedTest(name = "{0} lost its last digits")
    @CsvSource({"1.10101200001012E+17", "1.10101200001011232E17", "110101200001011000",
        "3.4052419800101E+17"})
    void saysAnIdentityNumberStoredAsANumberLostItsLastDigits(String raw) {
        CellResult<String> result = CellValues.identityNumber(Cell.ofNumber(4, 2, raw, false));

        CellProblem problem = result.problem().orElseThrow();
        assertThat(problem.code()).isEqualTo(ErrorCode.IDENTITY_NUMBER_STORED_AS_NUMBER);
        assertThat(problem.chineseMessage()).contains("15 位有效数字").contains("18 位")
                .doesNotContainPattern("\\d{6,}");
        assertThat(problem.englishMessage()).contains("lost").doesNotContainPattern("\\d{6,}");
    }

    @Test
    void acceptsIdentityNumbersAsTextAndFifteenDigitNumbers() {
        assertThat(CellValues.identityNumber(Cell.ofString(1, 0, " 11010120000101123x ", false))
                .value()).isEqualTo("11010120000101123X");
        assertThat(CellValues.identityNumber(Cell.ofString(1, 0, "１１０１０１２０００"
                + "０１０１１２３Ｘ", false)).value()).isEqualTo("11010120000101123X");
        assertThat(CellValues.identityNumber(Cell.ofNumber(1, 0, "1.10101000101123E+14",
                false)).value()).isEqualTo("110101000101123");
        assertThat(CellValues.identityNumber(Cell.ofNumber(1, 0, "12.5", false)).problem())
                .get().extracting(CellProblem::code).isEqualTo(ErrorCode.INVALID_IDENTITY_NUMBER);
    }

    @Test
    void readsCodedFieldsByCodeNumberOrName() {
        assertThat(CellValues.code(Cell.ofString(1, 0, "01", false), Ethnicity.class).value())
                .isEqualTo(CellValues.code(Cell.ofString(1, 0, "汉族", false), Ethnicity.class)
                        .value());
        assertThat(CellValues.code(Cell.ofNumber(1, 0, "1", false), Ethnicity.class).value())
                .isEqualTo(CellValues.code(Cell.ofString(1, 0, "汉族", false), Ethnicity.class)
                        .value());
        assertThat(CellValues.code(Cell.ofString(1, 0, "火星族", false), Ethnicity.class)
                .problem()).get().extracting(CellProblem::code)
                .isEqualTo(ErrorCode.UNKNOWN_CODE);
    }
}
