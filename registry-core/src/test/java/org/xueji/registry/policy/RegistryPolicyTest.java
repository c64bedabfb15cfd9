package org.xueji.registry.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.calendar.AcademicYear;

class RegistryPolicyTest {

    @ParameterizedTest(name = "{0} is in school year {1}")
    @CsvSource({
        "2025-07-31, 2024",
        "2025-08-01, 2025",
        "2026-01-15, 2025",
    })
    void anhuiSchoolYearTurnsOverOnFirstAugust(LocalDate date, int startYear) {
        assertThat(RegistryPolicy.anhui().schoolYearOn(date))
                .isEqualTo(AcademicYear.of(startYear));
    }
}
