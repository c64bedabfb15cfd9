package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @ParameterizedTest
    @CsvSource({"1, 一年级, false", "6, 六年级, false", "7, 七年级, false", "9, 九年级, false",
        "10, 高一, true", "11, 高二, true", "12, 高三, true"})
    void namesEachGradeAndKnowsTheSeniorOnes(int number, String name, boolean senior) {
        Grade grade = Grade.of(number);

        assertThat(grade.chineseName()).isEqualTo(name);
        assertThat(grade).hasToString(name);
        assertThat(grade.isSenior()).isEqualTo(senior);
        assertThat(grade.number()).isEqualTo(number);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 13, -1})
    void rejectsNumbersOutsideOneToTwelve(int number) {
        assertThatThrownBy(() -> Grade.of(number)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void derivesTheGradeFromTheCohortAndTheCurrentYear() {
        AcademicYear cohort = AcademicYear.of(2020);

        assertThat(Grade.of(cohort, AcademicYear.of(2020))).isEqualTo(Grade.of(1));
        assertThat(Grade.of(cohort, AcademicYear.of(2026))).isEqualTo(Grade.of(7));
        assertThat(Grade.of(cohort, AcademicYear.of(2031))).isEqualTo(Grade.of(12));
    }

    @Test
    void refusesAGradeForACohortNotInSchoolThatYear() {
        AcademicYear cohort = AcademicYear.of(2020);

        assertThatThrownBy(() -> Grade.of(cohort, AcademicYear.of(2019)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Grade.of(cohort, AcademicYear.of(2032)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void seventhGradersIn2026StartedGradeOneIn2020() {
        assertThat(Grade.of(7).cohortIn(AcademicYear.of(2026))).isEqualTo(AcademicYear.of(2020));
    }

    @Test
    void theLastGradeHasNoNext() {
        assertThat(Grade.of(12).next()).isEmpty();
        assertThat(Grade.of(9).next()).contains(Grade.of(10));
    }

    @Test
    void ordersGradesByNumber() {
        assertThat(Grade.of(3)).isLessThan(Grade.of(10));
    }
}
