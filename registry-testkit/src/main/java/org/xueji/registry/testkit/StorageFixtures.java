package org.xueji.registry.testkit;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;

/**
 * Records for the contract suites: a few divisions of Anhui and one of Jiangsu, and factories
 * for authorities, schools and classes whose every field is set, so a round trip checks them all.
 */
public final class StorageFixtures {

    /** The instant the suites' clock is fixed at: 1 September 2025, school year 2025-2026. */
    public static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");
    /** A clock fixed at {@link #NOW} in China's time zone. */
    public static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));

    /** Anhui province. */
    public static final DivisionCode ANHUI = DivisionCode.parse("340000");
    /** Hefei, a city of Anhui. */
    public static final DivisionCode HEFEI = DivisionCode.parse("340100");
    /** Baohe, a county-level district of Hefei. */
    public static final DivisionCode BAOHE = DivisionCode.parse("340111");
    /** Wuhu, a city of Anhui. */
    public static final DivisionCode WUHU = DivisionCode.parse("340200");
    /** Jinghu, a county-level district of Wuhu. */
    public static final DivisionCode JINGHU = DivisionCode.parse("340202");
    /** Xuanwu, a county-level district of Nanjing in Jiangsu, outside Anhui. */
    public static final DivisionCode XUANWU = DivisionCode.parse("320102");

    private StorageFixtures() {
    }

    /**
     * Returns the unit code the suites give the authority of a division: its code then 0001.
     *
     * @param division  the division, not null
     * @return the unit code, not null
     */
    public static UnitCode bureauOf(DivisionCode division) {
        return UnitCode.parse(division.value() + "0001");
    }

    /**
     * Returns a new authority of a division, version zero, every field set.
     *
     * @param division  a city or county, not null
     * @param name  the authority's name, not blank
     * @return the authority, not null
     */
    public static Authority authority(DivisionCode division, String name) {
        return Authority.of(bureauOf(division), division, authorityProfile(name), 0);
    }

    /**
     * Returns an authority profile with every field set.
     *
     * @param name  the name, not blank
     * @return the profile, not null
     */
    public static AuthorityProfile authorityProfile(String name) {
        return AuthorityProfile.builder().name(name).address("安徽省合肥市某路1号")
                .regionCategory("城市").economicAttribute(EconomicAttribute.PROVINCIAL_POOR_COUNTY)
                .ethnicAttribute("非民族自治地方").phone("0551-62830000").build();
    }

    /**
     * Returns a new school of a division's authority, version zero, every field set.
     *
     * @param identifier  the ten-digit identifier, not null
     * @param division  the authority's division, not null
     * @param name  the school's name, not blank
     * @return the school, not null
     */
    public static School school(String identifier, DivisionCode division, String name) {
        return School.of(SchoolIdentifier.parse(identifier), bureauOf(division), division, null,
                schoolProfile(name, SchoolCategory.PRIMARY_SCHOOL), 3, 0);
    }

    /**
     * Returns a new branch school of a central school, in the central school's division.
     *
     * @param identifier  the branch's ten-digit identifier, not null
     * @param central  the central school, not null
     * @param name  the branch's name, not blank
     * @return the branch school, not null
     */
    public static School branch(String identifier, School central, String name) {
        return School.of(SchoolIdentifier.parse(identifier), central.authority(),
                central.division(), central.identifier(),
                schoolProfile(name, SchoolCategory.PRIMARY_TEACHING_POINT), 1, 0);
    }

    /**
     * Returns a school profile with every field set, none of them at its first code.
     *
     * @param name  the name, not blank
     * @param category  the category, not null
     * @return the profile, not null
     */
    public static SchoolProfile schoolProfile(String name, SchoolCategory category) {
        return SchoolProfile.builder().name(name).schoolCode(UnitCode.parse("X34" + name.length()))
                .phone("0551-63350000").ownership(SchoolOwnership.PRIVATE)
                .urbanRuralType(UrbanRuralType.VILLAGE).category(category)
                .schoolSystem(SchoolSystem.FIVE_FOUR)
                .districtCode(String.valueOf(100 + name.length())).build();
    }

    /**
     * Returns a new class, version zero, every field set.
     *
     * @param school  the class's school, not null
     * @param cohortYear  the first year of the class's cohort
     * @param number  the class's number, 1 to 99
     * @param name  the class's name, not blank
     * @return the class, not null
     */
    public static SchoolClass schoolClass(School school, int cohortYear, int number,
            String name) {
        return SchoolClass.of(ClassId.of(school.identifier(), AcademicYear.of(cohortYear), number),
                classProfile(name), 0);
    }

    /**
     * Returns a class profile with every field set, honours included.
     *
     * @param name  the name, not blank
     * @return the profile, not null
     */
    public static ClassProfile classProfile(String name) {
        return ClassProfile.builder().name(name).headTeacher("王老师")
                .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.FIVE_FOUR)
                .classType(ClassType.PRIMARY_MULTI_GRADE).honours("市级优秀班集体").build();
    }
}
