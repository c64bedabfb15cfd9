package org.xueji.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.organisation.OrganisationFixture.BRANCH_ONE;
import static org.xueji.registry.organisation.OrganisationFixture.BRANCH_TWO;
import static org.xueji.registry.organisation.OrganisationFixture.CENTRAL;
import static org.xueji.registry.organisation.OrganisationFixture.OTHER_SCHOOL;
import static org.xueji.registry.organisation.OrganisationFixture.classProfile;
import static org.xueji.registry.organisation.OrganisationFixture.teachingPoint;

import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.calendar.Grade;

class BranchSchoolTest {

    private final OrganisationFixture fixture = OrganisationFixture.withSchools();
    private final Organisations organisations = fixture.organisations;

    @Test
    void branchSchoolBelongsToCentralSchoolsAuthority() {
        School branch = organisations.findSchool(fixture.central, BRANCH_ONE);

        assertThat(branch.isBranch()).isTrue();
        assertThat(branch.centralSchool()).contains(CENTRAL);
        assertThat(branch.authority()).isEqualTo(OrganisationFixture.BAOHE_BUREAU);
    }

    @Test
    void centralSchoolSeesItselfAndItsBranches() {
        assertThat(organisations.listSchools(fixture.central))
                .extracting(School::identifier)
                .containsExactly(CENTRAL, BRANCH_ONE, BRANCH_TWO);
        assertThat(organisations.listBranchSchools(fixture.central, CENTRAL))
                .extracting(School::identifier)
                .containsExactly(BRANCH_ONE, BRANCH_TWO);
    }

    @Test
    void centralSchoolActsOnBranchSchoolsClasses() {
        SchoolClass created = organisations.createClass(fixture.central, BRANCH_ONE,
                Grade.of(1), classProfile("一年级"));

        SchoolClass renamed = organisations.updateClass(fixture.central, created.id(), 0,
                classProfile("一年级（复式）"));

        assertThat(renamed.profile().name()).isEqualTo("一年级（复式）");
        assertThat(organisations.listClasses(fixture.branchOne, BRANCH_ONE))
                .containsExactly(renamed);
    }

    @Test
    void branchSchoolSeesOnlyItself() {
        assertThat(organisations.listSchools(fixture.branchOne))
                .extracting(School::identifier)
                .containsExactly(BRANCH_ONE);
    }

    @Test
    void branchSchoolCannotSeeCentralSchoolOrOtherBranches() {
        assertThatThrownBy(() -> organisations.findSchool(fixture.branchOne, BRANCH_TWO))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.findSchool(fixture.branchOne, CENTRAL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.listBranchSchools(fixture.branchOne, CENTRAL))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.listClasses(fixture.branchOne, BRANCH_TWO))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void branchSchoolCannotHaveBranches() {
        assertThatThrownBy(() -> organisations.addBranchSchool(fixture.branchOne, BRANCH_ONE,
                SchoolIdentifier.parse("2134000009"), teachingPoint("再分校"), 1))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.ORGANISATION_RULE);
    }

    @Test
    void anotherSchoolCannotAddBranchesToCentralSchool() {
        assertThatThrownBy(() -> organisations.addBranchSchool(fixture.otherSchool, CENTRAL,
                SchoolIdentifier.parse("2134000009"), teachingPoint("越权分校"), 1))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> organisations.findSchool(fixture.otherSchool, BRANCH_ONE))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(organisations.listSchools(fixture.otherSchool))
                .extracting(School::identifier)
                .containsExactly(OTHER_SCHOOL);
    }

    @Test
    void countyAddsBranchSchoolToCentralSchool() {
        SchoolAccount added = organisations.addBranchSchool(fixture.baohe, CENTRAL,
                SchoolIdentifier.parse("2134000009"), teachingPoint("新教学点"), 1);

        assertThat(organisations.listBranchSchools(fixture.central, CENTRAL))
                .extracting(School::identifier)
                .contains(added.school().identifier());
    }
}
