package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

class GradeProperties {

    @Property
    void aGradesCohortGivesTheGradeBack(
            @ForAll("grades") Grade grade, @ForAll("years") AcademicYear current) {
        assertThat(Grade.of(grade.cohortIn(current), current)).isSameAs(grade);
    }

    @Property
    void aCohortGivesItsGradeAndBack(
            @ForAll("years") AcademicYear cohort, @ForAll("grades") Grade grade) {
        AcademicYear current = cohort.plusYears(grade.number() - 1);

        assertThat(Grade.of(cohort, current).cohortIn(current)).isEqualTo(cohort);
    }

    @Property
    void theRolloverMovesEveryCohortUpOneGradeWithoutTouchingIt(
            @ForAll("grades") Grade grade, @ForAll("years") AcademicYear current) {
        AcademicYear cohort = grade.cohortIn(current);

        Optional<Grade> nextYears = grade.number() == Grade.LAST
                ? Optional.empty()
                : Optional.of(Grade.of(cohort, current.next()));

        assertThat(grade.next()).isEqualTo(nextYears);
    }

    @Provide
    Arbitrary<Grade> grades() {
        return Arbitraries.integers().between(Grade.FIRST, Grade.LAST).map(Grade::of);
    }

    @Provide
    Arbitrary<AcademicYear> years() {
        return Arbitraries.integers().between(1950, 2150).map(AcademicYear::of);
    }
}
