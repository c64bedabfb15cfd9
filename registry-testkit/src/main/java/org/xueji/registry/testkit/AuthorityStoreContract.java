package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.Refusals.assertRefused;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.WUHU;
import static org.xueji.registry.testkit.StorageFixtures.XUANWU;
import static org.xueji.registry.testkit.StorageFixtures.authority;
import static org.xueji.registry.testkit.StorageFixtures.authorityProfile;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.spi.AuthorityStore;
import org.xueji.registry.spi.RegistryStorage;

/**
 * The contract of {@link AuthorityStore}: round trip of every field, uniqueness by unit code and
 * by division, optimistic versions, and listings scoped by division.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class AuthorityStoreContract {

    private AuthorityStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void openTheStore() {
        store = storage().authorities();
    }

    @Test
    void findsEveryFieldOfAStoredAuthorityByCodeAndByDivision() {
        Authority baohe = authority(BAOHE, "合肥市包河区教育体育局");

        store.insert(baohe);

        assertThat(store.find(baohe.code())).contains(baohe);
        assertThat(store.findByDivision(BAOHE)).contains(baohe);
        assertThat(store.find(UnitCode.parse("NOSUCHCODE"))).isEmpty();
        assertThat(store.findByDivision(JINGHU)).isEmpty();
    }

    @Test
    void refusesASecondAuthorityWithTheSameUnitCodeAndKeepsTheFirst() {
        Authority first = authority(BAOHE, "合肥市包河区教育体育局");
        store.insert(first);
        Authority sameCode = Authority.of(first.code(), JINGHU, authorityProfile("别的局"), 0);

        assertRefused(() -> store.insert(sameCode), ErrorCode.DUPLICATE);

        assertThat(store.find(first.code())).contains(first);
        assertThat(store.findByDivision(JINGHU)).isEmpty();
    }

    @Test
    void refusesASecondAuthorityForTheSameDivision() {
        Authority first = authority(BAOHE, "合肥市包河区教育体育局");
        store.insert(first);
        Authority sameDivision = Authority.of(UnitCode.parse("OTHER1"), BAOHE,
                authorityProfile("别的局"), 0);

        assertRefused(() -> store.insert(sameDivision), ErrorCode.DUPLICATE);

        assertThat(store.find(sameDivision.code())).isEmpty();
        assertThat(store.findByDivision(BAOHE)).contains(first);
    }

    @Test
    void storesAnUpdateMadeAtTheStoredVersionAndRaisesTheVersion() {
        Authority stored = authority(HEFEI, "合肥市教育局");
        store.insert(stored);
        Authority renamed = stored.withProfile(authorityProfile("合肥市教育体育局"));

        Authority updated = store.update(renamed);

        assertThat(updated).isEqualTo(renamed.withVersion(1));
        assertThat(store.find(stored.code())).contains(updated);
    }

    @Test
    void refusesAnUpdateFromAStaleVersionAndKeepsTheStoredAuthority() {
        Authority original = authority(HEFEI, "合肥市教育局");
        store.insert(original);
        Authority current = store.update(original.withProfile(authorityProfile("第一次修改")));

        assertRefused(() -> store.update(original.withProfile(authorityProfile("过期的修改"))),
                ErrorCode.STALE_VERSION);

        assertThat(store.find(original.code())).contains(current);
    }

    @Test
    void refusesAnUpdateOfAnAuthorityThatIsNotStored() {
        assertRefused(() -> store.update(authority(WUHU, "芜湖市教育局")), ErrorCode.NOT_FOUND);

        assertThat(store.findByDivision(WUHU)).isEmpty();
    }

    @Test
    void listsExactlyTheAuthoritiesWithinADivisionInDivisionOrder() {
        Authority jinghu = authority(JINGHU, "芜湖市镜湖区教育局");
        Authority hefei = authority(HEFEI, "合肥市教育局");
        Authority wuhu = authority(WUHU, "芜湖市教育局");
        Authority baohe = authority(BAOHE, "合肥市包河区教育体育局");
        Authority xuanwu = authority(XUANWU, "南京市玄武区教育局");
        for (Authority authority : new Authority[] {jinghu, hefei, xuanwu, wuhu, baohe}) {
            store.insert(authority);
        }

        assertThat(store.listWithin(ANHUI)).containsExactly(hefei, baohe, wuhu, jinghu);
        assertThat(store.listWithin(HEFEI)).containsExactly(hefei, baohe);
        assertThat(store.listWithin(JINGHU)).containsExactly(jinghu);
        assertThat(store.listWithin(XUANWU.province())).containsExactly(xuanwu);
    }
}
