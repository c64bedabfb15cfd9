package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.testkit.Refusals.assertRefused;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.NOW;
import static org.xueji.registry.testkit.StorageFixtures.XUANWU;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolClass;
import static org.xueji.registry.testkit.StudentFixtures.student;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.RecordKind;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.graduation.GraduationCase;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.spi.GraduationCaseStore;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * The contract of {@link GraduationCaseStore}: every field's round trip, the return reason
 * included; one case per student; optimistic versions; listings by division and state, by
 * student. Cases are stored for stored students, as the registry stores them.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class GraduationCaseStoreContract {

    private static final AcademicYear YEAR = AcademicYear.of(2025);

    private final School school = school("2134000001", BAOHE, "合肥一中");
    private final School otherSchool = school("2134000004", JINGHU, "芜湖一中");
    private final SchoolClass schoolClass = schoolClass(school, 2023, 1, "高三（1）班");
    private final SchoolClass otherClass = schoolClass(otherSchool, 2023, 1, "高三（1）班");
    private Student student;
    private Student classmate;
    private Student other;
    private GraduationCaseStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void storeStudents() {
        RegistryStorage storage = storage();
        storage.schools().insert(school);
        storage.schools().insert(otherSchool);
        storage.classes().insert(schoolClass);
        storage.classes().insert(otherClass);
        student = student(school, schoolClass, "张小花", 1);
        classmate = student(school, schoolClass, "李小草", 2);
        other = student(otherSchool, otherClass, "王小树", 3);
        Stream.of(student, classmate, other).forEach(storage.students()::insert);
        store = storage.graduations();
    }

    @Test
    void findsEveryFieldOfASubmittedAndAReturnedCase() {
        GraduationCase submitted = submitted(student);
        GraduationCase returned = new GraduationCase(classmate.id(), classmate.place(), YEAR,
                GraduationKind.ATTENDED, GraduationCase.State.RETURNED,
                "学分不足\n" + ChangeCaseFixtures.AWKWARD, NOW.plusSeconds(5), 0);

        store.insert(submitted);
        store.insert(returned);

        assertThat(store.find(student.id())).contains(submitted);
        assertThat(store.find(classmate.id())).contains(returned);
        assertThat(store.find(other.id())).isEmpty();
        assertThat(store.find(StudentId.random())).isEmpty();
    }

    @Test
    void refusesASecondCaseOfTheSameStudent() {
        GraduationCase first = submitted(student);
        store.insert(first);

        assertRefused(() -> store.insert(first.decided(GraduationCase.State.APPROVED, null,
                NOW.plusSeconds(1))),
                StoreFailures.duplicate(RecordKind.GRADUATION_CASE, student.id()));

        assertThat(store.find(student.id())).contains(first);
    }

    @Test
    void updatesACaseAtTheVersionItWasReadAndRefusesAStaleOrUnknownOne() {
        GraduationCase first = submitted(student);
        store.insert(first);
        GraduationCase returned = first.decided(GraduationCase.State.RETURNED, "体检未完成",
                NOW.plusSeconds(60));

        GraduationCase updated = store.update(returned);
        GraduationCase resubmitted = store.update(updated.resubmitted(AcademicYear.of(2026),
                GraduationKind.COMPLETED, NOW.plusSeconds(120)));

        assertThat(updated.version()).isEqualTo(1);
        assertThat(resubmitted.version()).isEqualTo(2);
        assertThat(store.find(student.id())).contains(resubmitted);
        assertRefused(() -> store.update(returned), StoreFailures.staleVersion(
                RecordKind.GRADUATION_CASE, student.id(), 0, 2));
        assertRefused(() -> store.update(submitted(classmate)),
                StoreFailures.notFound(RecordKind.GRADUATION_CASE, classmate.id()));
    }

    @Test
    void listsTheCasesInAStateWithinADivisionByStudent() {
        GraduationCase mine = submitted(student);
        GraduationCase classmates = submitted(classmate);
        GraduationCase others = submitted(other);
        Stream.of(others, mine, classmates).forEach(store::insert);
        GraduationCase approved = store.update(classmates.decided(
                GraduationCase.State.APPROVED, null, NOW.plusSeconds(60)));

        assertThat(store.listWithin(BAOHE, GraduationCase.State.SUBMITTED))
                .containsExactly(mine);
        assertThat(store.listWithin(HEFEI, GraduationCase.State.APPROVED))
                .containsExactly(approved);
        assertThat(store.listWithin(ANHUI, GraduationCase.State.SUBMITTED))
                .containsExactlyElementsOf(byStudent(mine, others));
        assertThat(store.listWithin(XUANWU, GraduationCase.State.SUBMITTED)).isEmpty();
        assertThat(store.listWithin(ANHUI, GraduationCase.State.RETURNED)).isEmpty();
    }

    private static GraduationCase submitted(Student student) {
        return GraduationCase.submitted(student.id(), student.place(), YEAR,
                GraduationKind.GRADUATED, NOW);
    }

    private static List<GraduationCase> byStudent(GraduationCase... cases) {
        return Stream.of(cases).sorted(Comparator.comparing(GraduationCase::student))
                .collect(Collectors.toList());
    }
}
