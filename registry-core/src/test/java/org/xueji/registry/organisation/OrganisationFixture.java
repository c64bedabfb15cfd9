package org.xueji.registry.organisation;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.policy.RegistryPolicy;

/**
 * A small province for tests: Anhui with Hefei (its county Baohe) and Wuhu (its county Jinghu),
 * a district central school in Baohe with two branch schools, and a school in Jinghu, on a clock
 * fixed at 1 September 2025 (school year 2025-2026).
 */
final class OrganisationFixture {

    static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    static final DivisionCode ANHUI = DivisionCode.parse("340000");
    static final DivisionCode HEFEI = DivisionCode.parse("340100");
    static final DivisionCode BAOHE = DivisionCode.parse("340111");
    static final DivisionCode WUHU = DivisionCode.parse("340200");
    static final DivisionCode JINGHU = DivisionCode.parse("340202");

    static final UnitCode HEFEI_BUREAU = UnitCode.parse("3401000001");
    static final UnitCode BAOHE_BUREAU = UnitCode.parse("3401110001");
    static final UnitCode WUHU_BUREAU = UnitCode.parse("3402000001");
    static final UnitCode JINGHU_BUREAU = UnitCode.parse("3402020001");

    static final SchoolIdentifier CENTRAL = SchoolIdentifier.parse("2134000001");
    static final SchoolIdentifier BRANCH_ONE = SchoolIdentifier.parse("2134000002");
    static final SchoolIdentifier BRANCH_TWO = SchoolIdentifier.parse("2134000003");
    static final SchoolIdentifier OTHER_SCHOOL = SchoolIdentifier.parse("2134000004");

    final InMemoryStorage storage = new InMemoryStorage();
    final Registry registry = Registry.builder()
            .storage(storage).policy(RegistryPolicy.anhui()).clock(CLOCK).build();
    final Organisations organisations = registry.organisations();

    final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    final Actor hefei = Actor.administrator("hefei", Scope.of(HEFEI));
    final Actor baohe = Actor.administrator("baohe", Scope.of(BAOHE));
    final Actor wuhu = Actor.administrator("wuhu", Scope.of(WUHU));
    Actor central;
    Actor branchOne;
    Actor branchTwo;
    Actor otherSchool;

    /**
     * Creates the authorities only.
     */
    static OrganisationFixture withAuthorities() {
        OrganisationFixture fixture = new OrganisationFixture();
        fixture.organisations.createAuthority(fixture.province, HEFEI_BUREAU, HEFEI,
                authorityProfile("合肥市教育局"));
        fixture.organisations.createAuthority(fixture.province, BAOHE_BUREAU, BAOHE,
                authorityProfile("合肥市包河区教育体育局"));
        fixture.organisations.createAuthority(fixture.province, WUHU_BUREAU, WUHU,
                authorityProfile("芜湖市教育局"));
        fixture.organisations.createAuthority(fixture.province, JINGHU_BUREAU, JINGHU,
                authorityProfile("芜湖市镜湖区教育局"));
        return fixture;
    }

    /**
     * Creates the authorities, the central school with its two branches and the other school.
     */
    static OrganisationFixture withSchools() {
        OrganisationFixture fixture = withAuthorities();
        Organisations organisations = fixture.organisations;
        fixture.central = organisations.createSchool(fixture.province, CENTRAL, BAOHE_BUREAU,
                primary("包河区大圩中心学校"), 2).administrator();
        fixture.branchOne = organisations.addBranchSchool(fixture.central, CENTRAL, BRANCH_ONE,
                teachingPoint("大圩中心学校新民教学点"), 1).administrator();
        fixture.branchTwo = organisations.addBranchSchool(fixture.central, CENTRAL, BRANCH_TWO,
                teachingPoint("大圩中心学校金葡教学点"), 1).administrator();
        fixture.otherSchool = organisations.createSchool(fixture.province, OTHER_SCHOOL,
                JINGHU_BUREAU, primary("镜湖区实验小学"), 4).administrator();
        return fixture;
    }

    static AuthorityProfile authorityProfile(String name) {
        return AuthorityProfile.builder().name(name).address("安徽省某路1号")
                .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                .ethnicAttribute("非民族自治地方").phone("0551-62830000").build();
    }

    static SchoolProfile primary(String name) {
        return schoolProfile(name, SchoolCategory.PRIMARY_SCHOOL);
    }

    static SchoolProfile teachingPoint(String name) {
        return schoolProfile(name, SchoolCategory.PRIMARY_TEACHING_POINT);
    }

    static SchoolProfile schoolProfile(String name, SchoolCategory category) {
        return SchoolProfile.builder().name(name).schoolCode(UnitCode.parse("X" + name.length()))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.VILLAGE).category(category)
                .schoolSystem(SchoolSystem.SIX_THREE).build();
    }

    static ClassProfile classProfile(String name) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                .classType(ClassType.PRIMARY_ORDINARY).build();
    }
}
