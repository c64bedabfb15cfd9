package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

class AcademicYearTest {

    private static final MonthDay FIRST_OF_AUGUST = MonthDay.of(Month.AUGUST, 1);

    @ParameterizedTest
    @ValueSource(strings = {"2026-2027", "2026—2027", "2026–2027", "2026~2027", "2026至2027",
        " 2026 - 2027 ", "2026"})
    void parsesTheWaysSchoolYearsAreWritten(String text) {
        assertThat(AcademicYear.parse(text)).isEqualTo(AcademicYear.of(2026));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2026-", "-2027", "2026-2028", "2027-2026", "2026-2027-2028",
        "二〇二六", "2026/2027", "1899-1900", "9999"})
    void rejectsTextThatIsNotASchoolYear(String text) {
        assertThatThrownBy(() -> AcademicYear.parse(text))
                .isInstanceOf(RegistryException.class)
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.INVALID_VALUE);
    }

    @Test
    void namesTheMalformedTextInBothLanguages() {
        assertThatThrownBy(() -> AcademicYear.parse("2026-2028"))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("2026-2028")
                .satisfies(ex -> assertThat(((RegistryException) ex).englishMessage())
                        .contains("2026-2028"));
    }

    @Test
    void thirtyFirstOfJulyBelongsToTheYearThatEnds() {
        assertThat(AcademicYear.containing(LocalDate.of(2026, 7, 31), FIRST_OF_AUGUST))
                .isEqualTo(AcademicYear.of(2025));
    }

    @Test
    void firstOfAugustBelongsToTheYearThatStarts() {
        assertThat(AcademicYear.containing(LocalDate.of(2026, 8, 1), FIRST_OF_AUGUST))
                .isEqualTo(AcademicYear.of(2026));
    }

    @Test
    void januaryBelongsToTheYearThatStartedTheAutumnBefore() {
        assertThat(AcademicYear.containing(LocalDate.of(2027, 1, 15), FIRST_OF_AUGUST))
                .isEqualTo(AcademicYear.of(2026));
    }

    @Test
    void writesItselfAsStartAndEndYear() {
        AcademicYear year = AcademicYear.of(2026);

        assertThat(year).hasToString("2026-2027");
        assertThat(year.startYear()).isEqualTo(2026);
        assertThat(year.endYear()).isEqualTo(2027);
        assertThat(year.firstDay(FIRST_OF_AUGUST)).isEqualTo(LocalDate.of(2026, 8, 1));
    }

    @Test
    void countsYearsForwardAndBack() {
        AcademicYear year = AcademicYear.of(2026);

        assertThat(year.next()).isEqualTo(AcademicYear.of(2027));
        assertThat(year.previous()).isEqualTo(AcademicYear.of(2025));
        assertThat(year.plusYears(-6)).isEqualTo(AcademicYear.of(2020));
        assertThat(year.yearsUntil(AcademicYear.of(2020))).isEqualTo(-6);
        assertThat(year.compareTo(year.next())).isNegative();
    }

    @ParameterizedTest
    @ValueSource(ints = {1899, 9999, -1, 0})
    void rejectsStartYearsOutOfRange(int startYear) {
        assertThatThrownBy(() -> AcademicYear.of(startYear))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
