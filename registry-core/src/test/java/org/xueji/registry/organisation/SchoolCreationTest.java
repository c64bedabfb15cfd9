package org.xueji.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.organisation.OrganisationFixture.BAOHE;
import static org.xueji.registry.organisation.OrganisationFixture.BAOHE_BUREAU;
import static org.xueji.registry.organisation.OrganisationFixture.CENTRAL;
import static org.xueji.registry.organisation.OrganisationFixture.HEFEI;
import static org.xueji.registry.organisation.OrganisationFixture.primary;
import static org.xueji.registry.organisation.OrganisationFixture.schoolProfile;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Role;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.identity.DivisionCode;

class SchoolCreationTest {

    private final OrganisationFixture fixture = OrganisationFixture.withAuthorities();
    private final Organisations organisations = fixture.organisations;

    @Test
    void provinceCreatesSchoolAndGetsItsAdministrator() {
        SchoolAccount account = organisations.createSchool(fixture.province, CENTRAL,
                BAOHE_BUREAU, primary("包河区大圩中心学校"), 3);

        School school = account.school();
        assertThat(school.identifier()).isEqualTo(CENTRAL);
        assertThat(school.authority()).isEqualTo(BAOHE_BUREAU);
        assertThat(school.division()).isEqualTo(BAOHE);
        assertThat(school.classesPerGrade()).isEqualTo(3);
        assertThat(school.version()).isZero();
        assertThat(account.administrator().role()).isEqualTo(Role.SCHOOL_ADMINISTRATOR);
        assertThat(account.administrator().scope()).isEqualTo(Scope.ofSchool(CENTRAL, BAOHE));
        assertThat(organisations.findSchool(account.administrator(), CENTRAL)).isEqualTo(school);
    }

    @Test
    void refusesSchoolCreatedTwice() {
        organisations.createSchool(fixture.province, CENTRAL, BAOHE_BUREAU, primary("甲"), 3);

        assertThatThrownBy(() -> organisations.createSchool(fixture.province, CENTRAL,
                BAOHE_BUREAU, primary("乙"), 3))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("2134000001")
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.DUPLICATE);
        assertThat(organisations.findSchool(fixture.province, CENTRAL).profile().name())
                .isEqualTo("甲");
    }

    @Test
    void refusesSchoolUnderAuthorityOutsideActorsProvince() {
        Actor jiangsu = Actor.administrator("jiangsu", Scope.of(DivisionCode.parse("320000")));

        assertThatThrownBy(() -> organisations.createSchool(jiangsu, CENTRAL, BAOHE_BUREAU,
                primary("甲"), 3))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("jiangsu");
        assertThat(fixture.storage.schools().find(CENTRAL)).isEmpty();
    }

    @Test
    void refusesSchoolCreatedByCountyAuthority() {
        assertThatThrownBy(() -> organisations.createSchool(fixture.baohe, CENTRAL,
                BAOHE_BUREAU, primary("甲"), 3))
                .isInstanceOf(AccessDeniedException.class)
                .hasMessageContaining("县级管理员");
    }

    @Test
    void refusesSchoolUnderUnknownAuthority() {
        assertThatThrownBy(() -> organisations.createSchool(fixture.province, CENTRAL,
                UnitCode.parse("9999"), primary("甲"), 3))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @ParameterizedTest(name = "{0} with category {1}: {2}")
    @CsvSource({
        "2134000010, 211, ok",
        "2134000010, 218, ok",
        "2134000010, 311, SCHOOL_IDENTIFIER_MISMATCH",
        "3134000010, 311, ok",
        "3134000010, 312, ok",
        "3134000010, 211, SCHOOL_IDENTIFIER_MISMATCH",
        "3434000010, 341, ok",
        "3434000010, 342, ok",
        "3434000010, 345, ok",
        "3434000010, 311, SCHOOL_IDENTIFIER_MISMATCH",
        "5134000010, 511, ok",
        "5134000010, 514, ok",
        "5134000010, 211, SCHOOL_IDENTIFIER_MISMATCH",
        "2132000010, 211, SCHOOL_IDENTIFIER_MISMATCH",
        "2111000010, 211, SCHOOL_IDENTIFIER_MISMATCH",
    })
    void schoolIdentifierAgreesWithCategoryAndAuthoritysProvince(
            String identifier, String category, String expected) {
        SchoolIdentifier id = SchoolIdentifier.parse(identifier);
        SchoolProfile profile = schoolProfile("测试学校", SchoolCategory.parse(category));

        if ("ok".equals(expected)) {
            organisations.createSchool(fixture.province, id, BAOHE_BUREAU, profile, 1);
            assertThat(fixture.storage.schools().find(id)).isPresent();
        } else {
            assertThatThrownBy(() -> organisations.createSchool(fixture.province, id,
                    BAOHE_BUREAU, profile, 1))
                    .extracting(ex -> ((RegistryException) ex).code())
                    .isEqualTo(ErrorCode.valueOf(expected));
            assertThat(fixture.storage.schools().find(id)).isEmpty();
        }
    }

    @Test
    void refusesCategoryChangeThatDisagreesWithIdentifier() {
        School school = organisations.createSchool(fixture.province, CENTRAL, BAOHE_BUREAU,
                primary("甲"), 3).school();

        assertThatThrownBy(() -> organisations.updateSchool(fixture.baohe, CENTRAL,
                school.version(), schoolProfile("甲", SchoolCategory.JUNIOR_SECONDARY_SCHOOL)))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.SCHOOL_IDENTIFIER_MISMATCH);
    }

    @Test
    void refusesUpdateBasedOnStaleVersion() {
        School school = organisations.createSchool(fixture.province, CENTRAL, BAOHE_BUREAU,
                primary("甲"), 3).school();
        organisations.updateSchool(fixture.baohe, CENTRAL, school.version(), primary("乙"));

        assertThatThrownBy(() -> organisations.updateSchool(fixture.province, CENTRAL,
                school.version(), primary("丙")))
                .isInstanceOf(RegistryException.class)
                .hasMessageContaining("已被他人修改")
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.STALE_VERSION);
        School stored = organisations.findSchool(fixture.province, CENTRAL);
        assertThat(stored.profile().name()).isEqualTo("乙");
        assertThat(stored.version()).isEqualTo(1);
    }

    @Test
    void onlyAnAuthorityApprovesScale() {
        SchoolAccount account = organisations.createSchool(fixture.province, CENTRAL,
                BAOHE_BUREAU, primary("甲"), 3);

        assertThatThrownBy(() -> organisations.approveScale(account.administrator(), CENTRAL,
                0, 5)).isInstanceOf(AccessDeniedException.class);
        School approved = organisations.approveScale(fixture.baohe, CENTRAL, 0, 5);

        assertThat(approved.classesPerGrade()).isEqualTo(5);
        assertThat(approved.version()).isEqualTo(1);
    }

    @Test
    void refusesProvinceLevelAuthority() {
        assertThatThrownBy(() -> organisations.createAuthority(fixture.province,
                UnitCode.parse("3400000001"), OrganisationFixture.ANHUI,
                OrganisationFixture.authorityProfile("安徽省教育厅")))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.ORGANISATION_RULE);
    }

    @Test
    void refusesSecondAuthorityForOneDivision() {
        assertThatThrownBy(() -> organisations.createAuthority(fixture.province,
                UnitCode.parse("3401000002"), HEFEI,
                OrganisationFixture.authorityProfile("合肥市教育局二")))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.DUPLICATE);
    }

    @Test
    void refusesAuthorityCreatedByCity() {
        assertThatThrownBy(() -> organisations.createAuthority(fixture.hefei,
                UnitCode.parse("3401020001"), DivisionCode.parse("340102"),
                OrganisationFixture.authorityProfile("合肥市瑶海区教育体育局")))
                .isInstanceOf(AccessDeniedException.class);
    }
}
