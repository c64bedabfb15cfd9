package org.xueji.cli;

import java.time.YearMonth;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;

/**
 * The demo's county: Baohe district's education bureau (包河区教育体育局, 340111), a district
 * central primary school (学区中心校) with a branch school (分校), and a junior secondary school,
 * all on the 六三制.
 */
final class DemoCounty {

    static final DivisionCode ANHUI = DivisionCode.parse("340000");
    static final DivisionCode BAOHE = DivisionCode.parse("340111");
    static final UnitCode BUREAU = UnitCode.parse("3401110001");
    static final SchoolIdentifier CENTRAL = SchoolIdentifier.parse("2134000001");
    static final SchoolIdentifier BRANCH = SchoolIdentifier.parse("2134000002");
    static final SchoolIdentifier JUNIOR = SchoolIdentifier.parse("3134000001");
    static final int CENTRAL_CLASSES = 24;
    static final int BRANCH_CLASSES = 6;
    static final int JUNIOR_CLASSES = 20;

    final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    final Actor bureau = Actor.administrator("county:" + BAOHE.value(), Scope.of(BAOHE));
    final Actor central;
    final Actor branch;
    final Actor junior;

    private DemoCounty(Actor central, Actor branch, Actor junior) {
        this.central = central;
        this.branch = branch;
        this.junior = junior;
    }

    /** Creates the bureau and its three schools with the scale the demo needs. */
    static DemoCounty create(Registry registry) {
        Actor province = Actor.administrator("province", Scope.of(ANHUI));
        var organisations = registry.organisations();
        organisations.createAuthority(province, BUREAU, BAOHE, AuthorityProfile.builder()
                .name("包河区教育体育局").address("合肥市包河区").regionCategory("城市")
                .economicAttribute(EconomicAttribute.NOT_POOR).ethnicAttribute("非民族自治地方")
                .phone("0551-62830000").build());
        Actor central = organisations.createSchool(province, CENTRAL, BUREAU,
                school("包河区中心小学", "BH001", SchoolCategory.PRIMARY_SCHOOL, "001"),
                CENTRAL_CLASSES).administrator();
        Actor branch = organisations.addBranchSchool(province, CENTRAL, BRANCH,
                school("包河区中心小学东湖分校", "BH002", SchoolCategory.PRIMARY_SCHOOL, "001"),
                BRANCH_CLASSES).administrator();
        Actor junior = organisations.createSchool(province, JUNIOR, BUREAU,
                school("包河区第一初级中学", "BH101", SchoolCategory.JUNIOR_SECONDARY_SCHOOL, "002"),
                JUNIOR_CLASSES).administrator();
        return new DemoCounty(central, branch, junior);
    }

    /**
     * Creates a scratch county of one school for a dry run: the bureau and a primary (type 21)
     * or junior (type 31) school, with room for up to 99 classes a grade.
     *
     * @return the county, whose {@link #central} is the school's administrator
     */
    static DemoCounty createScratch(Registry registry, SchoolIdentifier school) {
        Actor province = Actor.administrator("province", Scope.of(ANHUI));
        var organisations = registry.organisations();
        organisations.createAuthority(province, BUREAU, BAOHE, AuthorityProfile.builder()
                .name("检查用主管单位").address("合肥市包河区").regionCategory("城市")
                .economicAttribute(EconomicAttribute.NOT_POOR).ethnicAttribute("非民族自治地方")
                .phone("0551-62830000").build());
        boolean primary = school.value().startsWith("21");
        Actor admin = organisations.createSchool(province, school, BUREAU,
                school("检查用学校", "CHECK", primary ? SchoolCategory.PRIMARY_SCHOOL
                        : SchoolCategory.JUNIOR_SECONDARY_SCHOOL, "999"),
                ClassId.MAX_NUMBER).administrator();
        return new DemoCounty(admin, admin, admin);
    }

    /** Creates a class named like 一（3）班 for a grade. */
    static SchoolClass createClass(Registry registry, Actor actor, SchoolIdentifier school,
            int grade, int number) {
        return createClass(registry, actor, school, grade, className(grade, number));
    }

    /** Creates a class of a grade with a name. */
    static SchoolClass createClass(Registry registry, Actor actor, SchoolIdentifier school,
            int grade, String name) {
        YearMonth founded = YearMonth.of(registry.currentSchoolYear().startYear() - grade + 1, 9);
        ClassType type = grade <= 6 ? ClassType.PRIMARY_ORDINARY : ClassType.JUNIOR_ORDINARY;
        return registry.organisations().createClass(actor, school, Grade.of(grade),
                ClassProfile.builder().name(name).headTeacher("王老师")
                        .founded(founded).schoolSystem(SchoolSystem.SIX_THREE).classType(type)
                        .build());
    }

    static String className(int grade, int number) {
        return "一二三四五六七八九".charAt(grade - 1) + "（" + number + "）班";
    }

    private static SchoolProfile school(String name, String code, SchoolCategory category,
            String district) {
        return SchoolProfile.builder().name(name).schoolCode(UnitCode.parse(code))
                .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                .urbanRuralType(UrbanRuralType.MAIN_URBAN_AREA).category(category)
                .schoolSystem(SchoolSystem.SIX_THREE).districtCode(district).build();
    }
}
