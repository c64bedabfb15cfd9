package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.CLOCK;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StorageFixtures.authorityProfile;
import static org.xueji.registry.testkit.StorageFixtures.bureauOf;
import static org.xueji.registry.testkit.StorageFixtures.classProfile;
import static org.xueji.registry.testkit.StorageFixtures.schoolProfile;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.Registry;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.EnrollmentResult;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.Organisations;
import org.xueji.registry.organisation.SchoolAccount;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.review.ReviewOutcome;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.StudentId;

/**
 * The registry used end to end on an adapter's storage: an authority, a school and a class
 * created through {@link Registry}, read back, with their audit entries; a refusal that is
 * audited though the refused call fails; and the main job (a batch of new students collected
 * with some forms refused, submitted by the school and approved by the bureau).
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class RegistryContract {

    private static final SchoolIdentifier CENTRAL = SchoolIdentifier.parse("2134000001");

    private final Actor province = Actor.administrator("province", Scope.of(ANHUI));
    private RegistryStorage storage;
    private Registry registry;
    private Organisations organisations;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void buildTheRegistry() {
        storage = storage();
        registry = Registry.builder().storage(storage).policy(RegistryPolicy.anhui())
                .clock(CLOCK).build();
        organisations = registry.organisations();
    }

    @Test
    void createsAnAuthorityASchoolAndAClassAndReadsThemAndTheirAuditEntriesBack() {
        Authority authority = organisations.createAuthority(province, bureauOf(BAOHE), BAOHE,
                authorityProfile("合肥市包河区教育体育局"));
        SchoolAccount account = organisations.createSchool(province, CENTRAL, bureauOf(BAOHE),
                schoolProfile("包河区大圩中心学校", SchoolCategory.PRIMARY_SCHOOL), 2);
        SchoolClass created = organisations.createClass(account.administrator(), CENTRAL,
                Grade.of(1), classProfile("一年级（1）班"));

        assertThat(organisations.findAuthority(province, authority.code())).isEqualTo(authority);
        assertThat(organisations.findSchool(province, CENTRAL)).isEqualTo(account.school());
        assertThat(organisations.findClass(account.administrator(), created.id()))
                .isEqualTo(created);
        assertThat(organisations.listClasses(province, CENTRAL)).containsExactly(created);
        List<AuditEntry> entries = registry.audit().list(province, AuditQuery.all()
                .withOutcome(AuditEntry.Outcome.DONE));
        assertThat(entries).extracting(AuditEntry::action).containsExactly(
                AuditAction.CREATE_AUTHORITY, AuditAction.CREATE_SCHOOL, AuditAction.CREATE_CLASS);
        assertThat(entries).allSatisfy(entry -> {
            assertThat(entry.time()).isEqualTo(NOW);
            assertThat(entry.changes()).isNotEmpty();
        });
        assertThat(registry.audit().list(account.administrator(), AuditQuery.all()))
                .extracting(AuditEntry::action)
                .containsExactly(AuditAction.CREATE_SCHOOL, AuditAction.CREATE_CLASS);
    }

    @Test
    void auditsARefusedReadThoughTheReadFails() {
        organisations.createAuthority(province, bureauOf(BAOHE), BAOHE,
                authorityProfile("合肥市包河区教育体育局"));
        organisations.createAuthority(province, bureauOf(JINGHU), JINGHU,
                authorityProfile("芜湖市镜湖区教育局"));
        organisations.createSchool(province, CENTRAL, bureauOf(BAOHE),
                schoolProfile("包河区大圩中心学校", SchoolCategory.PRIMARY_SCHOOL), 2);
        Actor jinghu = Actor.administrator("jinghu", Scope.of(JINGHU));

        assertThatThrownBy(() -> organisations.findSchool(jinghu, CENTRAL))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(registry.audit().list(province,
                AuditQuery.all().withOutcome(AuditEntry.Outcome.REFUSED)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.actor()).isEqualTo(jinghu);
                    assertThat(entry.action()).isEqualTo(AuditAction.VIEW_SCHOOL);
                    assertThat(entry.target().key()).isEqualTo(CENTRAL.value());
                });
    }

    @Test
    void collectsABatchWithRefusalsThenSubmitsAndApprovesTheCollectedStudents() {
        Registry intake = MainJob.registry(storage);
        Actor school = MainJob.setUp(intake);
        List<NewStudentForm> forms = MainJob.forms(6);

        BatchResult batch = intake.enrollment().enrollAll(school, MainJob.SCHOOL, Grade.of(1),
                forms);
        List<StudentId> collected = batch.accepted().stream()
                .map(result -> result.accepted().orElseThrow().id()).toList();
        List<ReviewOutcome> submitted = intake.reviews().submitAll(school, collected);
        List<ReviewOutcome> approved = intake.reviews().approveAll(MainJob.BUREAU, collected);

        assertThat(batch.results()).hasSize(forms.size());
        assertThat(batch.accepted()).hasSize(6);
        assertThat(batch.refused()).extracting(EnrollmentResult::index)
                .containsExactly(6, 7, 8);
        assertThat(batch.refused().get(0).refusals()).extracting(Refusal::code)
                .contains(ErrorCode.DUPLICATE);
        assertThat(submitted).allSatisfy(outcome -> assertThat(outcome.isDone()).isTrue());
        assertThat(approved).allSatisfy(outcome -> assertThat(outcome.isDone()).isTrue());
        assertThat(storage.students().listBySchool(MainJob.SCHOOL,
                RegistrationStatus.REGISTERED)).hasSize(6)
                .allSatisfy(student -> {
                    assertThat(student.version()).isEqualTo(2);
                    assertThat(storage.photos().find(student.id())).isPresent();
                    assertThat(storage.students().findByKey(student.key())).contains(student);
                });
        assertThat(storage.students().listBySchool(MainJob.SCHOOL,
                RegistrationStatus.COLLECTED)).isEmpty();
        assertThat(intake.currentSchoolYear()).isEqualTo(AcademicYear.of(2026));
        assertThat(intake.audit().list(MainJob.PROVINCE, AuditQuery.all()
                .withOutcome(AuditEntry.Outcome.DONE)))
                .filteredOn(entry -> entry.action() == AuditAction.COLLECT_STUDENT).hasSize(6);
    }
}
