package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolClass;
import static org.xueji.registry.testkit.StudentFixtures.student;

import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.change.HistoryKind;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.spi.HistoryStore;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Student;

/**
 * The contract of {@link HistoryStore}: a student's entries come back in append order with
 * every fact intact, keys and values with line breaks, tabs and equals signs included; students'
 * histories are apart; an entry appended in a transaction that rolls back is not kept. Entries
 * are appended for stored students, as the registry appends them.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class HistoryStoreContract {

    private final School school = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final SchoolClass schoolClass = schoolClass(school, 2025, 1, "一年级（1）班");
    private RegistryStorage storage;
    private Student student;
    private Student other;
    private HistoryStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void storeStudents() {
        storage = storage();
        storage.schools().insert(school);
        storage.classes().insert(schoolClass);
        student = student(school, schoolClass, "张小花", 1);
        other = student(school, schoolClass, "李小草", 2);
        storage.students().insert(student);
        storage.students().insert(other);
        store = storage.history();
    }

    @Test
    void listsAStudentsEntriesInAppendOrderWithEveryFactIntact() {
        HistoryEntry classChange = HistoryEntry.of(NOW.plusSeconds(60), HistoryKind.CLASS_CHANGE,
                "teacher", Map.of("fromClass", "2134000001-2025-01",
                        "toClass", "2134000001-2025-02"));
        HistoryEntry edited = HistoryEntry.of(NOW, HistoryKind.DETAILS_EDITED, "admin=1",
                Map.of("地址", ChangeCaseFixtures.AWKWARD, "a=b\tc", "", "\\0", "\\"));
        HistoryEntry bare = HistoryEntry.of(NOW, HistoryKind.REGISTRY_NUMBER_CHANGE, "bureau",
                Map.of());

        store.append(student.id(), classChange);
        store.append(other.id(), bare);
        store.append(student.id(), edited);
        store.append(student.id(), bare);

        assertThat(store.list(student.id())).containsExactly(classChange, edited, bare);
        assertThat(store.list(other.id())).containsExactly(bare);
    }

    @Test
    void listsNoEntriesOfAStudentWithoutHistory() {
        assertThat(store.list(student.id())).isEmpty();
    }

    @Test
    void keepsNoEntryAppendedInATransactionThatRolledBack() {
        HistoryEntry kept = HistoryEntry.of(NOW, HistoryKind.CLASS_CHANGE, "teacher",
                Map.of("toClass", "2134000001-2025-02"));
        HistoryEntry lost = HistoryEntry.of(NOW, HistoryKind.DETAILS_EDITED, "teacher",
                Map.of("name", "张小华"));
        store.append(student.id(), kept);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            store.append(student.id(), lost);
            throw new IllegalStateException("the work fails");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(store.list(student.id())).containsExactly(kept);
    }
}
