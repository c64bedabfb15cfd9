package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolOwnership;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.UrbanRuralType;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.SchoolProfile;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.Student;

/**
 * Text that looks like SQL, or holds the characters SQL and {@code LIKE} patterns treat
 * specially, in every free-text field of authority, school and class profiles, new-student
 * forms, records and change reasons: each is stored and read back exactly as typed.
 *
 * <p>An adapter's test extends this class and returns a fresh, empty storage from
 * {@link #storage()}.
 */
public abstract class HostileTextContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-09-10T02:00:00Z"),
            ZoneId.of("Asia/Shanghai"));
    private static final DivisionCode BAOHE = DivisionCode.parse("340111");
    private static final UnitCode BUREAU = UnitCode.parse("3401110001");
    private static final SchoolIdentifier SCHOOL = SchoolIdentifier.parse("2134000001");

    /**
     * Returns a fresh, empty storage for one test.
     *
     * @return the storage, not null
     */
    protected abstract RegistryStorage storage();

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE x; --", "\" OR 1=1 --", "\\", "%", "_",
        "%_%' OR '1'='1", "'); DELETE FROM a;--", "\\'", "$1 ${x} #{y} ?"})
    void textThatLooksLikeSqlIsStoredAndReadBackVerbatim(String text) {
        Registry registry = Registry.builder().storage(storage())
                .policy(RegistryPolicy.anhui()).clock(CLOCK).build();
        Actor province = Actor.administrator("province", Scope.of(DivisionCode.parse("340000")));
        registry.organisations().createAuthority(province, BUREAU, BAOHE, AuthorityProfile
                .builder().name(text).address(text).regionCategory(text)
                .economicAttribute(EconomicAttribute.NOT_POOR).ethnicAttribute(text)
                .phone("0551-62830000").build());
        Actor school = registry.organisations().createSchool(province, SCHOOL, BUREAU,
                SchoolProfile.builder().name(text).schoolCode(UnitCode.parse("X1"))
                        .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                        .urbanRuralType(UrbanRuralType.VILLAGE)
                        .category(SchoolCategory.PRIMARY_SCHOOL)
                        .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build(), 2)
                .administrator();
        SchoolClass created = registry.organisations().createClass(school, SCHOOL, Grade.of(1),
                ClassProfile.builder().name(text).headTeacher(text).honours(text)
                        .founded(YearMonth.of(2025, 9)).schoolSystem(SchoolSystem.SIX_THREE)
                        .classType(ClassType.PRIMARY_ORDINARY).build());
        Student student = registry.enrollment().enroll(school, SCHOOL, Grade.of(1),
                form(text)).accepted().orElseThrow(() -> new AssertionError("not accepted"));
        registry.records().add(school, student.id(), new RecordEntry(
                RecordEntryKind.FAMILY_MEMBER, LocalDate.of(2025, 9, 1), text, text));

        Authority authority = registry.organisations().findAuthority(province, BUREAU);
        School stored = registry.organisations().findSchool(province, SCHOOL);
        SchoolClass storedClass = registry.organisations().findClass(province, created.id());
        Student read = registry.enrollment().find(province, student.id());
        RecordEntry entry = registry.records().list(province, student.id()).get(0);

        assertThat(List.of(authority.profile().name(), authority.profile().address(),
                authority.profile().regionCategory(), authority.profile().ethnicAttribute(),
                stored.profile().name(), storedClass.profile().name(),
                storedClass.profile().headTeacher(), storedClass.profile().honours(),
                read.details().name(), read.details().address(), read.details().birthplace(),
                read.details().nativePlace(), read.details().householdPlace(),
                read.guardians().get(0).name(), entry.title(), entry.detail()))
                .containsOnly(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"'; DROP TABLE change_case; --", "\" OR 1=1 --", "\\", "%", "_"})
    void aChangeReasonThatLooksLikeSqlIsReadBackVerbatim(String text) {
        Registry registry = Registry.builder().storage(storage())
                .policy(RegistryPolicy.anhui()).clock(CLOCK).build();
        Actor province = Actor.administrator("province", Scope.of(DivisionCode.parse("340000")));
        Actor county = Actor.administrator("county", Scope.of(BAOHE));
        registry.organisations().createAuthority(province, BUREAU, BAOHE, AuthorityProfile
                .builder().name("包河区教育体育局").address("安徽省某路1号").regionCategory("城市")
                .economicAttribute(EconomicAttribute.NOT_POOR).ethnicAttribute("非民族自治地方")
                .phone("0551-62830000").build());
        Actor school = registry.organisations().createSchool(province, SCHOOL, BUREAU,
                SchoolProfile.builder().name("包河一小").schoolCode(UnitCode.parse("X1"))
                        .phone("0551-63350000").ownership(SchoolOwnership.PUBLIC)
                        .urbanRuralType(UrbanRuralType.VILLAGE)
                        .category(SchoolCategory.PRIMARY_SCHOOL)
                        .schoolSystem(SchoolSystem.SIX_THREE).districtCode("012").build(), 2)
                .administrator();
        registry.organisations().createClass(school, SCHOOL, Grade.of(1), ClassProfile.builder()
                .name("一（1）班").headTeacher("王老师").founded(YearMonth.of(2025, 9))
                .schoolSystem(SchoolSystem.SIX_THREE).classType(ClassType.PRIMARY_ORDINARY)
                .build());
        Student student = registry.enrollment().enroll(school, SCHOOL, Grade.of(1),
                form("张三").toBuilder().schoolClass("一（1）班").build()).accepted()
                .orElseThrow(() -> new AssertionError("not accepted"));
        registry.reviews().submit(school, student.id());
        registry.reviews().approve(county, student.id());

        ChangeCase applied = registry.changes().applySuspension(school, student.id(),
                LocalDate.of(2025, 9, 15), text, List.of(text));
        ChangeCase read = registry.changes().find(province, applied.id());

        assertThat(read.reason()).isEqualTo(text);
        assertThat(read.proofs()).containsExactly(text);
    }

    private static NewStudentForm form(String text) {
        return NewStudentForm.builder().name(text).sex(Sex.MALE)
                .birthDate(LocalDate.of(2019, 3, 1))
                .set(FormField.NATIONALITY, "中国").set(FormField.ETHNICITY, "汉族")
                .set(FormField.OVERSEAS_STATUS, "否").set(FormField.HEALTH, "健康")
                .set(FormField.HOUSEHOLD_TYPE, "居民户口").set(FormField.ATTENDANCE_MODE, "走读")
                .set(FormField.SOURCE, "正常入学").set(FormField.DISABILITY, "无残疾")
                .set(FormField.INCLUSIVE_CLASS, "非随班就读").schoolClass(text)
                .set(FormField.ADDRESS, text).set(FormField.BIRTHPLACE, text)
                .set(FormField.NATIVE_PLACE, text).set(FormField.HOUSEHOLD_PLACE, text)
                .identityDocument(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        "34011120190301001X")
                .firstGuardian(text, "父亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        "340111198501010012")
                .photo(Photo.of(jpeg(), LocalDate.of(2025, 8, 20)))
                .build();
    }

    private static byte[] jpeg() {
        byte[] bytes = new byte[2000];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return bytes;
    }
}
