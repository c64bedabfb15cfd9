package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchoolSystemTest {

    @ParameterizedTest(name = "{0} {1}: {2} years, grades {3} to {4}")
    @CsvSource({
        "SIX_THREE, PRIMARY, 6,  1,  6",
        "SIX_THREE, JUNIOR,  3,  7,  9",
        "SIX_THREE, SENIOR,  3, 10, 12",
        "FIVE_FOUR, PRIMARY, 5,  1,  5",
        "FIVE_FOUR, JUNIOR,  4,  6,  9",
        "FIVE_FOUR, SENIOR,  3, 10, 12",
    })
    void givesTheYearsAndGradesOfEachStage(
            SchoolSystem system, SchoolStage stage, int years, int first, int last) {
        assertThat(system.yearsOf(stage)).isEqualTo(years);
        assertThat(system.firstGrade(stage)).isEqualTo(first);
        assertThat(system.lastGrade(stage)).isEqualTo(last);
    }

    @ParameterizedTest(name = "{0} grade {1}: {2} year {3}, entry {4}, final {5}")
    @CsvSource({
        "SIX_THREE,  1, PRIMARY, 1, true,  false",
        "SIX_THREE,  2, PRIMARY, 2, false, false",
        "SIX_THREE,  5, PRIMARY, 5, false, false",
        "SIX_THREE,  6, PRIMARY, 6, false, true",
        "SIX_THREE,  7, JUNIOR,  1, true,  false",
        "SIX_THREE,  8, JUNIOR,  2, false, false",
        "SIX_THREE,  9, JUNIOR,  3, false, true",
        "SIX_THREE, 10, SENIOR,  1, true,  false",
        "SIX_THREE, 11, SENIOR,  2, false, false",
        "SIX_THREE, 12, SENIOR,  3, false, true",
        "FIVE_FOUR,  1, PRIMARY, 1, true,  false",
        "FIVE_FOUR,  5, PRIMARY, 5, false, true",
        "FIVE_FOUR,  6, JUNIOR,  1, true,  false",
        "FIVE_FOUR,  7, JUNIOR,  2, false, false",
        "FIVE_FOUR,  8, JUNIOR,  3, false, false",
        "FIVE_FOUR,  9, JUNIOR,  4, false, true",
        "FIVE_FOUR, 10, SENIOR,  1, true,  false",
        "FIVE_FOUR, 12, SENIOR,  3, false, true",
    })
    void placesEachGradeInItsStage(SchoolSystem system, int grade, SchoolStage stage,
            int yearInStage, boolean entry, boolean last) {
        assertThat(system.stageOf(grade)).isEqualTo(stage);
        assertThat(system.yearInStage(grade)).isEqualTo(yearInStage);
        assertThat(system.isEntryGrade(grade)).isEqualTo(entry);
        assertThat(system.isFinalGrade(grade)).isEqualTo(last);
    }

    @ParameterizedTest
    @EnumSource(SchoolSystem.class)
    void coversGradesOneToTwelveWithoutGapOrOverlap(SchoolSystem system) {
        int next = SchoolSystem.FIRST_GRADE;
        for (SchoolStage stage : SchoolStage.values()) {
            assertThat(system.firstGrade(stage)).isEqualTo(next);
            next = system.lastGrade(stage) + 1;
        }
        assertThat(next - 1).isEqualTo(SchoolSystem.LAST_GRADE);
        assertThat(system.yearsOf(SchoolStage.PRIMARY) + system.yearsOf(SchoolStage.JUNIOR))
                .isEqualTo(9);
    }

    @ParameterizedTest
    @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 13, Integer.MAX_VALUE})
    void refusesGradesOutsideOneToTwelve(int grade) {
        for (SchoolSystem system : SchoolSystem.values()) {
            assertThatThrownBy(() -> system.stageOf(grade))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(String.valueOf(grade));
            assertThatThrownBy(() -> system.isEntryGrade(grade))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> system.isFinalGrade(grade))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void parsesTheSystemByNameAliasAndCode() {
        assertThat(SchoolSystem.parse("六三制")).isEqualTo(SchoolSystem.SIX_THREE);
        assertThat(SchoolSystem.parse("五四")).isEqualTo(SchoolSystem.FIVE_FOUR);
        assertThat(SchoolSystem.parse("63")).isEqualTo(SchoolSystem.SIX_THREE);
    }
}
