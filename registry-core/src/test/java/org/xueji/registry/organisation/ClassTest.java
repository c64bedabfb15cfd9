package org.xueji.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.organisation.OrganisationFixture.CENTRAL;
import static org.xueji.registry.organisation.OrganisationFixture.classProfile;

import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.SchoolSystem;

class ClassTest {

    private final OrganisationFixture fixture = OrganisationFixture.withSchools();
    private final Organisations organisations = fixture.organisations;

    @Test
    void classStoresCohortOfItsGradeAndMovesUpEachYear() {
        SchoolClass created = organisations.createClass(fixture.central, CENTRAL, Grade.of(3),
                classProfile("三（1）班"));

        assertThat(created.id().cohort()).isEqualTo(AcademicYear.of(2023));
        assertThat(created.id().number()).isEqualTo(1);
        assertThat(created.gradeIn(AcademicYear.of(2025))).isEqualTo(Grade.of(3));
        assertThat(created.gradeIn(AcademicYear.of(2026))).isEqualTo(Grade.of(4));
    }

    @Test
    void createsClassesUpToApprovedScaleAndNoMore() {
        SchoolClass first = organisations.createClass(fixture.central, CENTRAL, Grade.of(1),
                classProfile("一（1）班"));
        SchoolClass second = organisations.createClass(fixture.central, CENTRAL, Grade.of(1),
                classProfile("一（2）班"));

        assertThat(second.id().number()).isEqualTo(first.id().number() + 1);
        assertThatThrownBy(() -> organisations.createClass(fixture.central, CENTRAL,
                Grade.of(1), classProfile("一（3）班")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("核定办学规模")
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.CLASS_SCALE_EXCEEDED);
        assertThat(organisations.listClasses(fixture.central, CENTRAL)).hasSize(2);
    }

    @Test
    void scaleCountsEachGradeSeparately() {
        organisations.createClass(fixture.central, CENTRAL, Grade.of(1), classProfile("一（1）班"));
        organisations.createClass(fixture.central, CENTRAL, Grade.of(1), classProfile("一（2）班"));

        SchoolClass secondGrade = organisations.createClass(fixture.central, CENTRAL,
                Grade.of(2), classProfile("二（1）班"));

        assertThat(secondGrade.id().cohort()).isEqualTo(AcademicYear.of(2024));
    }

    @Test
    void raisedScaleAllowsAnotherClass() {
        organisations.createClass(fixture.central, CENTRAL, Grade.of(1), classProfile("一（1）班"));
        organisations.createClass(fixture.central, CENTRAL, Grade.of(1), classProfile("一（2）班"));
        School school = organisations.findSchool(fixture.baohe, CENTRAL);
        organisations.approveScale(fixture.baohe, CENTRAL, school.version(), 3);

        SchoolClass third = organisations.createClass(fixture.central, CENTRAL, Grade.of(1),
                classProfile("一（3）班"));

        assertThat(third.id().number()).isEqualTo(3);
    }

    @Test
    void refusesGradeThePrimarySchoolDoesNotTeach() {
        ClassProfile junior = classProfile("七（1）班").toBuilder()
                .classType(ClassType.JUNIOR_ORDINARY).build();

        assertThatThrownBy(() -> organisations.createClass(fixture.central, CENTRAL,
                Grade.of(7), junior))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.GRADE_NOT_OFFERED);
    }

    @Test
    void refusesClassTypeOfAnotherStage() {
        ClassProfile seniorType = classProfile("一（1）班").toBuilder()
                .classType(ClassType.SENIOR_ORDINARY).build();

        assertThatThrownBy(() -> organisations.createClass(fixture.central, CENTRAL,
                Grade.of(1), seniorType))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.GRADE_NOT_OFFERED);
    }

    @Test
    void schoolSystemOfClassDecidesStageOfSixthGrade() {
        ClassProfile fiveFour = classProfile("六（1）班").toBuilder()
                .schoolSystem(SchoolSystem.FIVE_FOUR).build();

        assertThatThrownBy(() -> organisations.createClass(fixture.central, CENTRAL,
                Grade.of(6), fiveFour))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.GRADE_NOT_OFFERED);
        assertThat(organisations.createClass(fixture.central, CENTRAL, Grade.of(6),
                classProfile("六（1）班")).id().cohort()).isEqualTo(AcademicYear.of(2020));
    }

    @Test
    void refusesSecondClassOfSameNameInGrade() {
        organisations.createClass(fixture.central, CENTRAL, Grade.of(1), classProfile("一（1）班"));

        assertThatThrownBy(() -> organisations.createClass(fixture.central, CENTRAL,
                Grade.of(1), classProfile("一（1）班")))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.DUPLICATE);
    }

    @Test
    void updatesClassAndRefusesStaleVersion() {
        SchoolClass created = organisations.createClass(fixture.central, CENTRAL, Grade.of(1),
                classProfile("一（1）班"));
        ClassProfile honoured = created.profile().toBuilder().honours("市级先进班集体").build();

        SchoolClass updated = organisations.updateClass(fixture.central, created.id(),
                created.version(), honoured);

        assertThat(updated.version()).isEqualTo(1);
        assertThat(organisations.findClass(fixture.baohe, created.id())).isEqualTo(updated);
        assertThatThrownBy(() -> organisations.updateClass(fixture.central, created.id(),
                created.version(), classProfile("一（9）班")))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.STALE_VERSION);
    }
}
