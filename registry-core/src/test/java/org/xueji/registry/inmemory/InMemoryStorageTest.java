package org.xueji.registry.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.code.EconomicAttribute;
import org.xueji.registry.event.AuthorityCreated;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.AuthorityProfile;
import org.xueji.registry.organisation.UnitCode;

class InMemoryStorageTest {

    private static final DivisionCode BAOHE = DivisionCode.parse("340111");
    private static final UnitCode CODE = UnitCode.parse("3401110001");
    private static final Actor PROVINCE =
            Actor.administrator("province", Scope.of(DivisionCode.parse("340000")));

    private final InMemoryStorage storage = new InMemoryStorage();

    @Test
    void failedTransactionLeavesNothingBehind() {
        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            storage.authorities().insert(authority(CODE, BAOHE));
            storage.authorities().update(authority(CODE, BAOHE).withProfile(profile("改名")));
            storage.auditTrail().append(entry());
            storage.events().publish(new AuthorityCreated(Instant.EPOCH, Scope.of(BAOHE), CODE,
                    0));
            throw new IllegalStateException("boom");
        })).hasMessage("boom");

        assertThat(storage.authorities().find(CODE)).isEmpty();
        assertThat(storage.authorities().findByDivision(BAOHE)).isEmpty();
        assertThat(storage.auditTrail().find(Scope.of(BAOHE), AuditQuery.all())).isEmpty();
        assertThat(storage.events().published()).isEmpty();
        storage.authorities().insert(authority(CODE, BAOHE));
        assertThat(storage.authorities().find(CODE)).isPresent();
    }

    @Test
    void failedUpdateRestoresPreviousRecord() {
        storage.authorities().insert(authority(CODE, BAOHE));

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            storage.authorities().update(authority(CODE, BAOHE).withProfile(profile("改名")));
            throw new IllegalStateException("boom");
        }));

        Authority stored = storage.authorities().find(CODE).orElseThrow();
        assertThat(stored.version()).isZero();
        assertThat(stored.profile().name()).isEqualTo("包河区教育体育局");
    }

    @Test
    void nestedTransactionJoinsOuterOne() {
        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            storage.unitOfWork().inTransaction(() -> {
                storage.authorities().insert(authority(CODE, BAOHE));
                return null;
            });
            throw new IllegalStateException("outer fails");
        }));

        assertThat(storage.authorities().find(CODE)).isEmpty();
    }

    @Test
    void newTransactionIsKeptWhenOuterOneFails() {
        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            storage.authorities().insert(authority(CODE, BAOHE));
            storage.unitOfWork().inNewTransaction(() -> storage.auditTrail().append(entry()));
            throw new IllegalStateException("outer fails");
        }));

        assertThat(storage.authorities().find(CODE)).isEmpty();
        assertThat(storage.auditTrail().find(Scope.of(BAOHE), AuditQuery.all())).hasSize(1);
    }

    @Test
    void updateOfStaleVersionIsRefused() {
        storage.authorities().insert(authority(CODE, BAOHE));
        Authority first = storage.authorities().update(authority(CODE, BAOHE)
                .withProfile(profile("一改")));

        assertThat(first.version()).isEqualTo(1);
        assertThatThrownBy(() -> storage.authorities().update(authority(CODE, BAOHE)
                .withProfile(profile("二改"))))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.STALE_VERSION);
        assertThat(storage.authorities().find(CODE).orElseThrow().profile().name())
                .isEqualTo("一改");
    }

    @Test
    void updateOfMissingRecordIsNotFound() {
        assertThatThrownBy(() -> storage.authorities().update(authority(CODE, BAOHE)))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.NOT_FOUND);
    }

    @Test
    void secondAuthorityForOneDivisionIsRefusedByStore() {
        storage.authorities().insert(authority(CODE, BAOHE));

        assertThatThrownBy(() -> storage.authorities().insert(
                authority(UnitCode.parse("3401110002"), BAOHE)))
                .extracting(ex -> ((RegistryException) ex).code())
                .isEqualTo(ErrorCode.DUPLICATE);
    }

    @RepeatedTest(10)
    void storeRefusesDuplicateKeyFromRacingThreads() throws Exception {
        CyclicBarrier start = new CyclicBarrier(4);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                outcomes.add(pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    try {
                        storage.authorities().insert(authority(CODE, BAOHE));
                        return null;
                    } catch (RegistryException ex) {
                        return ex.code();
                    }
                }));
            }
            List<ErrorCode> codes = new ArrayList<>();
            for (Future<ErrorCode> outcome : outcomes) {
                codes.add(outcome.get(10, TimeUnit.SECONDS));
            }

            assertThat(codes).containsOnlyOnce((ErrorCode) null)
                    .filteredOn(code -> code != null)
                    .containsOnly(ErrorCode.DUPLICATE);
        } finally {
            pool.shutdownNow();
        }
    }

    private static Authority authority(UnitCode code, DivisionCode division) {
        return Authority.of(code, division, profile("包河区教育体育局"), 0);
    }

    private static AuthorityProfile profile(String name) {
        return AuthorityProfile.builder().name(name).address("合肥市包河区")
                .regionCategory("城市").economicAttribute(EconomicAttribute.NOT_POOR)
                .ethnicAttribute("非民族自治地方").phone("0551-63350000").build();
    }

    private static AuditEntry entry() {
        return AuditEntry.done(Instant.EPOCH, PROVINCE, AuditAction.CREATE_AUTHORITY,
                AuditTarget.of(RecordKind.AUTHORITY, CODE.value(), Scope.of(BAOHE)), List.of());
    }
}
