package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.authority;
import static org.xueji.registry.testkit.StorageFixtures.school;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.School;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.UnitOfWork;

/**
 * The contract of {@link UnitOfWork}: work that throws leaves none of its writes, nested calls
 * join the outer transaction, and {@link UnitOfWork#inNewTransaction} keeps its writes though
 * the surrounding transaction rolls back.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class UnitOfWorkContract {

    private final Authority baohe = authority(BAOHE, "合肥市包河区教育体育局");
    private final School central = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final School jinghu = school("2134000004", JINGHU, "镜湖区实验小学");
    private RegistryStorage storage;
    private UnitOfWork unitOfWork;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void openTheStorage() {
        storage = storage();
        unitOfWork = storage.unitOfWork();
    }

    @Test
    void commitsEveryWriteOfWorkThatReturnsAndHandsBackItsResult() {
        String result = unitOfWork.inTransaction(() -> {
            storage.authorities().insert(baohe);
            storage.schools().insert(central);
            return "done";
        });

        assertThat(result).isEqualTo("done");
        assertThat(storage.authorities().find(baohe.code())).contains(baohe);
        assertThat(storage.schools().find(central.identifier())).contains(central);
    }

    @Test
    void keepsNoneOfTheWritesOfWorkThatThrowsAfterTwoWrites() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            storage.authorities().insert(baohe);
            storage.schools().insert(central);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class).hasMessage("the work fails");

        assertThat(storage.authorities().find(baohe.code())).isEmpty();
        assertThat(storage.schools().find(central.identifier())).isEmpty();
    }

    @Test
    void joinsTheOuterTransactionSoNestedWorkSeesItsWritesAndCommitsWithIt() {
        boolean seenInside = unitOfWork.inTransaction(() -> {
            storage.schools().insert(central);
            return unitOfWork.inTransaction(() -> {
                storage.schools().insert(jinghu);
                return storage.schools().find(central.identifier()).isPresent();
            });
        });

        assertThat(seenInside).isTrue();
        assertThat(storage.schools().find(central.identifier())).contains(central);
        assertThat(storage.schools().find(jinghu.identifier())).contains(jinghu);
    }

    @Test
    void rollsBackNestedWritesWithTheOuterTransaction() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            storage.schools().insert(central);
            unitOfWork.inTransaction(() -> {
                storage.schools().insert(jinghu);
                return null;
            });
            throw new IllegalStateException("the outer work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.schools().find(central.identifier())).isEmpty();
        assertThat(storage.schools().find(jinghu.identifier())).isEmpty();
    }

    @Test
    void keepsTheWritesOfANewTransactionEvenWhenTheOuterOneRollsBack() {
        assertThatThrownBy(() -> unitOfWork.inTransaction(() -> {
            storage.schools().insert(central);
            unitOfWork.inNewTransaction(() -> {
                storage.authorities().insert(baohe);
                return null;
            });
            throw new IllegalStateException("the outer work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.authorities().find(baohe.code())).contains(baohe);
        assertThat(storage.schools().find(central.identifier())).isEmpty();
    }

    @Test
    void resumesTheOuterTransactionAfterANewOne() {
        unitOfWork.inTransaction(() -> {
            storage.schools().insert(central);
            unitOfWork.inNewTransaction(() -> {
                storage.schools().insert(jinghu);
                return null;
            });
            return storage.schools().find(central.identifier()).orElseThrow();
        });

        assertThat(storage.schools().find(central.identifier())).contains(central);
        assertThat(storage.schools().find(jinghu.identifier())).contains(jinghu);
    }

    @Test
    void keepsNoneOfTheWritesOfANewTransactionWhoseWorkThrows() {
        assertThatThrownBy(() -> unitOfWork.inNewTransaction(() -> {
            storage.schools().insert(central);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(storage.schools().find(central.identifier())).isEmpty();
    }
}
