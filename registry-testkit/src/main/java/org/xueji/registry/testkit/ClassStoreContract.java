package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.Refusals.assertRefused;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.classProfile;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolClass;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.spi.ClassStore;
import org.xueji.registry.spi.RegistryStorage;

/**
 * The contract of {@link ClassStore}: round trip of every field, uniqueness by class id,
 * optimistic versions, and listings by school and by cohort in id order. Classes are stored
 * after their schools, as the registry stores them.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class ClassStoreContract {

    private final School school = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final School otherSchool = school("2134000004", JINGHU, "镜湖区实验小学");
    private ClassStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void storeTwoSchools() {
        RegistryStorage storage = storage();
        storage.schools().insert(school);
        storage.schools().insert(otherSchool);
        store = storage.classes();
    }

    @Test
    void findsEveryFieldOfAStoredClass() {
        SchoolClass stored = schoolClass(school, 2025, 3, "一年级（3）班");

        store.insert(stored);

        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.find(ClassId.of(school.identifier(), AcademicYear.of(2025), 4)))
                .isEmpty();
        assertThat(store.find(ClassId.of(otherSchool.identifier(), AcademicYear.of(2025), 3)))
                .isEmpty();
    }

    @Test
    void refusesASecondClassWithTheSameIdAndKeepsTheFirst() {
        SchoolClass first = schoolClass(school, 2025, 1, "一年级（1）班");
        store.insert(first);

        assertRefused(() -> store.insert(schoolClass(school, 2025, 1, "实验班")),
                ErrorCode.DUPLICATE);

        assertThat(store.find(first.id())).contains(first);
    }

    @Test
    void storesAnUpdateMadeAtTheStoredVersionAndRaisesTheVersion() {
        SchoolClass stored = schoolClass(school, 2025, 1, "一年级（1）班");
        store.insert(stored);
        SchoolClass renamed = stored.withProfile(classProfile("一年级（1）班 实验班"));

        SchoolClass updated = store.update(renamed);

        assertThat(updated).isEqualTo(renamed.withVersion(1));
        assertThat(store.find(stored.id())).contains(updated);
    }

    @Test
    void refusesAnUpdateFromAStaleVersionAndKeepsTheStoredClass() {
        SchoolClass original = schoolClass(school, 2025, 1, "一年级（1）班");
        store.insert(original);
        SchoolClass current = store.update(original.withProfile(classProfile("第一次修改")));

        assertRefused(() -> store.update(original.withProfile(classProfile("过期的修改"))),
                ErrorCode.STALE_VERSION);

        assertThat(store.find(original.id())).contains(current);
    }

    @Test
    void refusesAnUpdateOfAClassThatIsNotStored() {
        SchoolClass absent = schoolClass(school, 2025, 1, "一年级（1）班");

        assertRefused(() -> store.update(absent), ErrorCode.NOT_FOUND);

        assertThat(store.find(absent.id())).isEmpty();
    }

    @Test
    void listsTheClassesOfASchoolAndOfOneCohortInIdOrder() {
        SchoolClass firstTwo = schoolClass(school, 2025, 2, "一年级（2）班");
        SchoolClass firstOne = schoolClass(school, 2025, 1, "一年级（1）班");
        SchoolClass third = schoolClass(school, 2023, 1, "三年级（1）班");
        SchoolClass elsewhere = schoolClass(otherSchool, 2025, 1, "一年级（1）班");
        for (SchoolClass schoolClass : List.of(firstTwo, elsewhere, firstOne, third)) {
            store.insert(schoolClass);
        }

        assertThat(store.listBySchool(school.identifier()))
                .containsExactly(third, firstOne, firstTwo);
        assertThat(store.listByCohort(school.identifier(), AcademicYear.of(2025)))
                .containsExactly(firstOne, firstTwo);
        assertThat(store.listByCohort(school.identifier(), AcademicYear.of(2024))).isEmpty();
        assertThat(store.listBySchool(otherSchool.identifier())).containsExactly(elsewhere);
    }
}
