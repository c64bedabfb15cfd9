package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.NOW;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.audit.FieldChange;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.AuditTrail;
import org.xueji.registry.spi.RegistryStorage;

/**
 * The contract of {@link AuditTrail}: appended entries come back with every field and an
 * increasing sequence, readers see exactly the entries in their scope, queries filter and limit,
 * and an append that rolls back leaves no entry.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class AuditTrailContract {

    private static final SchoolIdentifier CENTRAL = SchoolIdentifier.parse("2134000001");
    private static final SchoolIdentifier BRANCH = SchoolIdentifier.parse("2134000002");
    private static final SchoolIdentifier JINGHU_SCHOOL = SchoolIdentifier.parse("2134000004");
    private static final Scope CENTRAL_PLACE = Scope.ofSchool(CENTRAL, BAOHE);
    private static final Scope BRANCH_PLACE = Scope.ofBranchSchool(BRANCH, CENTRAL, BAOHE);
    private static final Scope JINGHU_PLACE = Scope.ofSchool(JINGHU_SCHOOL, JINGHU);
    private static final Actor PROVINCE = Actor.administrator("province", Scope.of(ANHUI));

    private RegistryStorage storage;
    private AuditTrail trail;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void openTheTrail() {
        storage = storage();
        trail = storage.auditTrail();
    }

    @Test
    void appendsWithIncreasingSequencesAndReadsBackEveryField() {
        AuditEntry done = AuditEntry.done(NOW, PROVINCE, AuditAction.UPDATE_SCHOOL,
                AuditTarget.of(RecordKind.SCHOOL, CENTRAL.value(), CENTRAL_PLACE),
                List.of(FieldChange.of("name", null, "大圩\t中心\n学校 \\ 甲"),
                        FieldChange.of("phone", "0551-1", null),
                        FieldChange.of("honours", "", "\\0")));
        AuditEntry refused = AuditEntry.refused(NOW.plusSeconds(1),
                Actor.administrator("branch", BRANCH_PLACE), AuditAction.VIEW_SCHOOL,
                AuditTarget.of(RecordKind.SCHOOL, JINGHU_SCHOOL.value(), JINGHU_PLACE),
                ErrorCode.ACCESS_DENIED);

        AuditEntry first = trail.append(done);
        AuditEntry second = trail.append(refused);

        assertThat(first.sequence()).isPositive();
        assertThat(second.sequence()).isGreaterThan(first.sequence());
        assertThat(first).isEqualTo(done.withSequence(first.sequence()));
        assertThat(second).isEqualTo(refused.withSequence(second.sequence()));
        assertThat(trail.find(Scope.of(ANHUI), AuditQuery.all())).containsExactly(first, second);
    }

    @Test
    void appendsABatchInItsOrderAfterTheEntriesBeforeIt() {
        AuditEntry single = trail.append(entry(RecordKind.SCHOOL, CENTRAL.value(),
                CENTRAL_PLACE, 0));
        List<AuditEntry> batch = List.of(
                entry(RecordKind.SCHOOL, JINGHU_SCHOOL.value(), JINGHU_PLACE, 1),
                entry(RecordKind.CLASS, BRANCH + "-2025-01", BRANCH_PLACE, 2),
                entry(RecordKind.SCHOOL, CENTRAL.value(), CENTRAL_PLACE, 3));

        List<AuditEntry> stored = trail.appendAll(batch);

        assertThat(stored).hasSize(3);
        for (int i = 0; i < batch.size(); i++) {
            assertThat(stored.get(i)).isEqualTo(batch.get(i).withSequence(stored.get(i)
                    .sequence()));
        }
        assertThat(stored).extracting(AuditEntry::sequence).isSorted().doesNotHaveDuplicates()
                .allSatisfy(sequence -> assertThat(sequence).isGreaterThan(single.sequence()));
        List<AuditEntry> all = new ArrayList<>(List.of(single));
        all.addAll(stored);
        assertThat(trail.find(Scope.of(ANHUI), AuditQuery.all())).containsExactlyElementsOf(all);
        assertThat(trail.appendAll(List.of())).isEmpty();
    }

    @Test
    void showsEachReaderExactlyTheEntriesWithinItsScope() {
        AuditEntry authority = append(RecordKind.AUTHORITY, "3401110001", Scope.of(BAOHE), 0);
        AuditEntry central = append(RecordKind.SCHOOL, CENTRAL.value(), CENTRAL_PLACE, 1);
        AuditEntry branch = append(RecordKind.CLASS, BRANCH + "-2025-01", BRANCH_PLACE, 2);
        AuditEntry jinghu = append(RecordKind.SCHOOL, JINGHU_SCHOOL.value(), JINGHU_PLACE, 3);

        assertThat(trail.find(Scope.of(ANHUI), AuditQuery.all()))
                .containsExactly(authority, central, branch, jinghu);
        assertThat(trail.find(Scope.of(HEFEI), AuditQuery.all()))
                .containsExactly(authority, central, branch);
        assertThat(trail.find(Scope.of(JINGHU), AuditQuery.all())).containsExactly(jinghu);
        assertThat(trail.find(CENTRAL_PLACE, AuditQuery.all())).containsExactly(central, branch);
        assertThat(trail.find(BRANCH_PLACE, AuditQuery.all())).containsExactly(branch);
    }

    @Test
    void filtersByTargetActionOutcomeAndTimeAndKeepsTheFirstEntriesUpToTheLimit() {
        AuditEntry first = append(RecordKind.SCHOOL, CENTRAL.value(), CENTRAL_PLACE, 0);
        AuditEntry second = append(RecordKind.SCHOOL, JINGHU_SCHOOL.value(), JINGHU_PLACE, 60);
        AuditEntry refusal = trail.append(AuditEntry.refused(NOW.plusSeconds(120), PROVINCE,
                AuditAction.VIEW_SCHOOL,
                AuditTarget.of(RecordKind.SCHOOL, CENTRAL.value(), CENTRAL_PLACE),
                ErrorCode.ACCESS_DENIED));
        Scope all = Scope.of(ANHUI);

        assertThat(trail.find(all, AuditQuery.all().forTarget(RecordKind.SCHOOL,
                CENTRAL.value()))).containsExactly(first, refusal);
        assertThat(trail.find(all, AuditQuery.all().forAction(AuditAction.VIEW_SCHOOL)))
                .containsExactly(refusal);
        assertThat(trail.find(all, AuditQuery.all().withOutcome(AuditEntry.Outcome.DONE)))
                .containsExactly(first, second);
        assertThat(trail.find(all, AuditQuery.all().withOutcome(AuditEntry.Outcome.REFUSED)))
                .containsExactly(refusal);
        assertThat(trail.find(all, AuditQuery.all().between(NOW.plusSeconds(60),
                NOW.plusSeconds(120)))).containsExactly(second);
        assertThat(trail.find(all, AuditQuery.all().withLimit(2))).containsExactly(first, second);
    }

    @Test
    void keepsNoEntryAppendedInATransactionThatRolledBack() {
        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            append(RecordKind.SCHOOL, CENTRAL.value(), CENTRAL_PLACE, 0);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        AuditEntry kept = append(RecordKind.SCHOOL, JINGHU_SCHOOL.value(), JINGHU_PLACE, 1);

        assertThat(trail.find(Scope.of(ANHUI), AuditQuery.all())).containsExactly(kept);
    }

    private AuditEntry append(RecordKind kind, String key, Scope place, long secondsLater) {
        return trail.append(entry(kind, key, place, secondsLater));
    }

    private static AuditEntry entry(RecordKind kind, String key, Scope place,
            long secondsLater) {
        return AuditEntry.done(NOW.plus(Duration.ofSeconds(secondsLater)), PROVINCE,
                AuditAction.UPDATE_SCHOOL, AuditTarget.of(kind, key, place),
                List.of(FieldChange.of("name", "旧名", "新名")));
    }

    @Test
    void tellsWhenAnActionWasLastDoneToEachRecordIgnoringRefusals() {
        AuditTarget central = AuditTarget.of(RecordKind.SCHOOL, CENTRAL.value(), CENTRAL_PLACE);
        AuditTarget branch = AuditTarget.of(RecordKind.SCHOOL, BRANCH.value(), BRANCH_PLACE);
        trail.append(AuditEntry.done(NOW, PROVINCE, AuditAction.UPDATE_SCHOOL, central,
                List.of()));
        trail.append(AuditEntry.done(NOW.plusSeconds(60), PROVINCE, AuditAction.UPDATE_SCHOOL,
                central, List.of()));
        trail.append(AuditEntry.refused(NOW.plusSeconds(120), PROVINCE,
                AuditAction.UPDATE_SCHOOL, central, ErrorCode.ACCESS_DENIED));
        trail.append(AuditEntry.done(NOW.plusSeconds(30), PROVINCE, AuditAction.UPDATE_SCHOOL,
                branch, List.of()));
        trail.append(AuditEntry.done(NOW.plusSeconds(300), PROVINCE, AuditAction.VIEW_SCHOOL,
                branch, List.of()));

        assertThat(trail.lastDone(AuditAction.UPDATE_SCHOOL, RecordKind.SCHOOL,
                List.of(CENTRAL.value(), BRANCH.value(), JINGHU_SCHOOL.value()))).isEqualTo(
                        Map.of(CENTRAL.value(), NOW.plusSeconds(60),
                                BRANCH.value(), NOW.plusSeconds(30)));
        assertThat(trail.lastDone(AuditAction.UPDATE_SCHOOL, RecordKind.CLASS,
                List.of(CENTRAL.value()))).isEmpty();
        assertThat(trail.lastDone(AuditAction.UPDATE_SCHOOL, RecordKind.SCHOOL, List.of()))
                .isEmpty();
    }
}
