package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.Refusals.assertRefused;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.XUANWU;
import static org.xueji.registry.testkit.StorageFixtures.branch;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolProfile;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.SchoolStore;

/**
 * The contract of {@link SchoolStore}: round trip of every field of schools and branch schools,
 * uniqueness by identifier (also when eight threads race), optimistic versions, places, and
 * listings scoped by division and by central school.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class SchoolStoreContract {

    private static final int THREADS = 8;

    private SchoolStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void openTheStore() {
        store = storage().schools();
    }

    @Test
    void findsEveryFieldOfAStoredSchoolAndBranchSchool() {
        School central = school("2134000001", BAOHE, "包河区大圩中心学校");
        School branch = branch("2134000002", central, "大圩中心学校新民教学点");

        store.insert(central);
        store.insert(branch);

        assertThat(store.find(central.identifier())).contains(central);
        assertThat(store.find(branch.identifier())).contains(branch);
        assertThat(store.find(SchoolIdentifier.parse("2134999999"))).isEmpty();
    }

    @Test
    void findsThePlaceOfASchoolAndOfABranchSchool() {
        School central = school("2134000001", BAOHE, "包河区大圩中心学校");
        School branch = branch("2134000002", central, "大圩中心学校新民教学点");
        store.insert(central);
        store.insert(branch);

        assertThat(store.placeOf(central.identifier()))
                .contains(Scope.ofSchool(central.identifier(), BAOHE));
        assertThat(store.placeOf(branch.identifier()))
                .contains(Scope.ofBranchSchool(branch.identifier(), central.identifier(), BAOHE));
        assertThat(store.placeOf(SchoolIdentifier.parse("2134999999"))).isEmpty();
    }

    @Test
    void refusesASecondSchoolWithTheSameIdentifierAndKeepsTheFirst() {
        School first = school("2134000001", BAOHE, "包河区大圩中心学校");
        store.insert(first);

        assertRefused(() -> store.insert(school("2134000001", JINGHU, "镜湖区实验小学")),
                ErrorCode.DUPLICATE);

        assertThat(store.find(first.identifier())).contains(first);
        assertThat(store.listWithin(JINGHU)).isEmpty();
    }

    @Test
    void storesAnUpdateMadeAtTheStoredVersionAndRaisesTheVersion() {
        School stored = school("2134000001", BAOHE, "包河区大圩中心学校");
        store.insert(stored);
        School changed = stored.withClassesPerGrade(5)
                .withProfile(schoolProfile("包河区大圩小学", SchoolCategory.PRIMARY_SCHOOL));

        School updated = store.update(changed);

        assertThat(updated).isEqualTo(changed.withVersion(1));
        assertThat(store.find(stored.identifier())).contains(updated);
    }

    @Test
    void refusesAnUpdateFromAStaleVersionAndKeepsTheStoredSchool() {
        School original = school("2134000001", BAOHE, "包河区大圩中心学校");
        store.insert(original);
        School current = store.update(original.withClassesPerGrade(4));

        assertRefused(() -> store.update(original.withClassesPerGrade(6)),
                ErrorCode.STALE_VERSION);

        assertThat(store.find(original.identifier())).contains(current);
    }

    @Test
    void refusesAnUpdateOfASchoolThatIsNotStored() {
        School absent = school("2134000001", BAOHE, "包河区大圩中心学校");

        assertRefused(() -> store.update(absent), ErrorCode.NOT_FOUND);

        assertThat(store.find(absent.identifier())).isEmpty();
    }

    @Test
    void listsExactlyTheSchoolsWithinADivisionByIdentifier() {
        School baoheCentral = school("2134000005", BAOHE, "包河区大圩中心学校");
        School baoheBranch = branch("2134000002", baoheCentral, "大圩中心学校新民教学点");
        School hefeiCity = school("3134000003", HEFEI, "合肥市第一中学");
        School jinghu = school("2134000004", JINGHU, "镜湖区实验小学");
        School xuanwu = school("2132000001", XUANWU, "玄武区实验小学");
        for (School school : List.of(jinghu, baoheCentral, xuanwu, hefeiCity, baoheBranch)) {
            store.insert(school);
        }

        assertThat(store.listWithin(ANHUI))
                .containsExactly(baoheBranch, jinghu, baoheCentral, hefeiCity);
        assertThat(store.listWithin(HEFEI)).containsExactly(baoheBranch, baoheCentral, hefeiCity);
        assertThat(store.listWithin(BAOHE)).containsExactly(baoheBranch, baoheCentral);
        assertThat(store.listWithin(XUANWU.city())).containsExactly(xuanwu);
    }

    @Test
    void listsTheBranchesOfACentralSchoolByIdentifier() {
        School central = school("2134000001", BAOHE, "包河区大圩中心学校");
        School second = branch("2134000009", central, "大圩中心学校金葡教学点");
        School first = branch("2134000002", central, "大圩中心学校新民教学点");
        School other = school("2134000004", BAOHE, "包河区实验小学");
        for (School school : List.of(central, second, other, first)) {
            store.insert(school);
        }

        assertThat(store.listBranches(central.identifier())).containsExactly(first, second);
        assertThat(store.listBranches(other.identifier())).isEmpty();
    }

    @Test
    void storesASchoolOnceWhenEightThreadsRaceToInsertIt() {
        School contested = school("2134000001", BAOHE, "包河区大圩中心学校");

        List<ErrorCode> codes = Races.refusals(THREADS, i -> () -> store.insert(contested));

        assertThat(codes).filteredOn(code -> code == null).hasSize(1);
        assertThat(codes).filteredOn(code -> code != null).hasSize(THREADS - 1)
                .containsOnly(ErrorCode.DUPLICATE);
        assertThat(store.listWithin(BAOHE)).containsExactly(contested);
    }
}
