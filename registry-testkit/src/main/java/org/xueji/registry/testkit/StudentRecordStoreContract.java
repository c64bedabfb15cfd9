package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolClass;
import static org.xueji.registry.testkit.StudentFixtures.student;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.access.Scope;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StudentRecordStore;
import org.xueji.registry.student.Student;

/**
 * The contract of {@link StudentRecordStore}: entries kept with every field, listed per student
 * in the order appended, none lost when threads append for one student at once, and kept with
 * the student who moves to another county. Entries are appended for stored students, as the
 * registry appends them.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class StudentRecordStoreContract {

    private static final int THREADS = 8;

    private final School school = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final School otherSchool = school("2134000004", JINGHU, "镜湖区实验小学");
    private final SchoolClass schoolClass = schoolClass(school, 2025, 1, "一年级（1）班");
    private final SchoolClass otherClass = schoolClass(otherSchool, 2025, 1, "一年级（1）班");
    private RegistryStorage storage;
    private StudentRecordStore store;
    private Student student;
    private Student other;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void storeTwoStudents() {
        storage = storage();
        storage.schools().insert(school);
        storage.schools().insert(otherSchool);
        storage.classes().insert(schoolClass);
        storage.classes().insert(otherClass);
        student = student(school, schoolClass, "张小花", 1);
        other = student(school, schoolClass, "李小草", 2);
        storage.students().insert(student);
        storage.students().insert(other);
        store = storage.records();
    }

    @Test
    void listsAStudentsEntriesInTheOrderAppended() {
        RecordEntry award = new RecordEntry(RecordEntryKind.AWARD, LocalDate.of(2025, 12, 1),
                "三好学生", "学年度校级三好学生");
        RecordEntry exam = new RecordEntry(RecordEntryKind.EXAM_RESULT, LocalDate.of(2025, 11, 1),
                "期中考试", "");
        RecordEntry family = new RecordEntry(RecordEntryKind.FAMILY_MEMBER,
                LocalDate.of(2025, 9, 1), "父亲 张大山", "工人");

        store.append(student.id(), award);
        store.append(other.id(), family);
        store.append(student.id(), exam);

        assertThat(store.list(student.id())).containsExactly(award, exam);
        assertThat(store.list(other.id())).containsExactly(family);
    }

    @Test
    void listsNothingForAStudentWithoutEntries() {
        assertThat(store.list(student.id())).isEmpty();
    }

    @Test
    void keepsEveryEntryWhenEightThreadsAppendForOneStudent() {
        Races.race(THREADS, i -> {
            RecordEntry entry = new RecordEntry(RecordEntryKind.EVALUATION,
                    LocalDate.of(2025, 10, 1 + i), "评价" + i, "");
            return () -> {
                store.append(student.id(), entry);
                return null;
            };
        });

        assertThat(store.list(student.id())).extracting(RecordEntry::title)
                .containsExactlyInAnyOrder("评价0", "评价1", "评价2", "评价3", "评价4",
                        "评价5", "评价6", "评价7");
    }

    @Test
    void keepsTheEntriesWhenTheStudentMovesToAnotherCounty() {
        RecordEntry award = new RecordEntry(RecordEntryKind.AWARD, LocalDate.of(2025, 12, 1),
                "三好学生", "");
        store.append(student.id(), award);

        storage.students().update(student.toBuilder()
                .place(Scope.ofSchool(otherSchool.identifier(), JINGHU))
                .classId(otherClass.id()).build());

        assertThat(store.list(student.id())).containsExactly(award);
    }
}
