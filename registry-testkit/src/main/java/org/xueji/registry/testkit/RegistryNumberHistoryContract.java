package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StudentFixtures.BIRTH_DATE;
import static org.xueji.registry.testkit.StudentFixtures.identityNumber;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.spi.RegistryNumberHistory;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.RegistryNumberChange;
import org.xueji.registry.student.StudentId;

/**
 * The contract of {@link RegistryNumberHistory}: replacements kept with every field, listed per
 * student oldest first, found by the number they retired, and undone with their transaction.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class RegistryNumberHistoryContract {

    private RegistryStorage storage;
    private RegistryNumberHistory history;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void openTheHistory() {
        storage = storage();
        history = storage.registryNumberHistory();
    }

    @Test
    void listsAStudentsReplacementsOldestFirstAndFindsThemByTheFormerNumber() {
        StudentId student = StudentId.random();
        RegistryNumberChange first = new RegistryNumberChange(student, number(1), number(2),
                NOW, "county-admin", "全国学籍系统核验后下发");
        RegistryNumberChange second = new RegistryNumberChange(student, number(2), number(3),
                NOW.plusSeconds(60), "province-admin", "更正\t关键信息\n");
        RegistryNumberChange other = new RegistryNumberChange(StudentId.random(), number(4),
                number(5), NOW, "county-admin", "全国学籍系统核验后下发");
        history.append(first);
        history.append(other);
        history.append(second);

        assertThat(history.list(student)).containsExactly(first, second);
        assertThat(history.list(StudentId.random())).isEmpty();
        assertThat(history.findByFormer(number(2))).contains(second);
        assertThat(history.findByFormer(number(4))).contains(other);
        assertThat(history.findByFormer(number(3))).isEmpty();
    }

    @Test
    void keepsNoReplacementOfARolledBackTransaction() {
        StudentId student = StudentId.random();
        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            history.append(new RegistryNumberChange(student, number(1), number(2), NOW,
                    "county-admin", "全国学籍系统核验后下发"));
            throw new IllegalStateException("rolled back");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(history.list(student)).isEmpty();
        assertThat(history.findByFormer(number(1))).isEmpty();
    }

    private static RegistryNumber number(int serial) {
        return RegistryNumber.of(IdentityNumber.parse(identityNumber(BIRTH_DATE, Sex.FEMALE,
                serial)));
    }
}
