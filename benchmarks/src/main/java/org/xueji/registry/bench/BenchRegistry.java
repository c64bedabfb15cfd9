package org.xueji.registry.bench;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
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
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;

/**
 * The registry the benchmark imports into: in memory, on a clock fixed at 1 September 2025
 * inside the collection window, with one primary school of Baohe county and the grade-1 classes
 * {@link #CLASS_NAMES} that the generated workbook names.
 */
final class BenchRegistry {

    /** The school the workbook's students enter. */
    static final SchoolIdentifier SCHOOL = SchoolIdentifier.parse("2134000001");
    /** The grade they enter. */
    static final Grade GRADE = Grade.of(1);
    /** The school's grade-1 classes. */
    static final List<String> CLASS_NAMES = IntStream.rangeClosed(1, 12)
            .mapToObj(i -> "一年级(" + i + ")班").toList();

    final Registry registry;
    final Actor school;

    BenchRegistry() {
        Clock clock = Clock.fixed(LocalDate.of(2025, 9, 1).atTime(10, 0)
                .toInstant(ZoneOffset.ofHours(8)), ZoneId.of("Asia/Shanghai"));
        registry = Registry.builder().storage(new InMemoryStorage())
                .policy(RegistryPolicy.anhui()).clock(clock).build();
        Actor province = Actor.administrator("province", Scope.of(DivisionCode.parse("340000")));
        var organisations = registry.organisations();
        UnitCode authority = UnitCode.parse("3401110001");
        organisations.createAuthority(province, authority, DivisionCode.parse("340111"),
                AuthorityProfile.builder().name("包河区教育体育局").address("安徽省某路1号")
                        .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                        .ethnicAttribute("非民族自治地方").phone("0551-62830000").build());
        school = organisations.createSchool(province, SCHOOL, authority,
                SchoolProfile.builder().name("包河区第一小学").schoolCode(UnitCode.parse("X1"))
                        .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                        .urbanRuralType(UrbanRuralType.VILLAGE)
                        .category(SchoolCategory.PRIMARY_SCHOOL)
                        .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build(),
                CLASS_NAMES.size()).administrator();
        for (String name : CLASS_NAMES) {
            organisations.createClass(school, SCHOOL, GRADE, ClassProfile.builder().name(name)
                    .headTeacher("王老师").founded(YearMonth.of(2025, 9))
                    .schoolSystem(SchoolSystem.SIX_THREE)
                    .classType(ClassType.PRIMARY_ORDINARY).build());
        }
    }
}
