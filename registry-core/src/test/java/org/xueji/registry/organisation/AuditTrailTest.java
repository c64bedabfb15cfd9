package org.xueji.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.organisation.OrganisationFixture.BRANCH_ONE;
import static org.xueji.registry.organisation.OrganisationFixture.BRANCH_TWO;
import static org.xueji.registry.organisation.OrganisationFixture.CENTRAL;
import static org.xueji.registry.organisation.OrganisationFixture.NOW;
import static org.xueji.registry.organisation.OrganisationFixture.OTHER_SCHOOL;
import static org.xueji.registry.organisation.OrganisationFixture.classProfile;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.audit.FieldChange;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.event.ClassCreated;
import org.xueji.registry.event.SchoolCreated;
import org.xueji.registry.event.SchoolUpdated;

class AuditTrailTest {

    private final OrganisationFixture fixture = OrganisationFixture.withSchools();
    private final Organisations organisations = fixture.organisations;

    @Test
    void everyCreationIsAuditedWithItsFields() {
        List<AuditEntry> entries = fixture.registry.audit().list(fixture.province,
                AuditQuery.all());

        assertThat(entries).extracting(AuditEntry::action).containsExactly(
                AuditAction.CREATE_AUTHORITY, AuditAction.CREATE_AUTHORITY,
                AuditAction.CREATE_AUTHORITY, AuditAction.CREATE_AUTHORITY,
                AuditAction.CREATE_SCHOOL, AuditAction.ADD_BRANCH_SCHOOL,
                AuditAction.ADD_BRANCH_SCHOOL, AuditAction.CREATE_SCHOOL);
        assertThat(entries).extracting(AuditEntry::sequence)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        AuditEntry school = entries.get(4);
        assertThat(school.time()).isEqualTo(NOW);
        assertThat(school.actor()).isEqualTo(fixture.province);
        assertThat(school.outcome()).isEqualTo(AuditEntry.Outcome.DONE);
        assertThat(school.target().key()).isEqualTo(CENTRAL.value());
        assertThat(school.changes()).contains(FieldChange.of("name", null, "包河区大圩中心学校"));
    }

    @Test
    void updateRecordsOnlyChangedFieldsBeforeAndAfter() {
        School school = organisations.findSchool(fixture.central, CENTRAL);

        organisations.updateSchool(fixture.central, CENTRAL, school.version(),
                school.profile().toBuilder().phone("0551-63350001").build());

        List<AuditEntry> updates = fixture.registry.audit().list(fixture.central,
                AuditQuery.all().forAction(AuditAction.UPDATE_SCHOOL));
        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).changes())
                .containsExactly(FieldChange.of("phone", "0551-63350000", "0551-63350001"));
        assertThat(fixture.storage.events().published()).last()
                .isInstanceOf(SchoolUpdated.class);
    }

    @Test
    void unchangedProfileIsNeitherStoredNorAudited() {
        School school = organisations.findSchool(fixture.central, CENTRAL);
        int before = fixture.registry.audit().list(fixture.province, AuditQuery.all()).size();

        School same = organisations.updateSchool(fixture.central, CENTRAL, school.version(),
                school.profile());

        assertThat(same.version()).isEqualTo(school.version());
        assertThat(fixture.registry.audit().list(fixture.province, AuditQuery.all()))
                .hasSize(before);
    }

    @Test
    void refusalIsAuditedThoughTheOperationFails() {
        assertThatThrownBy(() -> organisations.createClass(fixture.branchOne, BRANCH_TWO,
                Grade.of(1), classProfile("一年级")))
                .isInstanceOf(AccessDeniedException.class);

        List<AuditEntry> refusals = fixture.registry.audit().list(fixture.province,
                AuditQuery.all().withOutcome(AuditEntry.Outcome.REFUSED));
        assertThat(refusals).hasSize(1);
        AuditEntry refusal = refusals.get(0);
        assertThat(refusal.actor()).isEqualTo(fixture.branchOne);
        assertThat(refusal.action()).isEqualTo(AuditAction.CREATE_CLASS);
        assertThat(refusal.refusal()).contains(ErrorCode.ACCESS_DENIED);
        assertThat(refusal.changes()).isEmpty();
        assertThat(fixture.storage.classes().listBySchool(BRANCH_TWO)).isEmpty();
    }

    @Test
    void refusedReadIsAudited() {
        assertThatThrownBy(() -> organisations.findSchool(fixture.otherSchool, CENTRAL))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(fixture.registry.audit().list(fixture.central,
                AuditQuery.all().withOutcome(AuditEntry.Outcome.REFUSED)))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo(AuditAction.VIEW_SCHOOL);
                    assertThat(entry.actor()).isEqualTo(fixture.otherSchool);
                });
    }

    @Test
    void actorsReadOnlyEntriesAboutTheirScope() {
        SchoolClass created = organisations.createClass(fixture.central, BRANCH_ONE, Grade.of(1),
                classProfile("一年级"));
        AuditQuery classes = AuditQuery.all().forTarget(RecordKind.CLASS,
                created.id().toString());

        assertThat(fixture.registry.audit().list(fixture.branchOne, classes)).hasSize(1);
        assertThat(fixture.registry.audit().list(fixture.central, classes)).hasSize(1);
        assertThat(fixture.registry.audit().list(fixture.baohe, classes)).hasSize(1);
        assertThat(fixture.registry.audit().list(fixture.branchTwo, classes)).isEmpty();
        assertThat(fixture.registry.audit().list(fixture.wuhu, classes)).isEmpty();
        assertThat(fixture.registry.audit().list(fixture.otherSchool, AuditQuery.all()))
                .extracting(entry -> entry.target().key())
                .containsOnly(OTHER_SCHOOL.value());
    }

    @Test
    void eventsFollowCommittedChanges() {
        organisations.createClass(fixture.central, CENTRAL, Grade.of(1), classProfile("一（1）班"));

        assertThat(fixture.storage.events().published())
                .filteredOn(SchoolCreated.class::isInstance).hasSize(4);
        assertThat(fixture.storage.events().published()).last()
                .isInstanceOf(ClassCreated.class);
    }

    @Test
    void renderingMasksIdentityNumbers() {
        SchoolClass created = organisations.createClass(fixture.central, CENTRAL, Grade.of(1),
                classProfile("一（1）班"));
        organisations.updateClass(fixture.central, created.id(), created.version(),
                created.profile().toBuilder().headTeacher("李老师 11010519491231002X").build());

        AuditEntry update = fixture.registry.audit().list(fixture.central,
                AuditQuery.all().forAction(AuditAction.UPDATE_CLASS)).get(0);

        assertThat(update.changes().get(0).after()).contains("李老师 11010519491231002X");
        assertThat(update.render())
                .contains("UPDATE_CLASS", "headTeacher", "110105********002X")
                .doesNotContain("11010519491231002X");
    }
}
