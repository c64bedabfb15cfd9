package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.xueji.registry.testkit.Refusals.assertRefused;
import static org.xueji.registry.testkit.StorageFixtures.ANHUI;
import static org.xueji.registry.testkit.StorageFixtures.BAOHE;
import static org.xueji.registry.testkit.StorageFixtures.HEFEI;
import static org.xueji.registry.testkit.StorageFixtures.JINGHU;
import static org.xueji.registry.testkit.StorageFixtures.XUANWU;
import static org.xueji.registry.testkit.StorageFixtures.school;
import static org.xueji.registry.testkit.StorageFixtures.schoolClass;
import static org.xueji.registry.testkit.StudentFixtures.BIRTH_DATE;
import static org.xueji.registry.testkit.StudentFixtures.identityNumber;
import static org.xueji.registry.testkit.StudentFixtures.student;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.spi.StudentSelection;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;
import org.xueji.registry.student.StudentTally;

/**
 * The contract of {@link StudentStore}: round trip of every field, guardians and flags included,
 * also through a batch whose text holds what CSV quotes, escapes or reads as null;
 * uniqueness of the id, the student key, the registry number and the regional number across the
 * whole registry, with the in-memory store's message for each clash and the store unchanged,
 * also when eight threads race; optimistic versions; an update that changes a unique value
 * frees the old one; listings by school, by division and by person, and counts by class; pages
 * and counts of a selection by division, status, cohort and the school system of the class.
 * Students are stored after their schools and classes, as the registry stores them.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class StudentStoreContract {

    private static final int THREADS = 8;
    private static final int BATCH = 520;

    private final School school = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final School otherSchool = school("2134000004", JINGHU, "镜湖区实验小学");
    private final SchoolClass classOne = schoolClass(school, 2025, 1, "一年级（1）班");
    private final SchoolClass classTwo = schoolClass(school, 2025, 2, "一年级（2）班");
    private final SchoolClass otherClass = schoolClass(otherSchool, 2025, 1, "一年级（1）班");
    private RegistryStorage storage;
    private StudentStore store;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    @BeforeEach
    void storeTwoSchoolsAndTheirClasses() {
        storage = storage();
        storage.schools().insert(school);
        storage.schools().insert(otherSchool);
        storage.classes().insert(classOne);
        storage.classes().insert(classTwo);
        storage.classes().insert(otherClass);
        store = storage.students();
    }

    @Test
    void pagesThroughTheSelectedStudentsInAStableOrderWithoutGapsOrRepeats() {
        List<Student> selected = new ArrayList<>();
        for (int i = 1; i <= 5; i++) {
            Student collected = student(school, i % 2 == 0 ? classOne : classTwo, "学生" + i, i);
            store.insert(collected);
            selected.add(collected);
        }
        Student elsewhere = student(otherSchool, otherClass, "外县学生", 20);
        Student registered = student(school, classOne, "已注册", 21).toBuilder()
                .status(RegistrationStatus.REGISTERED).build();
        store.insert(elsewhere);
        store.insert(registered);
        StudentSelection inBaohe = StudentSelection.of(BAOHE, RegistrationStatus.COLLECTED);

        List<Student> paged = new ArrayList<>();
        List<Student> page = store.page(inBaohe, null, 2);
        while (!page.isEmpty()) {
            assertThat(page).hasSizeLessThanOrEqualTo(2);
            paged.addAll(page);
            page = store.page(inBaohe, page.get(page.size() - 1).id(), 2);
        }

        assertThat(paged).containsExactlyInAnyOrderElementsOf(selected);
        assertThat(store.page(inBaohe, null, 10)).containsExactlyElementsOf(paged);
        assertThat(store.count(inBaohe)).isEqualTo(5);
        assertThat(store.count(StudentSelection.of(ANHUI, RegistrationStatus.COLLECTED)))
                .isEqualTo(6);
        assertThat(store.page(StudentSelection.of(HEFEI, RegistrationStatus.REGISTERED), null,
                10)).containsExactly(registered);
        assertThat(store.count(StudentSelection.of(XUANWU, RegistrationStatus.COLLECTED)))
                .isZero();
    }

    @Test
    void keepsAGraduationKindAndAKeptBackCohortAndSelectsByTheStudentsOwnCohort() {
        Student graduated = student(school, classOne, "毕业生", 1).toBuilder()
                .status(RegistrationStatus.GRADUATED).graduation(GraduationKind.COMPLETED)
                .build();
        Student keptBack = student(school, classOne, "留级生", 2).toBuilder()
                .status(RegistrationStatus.REGISTERED).cohort(AcademicYear.of(2026))
                .keptGradeAt(AcademicYear.of(2026)).build();
        store.insert(graduated);
        store.insert(keptBack);
        StudentSelection registered = StudentSelection.of(BAOHE, RegistrationStatus.REGISTERED);

        assertThat(store.find(graduated.id())).contains(graduated);
        assertThat(store.find(keptBack.id())).contains(keptBack)
                .hasValueSatisfying(student -> {
                    assertThat(student.cohort()).isEqualTo(AcademicYear.of(2026));
                    assertThat(student.keptGradeAt()).contains(AcademicYear.of(2026));
                });
        assertThat(store.page(registered.inCohort(AcademicYear.of(2026)), null, 10))
                .containsExactly(keptBack);
        assertThat(store.count(registered.inCohort(AcademicYear.of(2025)))).isZero();
    }

    @Test
    void narrowsASelectionByCohortAndByTheSchoolSystemOfTheStudentsClass() {
        SchoolClass older = SchoolClass.of(ClassId.of(school.identifier(), AcademicYear.of(2024),
                1), StorageFixtures.classProfile("二年级（1）班").toBuilder()
                        .schoolSystem(SchoolSystem.SIX_THREE).build(), 0);
        storage.classes().insert(older);
        Student young = student(school, classOne, "一年级", 1);
        Student old = student(school, older, "二年级", 2);
        store.insert(young);
        store.insert(old);
        StudentSelection all = StudentSelection.of(BAOHE, RegistrationStatus.COLLECTED);

        assertThat(store.page(all.inCohort(AcademicYear.of(2024)), null, 10))
                .containsExactly(old);
        assertThat(store.count(all.inCohort(AcademicYear.of(2025)))).isEqualTo(1);
        assertThat(store.page(all.under(SchoolSystem.FIVE_FOUR), null, 10))
                .containsExactly(young);
        assertThat(store.count(all.under(SchoolSystem.SIX_THREE))).isEqualTo(1);
        assertThat(store.count(all.inCohort(AcademicYear.of(2025))
                .under(SchoolSystem.SIX_THREE))).isZero();
        assertThatThrownBy(() -> store.page(all, null, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findsEveryFieldOfAStoredStudentByIdKeyAndPlace() {
        Student stored = student(school, classOne, "张小花", 1);

        store.insert(stored);

        assertThat(stored.guardians()).hasSize(2);
        assertThat(stored.flags()).hasSize(2);
        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.find(stored.id()).orElseThrow().fields()).isEqualTo(stored.fields());
        assertThat(store.findByKey(stored.key())).contains(stored);
        assertThat(store.placeOf(stored.id())).contains(Scope.ofSchool(school.identifier(), BAOHE));
        assertThat(store.find(StudentId.random())).isEmpty();
        assertThat(store.placeOf(StudentId.random())).isEmpty();
        assertThat(store.findByKey(student(school, classOne, "张小花", 2).key())).isEmpty();
    }

    @Test
    void keepsAStudentWithoutDocumentGuardiansOrFlags() {
        Student plain = student(school, classOne, "王小明", 1).toBuilder()
                .key(StudentKey.ofGuardian(IdentityNumber.parse(
                        identityNumber(BIRTH_DATE.minusYears(30), Sex.MALE, 3)), "王小明",
                        BIRTH_DATE))
                .identityDocument(null).guardians(List.of()).returnReason(null).build();
        Student bare = Student.builder().id(plain.id()).key(plain.key())
                .details(plain.details()).registryNumber(plain.registryNumber())
                .regionalNumber(plain.regionalNumber()).place(plain.place())
                .classId(plain.classId()).status(RegistrationStatus.REGISTERED).build();

        store.insert(bare);

        assertThat(store.find(bare.id())).contains(bare);
    }

    @Test
    void refusesAStudentWhoseKeyIsTakenWithTheKeysMaskedMessage() {
        Student first = student(school, classOne, "张小花", 1);
        Student numbers = student(school, classOne, "张小花", 2);
        Student sameKey = numbers.toBuilder().key(first.key()).build();
        store.insert(first);

        assertRefusedAsDuplicate(sameKey, first.key().toString());

        assertUnchanged(first, sameKey);
    }

    @Test
    void refusesAStudentWhoseRegistryNumberIsTakenWithTheMaskedNumber() {
        Student first = student(school, classOne, "张小花", 1);
        Student sameNumber = student(school, classOne, "张小花", 2).toBuilder()
                .registryNumber(first.registryNumber()).build();
        store.insert(first);

        assertRefusedAsDuplicate(sameNumber, first.registryNumber().masked());

        assertUnchanged(first, sameNumber);
    }

    @Test
    void refusesAStudentWhoseRegionalNumberIsTakenEvenInAnotherCounty() {
        Student first = student(school, classOne, "张小花", 1);
        Student sameNumber = student(otherSchool, otherClass, "张小花", 2).toBuilder()
                .regionalNumber(first.regionalNumber()).build();
        store.insert(first);

        assertRefusedAsDuplicate(sameNumber, first.regionalNumber().value());

        assertUnchanged(first, sameNumber);
        assertThat(store.listWithin(JINGHU, RegistrationStatus.COLLECTED)).isEmpty();
    }

    @Test
    void refusesAStudentWhoseKeyIsTakenInAnotherCounty() {
        Student first = student(school, classOne, "张小花", 1);
        Student elsewhere = student(otherSchool, otherClass, "张小花", 2).toBuilder()
                .key(first.key()).build();
        store.insert(first);

        assertRefused(() -> store.insert(elsewhere), ErrorCode.DUPLICATE);

        assertUnchanged(first, elsewhere);
    }

    @Test
    void refusesASecondStudentWithTheSameId() {
        Student first = student(school, classOne, "张小花", 1);
        Student sameId = student(school, classTwo, "李小草", 2).toBuilder().id(first.id())
                .build();
        store.insert(first);

        assertRefused(() -> store.insert(sameId), ErrorCode.DUPLICATE);

        assertThat(store.find(first.id())).contains(first);
        assertThat(store.findByKey(sameId.key())).isEmpty();
    }

    @Test
    void storesOneStudentWhenEightThreadsRaceToInsertTheSameKey() {
        Student model = student(school, classOne, "张小花", 1);

        List<ErrorCode> codes = Races.refusals(THREADS, i -> {
            Student contender = student(school, classOne, "张小花", 10 + i).toBuilder()
                    .key(model.key()).build();
            return () -> store.insert(contender);
        });

        assertThat(codes).filteredOn(code -> code == null).hasSize(1);
        assertThat(codes).filteredOn(code -> code != null).hasSize(THREADS - 1)
                .containsOnly(ErrorCode.DUPLICATE);
        assertThat(store.listBySchool(school.identifier(), RegistrationStatus.COLLECTED))
                .singleElement()
                .satisfies(stored -> assertThat(store.findByKey(model.key()))
                        .contains(stored));
        assertThat(store.countInClass(classOne.id())).isEqualTo(1);
    }

    @Test
    void storesAnUpdateMadeAtTheStoredVersionAndRaisesTheVersion() {
        Student stored = student(school, classOne, "张小花", 1);
        store.insert(stored);
        Student submitted = stored.withStatus(RegistrationStatus.SUBMITTED, null);

        Student updated = store.update(submitted);

        assertThat(updated).isEqualTo(submitted.withVersion(1));
        assertThat(store.find(stored.id())).contains(updated);
    }

    @Test
    void refusesAnUpdateFromAStaleVersionAndKeepsTheStoredStudent() {
        Student original = student(school, classOne, "张小花", 1);
        store.insert(original);
        Student current = store.update(original.withStatus(RegistrationStatus.SUBMITTED, null));

        assertRefused(() -> store.update(original.withStatus(RegistrationStatus.REGISTERED,
                null)), ErrorCode.STALE_VERSION);

        assertThat(store.find(original.id())).contains(current);
    }

    @Test
    void refusesAnUpdateOfAStudentWhoIsNotStored() {
        Student absent = student(school, classOne, "张小花", 1);

        assertRefused(() -> store.update(absent), ErrorCode.NOT_FOUND);

        assertThat(store.find(absent.id())).isEmpty();
        assertThat(store.findByKey(absent.key())).isEmpty();
    }

    @Test
    void movesTheKeyAndNumbersOfAnUpdateThatChangesThemAndFreesTheOldOnes() {
        Student original = student(school, classOne, "张小花", 1);
        Student numbers = student(school, classOne, "张小花", 2);
        store.insert(original);

        Student rekeyed = store.update(original.toBuilder().key(numbers.key())
                .registryNumber(numbers.registryNumber())
                .regionalNumber(numbers.regionalNumber()).build());

        assertThat(store.findByKey(numbers.key())).contains(rekeyed);
        assertThat(store.findByKey(original.key())).isEmpty();
        Student reuser = student(school, classTwo, "李小草", 1);
        store.insert(reuser);
        assertThat(store.findByKey(original.key())).contains(reuser);
        assertRefused(() -> store.insert(student(school, classTwo, "李小草", 3).toBuilder()
                .key(numbers.key()).build()), ErrorCode.DUPLICATE);
        assertRefused(() -> store.insert(student(school, classTwo, "李小草", 3).toBuilder()
                .regionalNumber(numbers.regionalNumber()).build()), ErrorCode.DUPLICATE);
    }

    @Test
    void refusesAnUpdateThatTakesAnotherStudentsNumberAndKeepsBoth() {
        Student first = student(school, classOne, "张小花", 1);
        Student second = student(school, classOne, "李小草", 2);
        store.insert(first);
        store.insert(second);

        assertRefused(() -> store.update(second.toBuilder()
                .registryNumber(first.registryNumber()).build()), ErrorCode.DUPLICATE);

        assertThat(store.find(first.id())).contains(first);
        assertThat(store.find(second.id())).contains(second);
    }

    @Test
    void movesAStudentToASchoolInAnotherCounty() {
        Student original = student(school, classOne, "张小花", 1);
        store.insert(original);
        Student moved = original.toBuilder()
                .place(Scope.ofSchool(otherSchool.identifier(), JINGHU))
                .classId(otherClass.id()).build();

        Student updated = store.update(moved);

        assertThat(store.find(original.id())).contains(updated);
        assertThat(store.findByKey(original.key())).contains(updated);
        assertThat(store.placeOf(original.id()))
                .contains(Scope.ofSchool(otherSchool.identifier(), JINGHU));
        assertThat(store.countInClass(classOne.id())).isZero();
        assertThat(store.countInClass(otherClass.id())).isEqualTo(1);
        assertThat(store.listWithin(BAOHE, RegistrationStatus.COLLECTED)).isEmpty();
    }

    @Test
    void listsByStatusSchoolDivisionAndPersonInIdOrderAndCountsByClass() {
        Student a = student(school, classOne, "张小花", 1);
        Student b = student(school, classTwo, "张小花", 2);
        Student c = student(school, classOne, "李小草", 3)
                .withStatus(RegistrationStatus.REGISTERED, null);
        Student d = student(otherSchool, otherClass, "张小花", 4);
        for (Student student : List.of(a, b, c, d)) {
            store.insert(student);
        }
        List<Student> baoheCollected = sorted(a, b);

        assertThat(store.listBySchool(school.identifier(), RegistrationStatus.COLLECTED))
                .containsExactlyElementsOf(baoheCollected);
        assertThat(store.listBySchool(school.identifier(), RegistrationStatus.REGISTERED))
                .containsExactly(c);
        assertThat(store.listBySchool(otherSchool.identifier(), RegistrationStatus.SUBMITTED))
                .isEmpty();
        assertThat(store.listWithin(BAOHE, RegistrationStatus.COLLECTED))
                .containsExactlyElementsOf(baoheCollected);
        assertThat(store.listWithin(HEFEI, RegistrationStatus.COLLECTED))
                .containsExactlyElementsOf(baoheCollected);
        assertThat(store.listWithin(ANHUI, RegistrationStatus.COLLECTED))
                .containsExactlyElementsOf(sorted(a, b, d));
        assertThat(store.listWithin(XUANWU, RegistrationStatus.COLLECTED)).isEmpty();
        assertThat(store.findByPerson("张小花", Sex.FEMALE, BIRTH_DATE))
                .containsExactlyElementsOf(sorted(a, b, d));
        assertThat(store.findByPerson("张小花", Sex.MALE, BIRTH_DATE)).isEmpty();
        assertThat(store.findByPerson("张小花", Sex.FEMALE, BIRTH_DATE.plusDays(1))).isEmpty();
        assertThat(store.countInClass(classOne.id())).isEqualTo(2);
        assertThat(store.countInClass(classTwo.id())).isEqualTo(1);
        assertThat(store.countInClass(otherClass.id())).isEqualTo(1);
    }

    private void assertRefusedAsDuplicate(Student student, String shownKey) {
        RegistryException expected = StoreFailures.duplicate(RecordKind.STUDENT, shownKey);
        assertThatThrownBy(() -> store.insert(student)).isInstanceOfSatisfying(
                RegistryException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
                    assertThat(e.englishMessage()).isEqualTo(expected.englishMessage());
                    assertThat(e.chineseMessage()).isEqualTo(expected.chineseMessage());
                    student.identityDocument().flatMap(document -> document.number())
                            .ifPresent(number -> assertThat(e.getMessage())
                                    .doesNotContain(number));
                });
    }

    private void assertUnchanged(Student stored, Student refused) {
        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.find(refused.id())).isEmpty();
        assertThat(store.findByKey(stored.key())).contains(stored);
        if (!refused.key().equals(stored.key())) {
            assertThat(store.findByKey(refused.key())).isEmpty();
        }
    }

    private static List<Student> sorted(Student... students) {
        List<Student> list = new ArrayList<>(List.of(students));
        list.sort((x, y) -> x.id().compareTo(y.id()));
        return list;
    }

    @Test
    void findsStudentsByNameInAClassAndByTheRegistryNumberTheyHold() {
        Student first = student(school, classOne, "张小花", 1);
        Student namesake = student(school, classOne, "张小花", 2);
        Student elsewhere = student(school, classTwo, "张小花", 3);
        Student other = student(school, classOne, "李小草", 4);
        for (Student student : List.of(first, namesake, elsewhere, other)) {
            store.insert(student);
        }

        assertThat(store.findInClass(classOne.id(), "张小花"))
                .containsExactlyInAnyOrder(first, namesake);
        assertThat(store.findInClass(classTwo.id(), "李小草")).isEmpty();
        assertThat(store.findByRegistryNumber(other.registryNumber())).contains(other);
        assertThat(store.findByRegistryNumber(student(school, classOne, "王小明", 9)
                .registryNumber())).isEmpty();
    }

    @Test
    void talliesTheStudentsWithinADivisionByClassSexAndStatus() {
        store.insert(student(school, classOne, "张小花", 1));
        store.insert(student(school, classOne, "李小草", 2));
        Student submitted = student(school, classTwo, "王小雨", 3);
        store.insert(submitted);
        store.update(submitted.withStatus(RegistrationStatus.SUBMITTED, null));
        store.insert(student(otherSchool, otherClass, "赵小云", 4));
        RegistrationStatus status = student(school, classOne, "张小花", 1).status();

        assertThat(store.tallyWithin(BAOHE)).containsExactlyInAnyOrder(
                new StudentTally(classOne.id(), Sex.FEMALE, status, 2),
                new StudentTally(classTwo.id(), Sex.FEMALE, RegistrationStatus.SUBMITTED, 1));
        assertThat(store.tallyWithin(ANHUI)).hasSize(3);
        assertThat(store.tallyWithin(XUANWU)).isEmpty();
    }

    @Test
    void freesTheKeyAndRegistryNumberOfADeletedStudentAndKeepsTheRegionalNumberTaken() {
        Student deleted = student(school, classOne, "张小花", 1);
        store.insert(deleted);
        Student gone = store.update(deleted.withStatus(RegistrationStatus.DELETED, null));

        assertThat(store.find(deleted.id())).contains(gone);
        assertThat(store.findByKey(deleted.key())).isEmpty();
        assertThat(store.findByRegistryNumber(deleted.registryNumber())).isEmpty();
        assertThat(store.findByPerson("张小花", Sex.FEMALE, BIRTH_DATE)).isEmpty();
        assertThat(store.countInClass(classOne.id())).isZero();

        Student again = student(school, classTwo, "张小花", 1).toBuilder()
                .regionalNumber(student(school, classTwo, "张小花", 7).regionalNumber())
                .build();
        store.insert(again);
        assertThat(store.findByKey(deleted.key())).contains(again);
        assertThat(store.findByRegistryNumber(deleted.registryNumber())).contains(again);
        assertRefused(() -> store.insert(student(school, classTwo, "李小草", 8).toBuilder()
                .regionalNumber(deleted.regionalNumber()).build()), ErrorCode.DUPLICATE);
    }

    @Test
    void insertsABatchLargerThanOneStatementAndReadsEveryStudentBackAsInserted() {
        List<Student> batch = new ArrayList<>();
        for (int i = 0; i < BATCH; i++) {
            batch.add(bornOn(BIRTH_DATE.plusDays(i / 500), i % 500, i % 2 == 0 ? classOne
                    : classTwo, school));
        }
        Student bare = bornOn(BIRTH_DATE.plusDays(5), 1, otherClass, otherSchool).toBuilder()
                .key(StudentKey.ofDocument(IdentityDocument.of(IdentityDocumentType.PASSPORT,
                        "E12345678")))
                .identityDocument(null).guardians(List.of()).returnReason(null)
                .status(RegistrationStatus.REGISTERED).cohort(AcademicYear.of(2026))
                .keptGradeAt(AcademicYear.of(2026)).build();
        batch.add(bare);

        store.insertAll(batch);

        for (Student inserted : batch) {
            assertThat(store.find(inserted.id())).contains(inserted);
        }
        assertThat(store.findByKey(bare.key())).contains(bare);
        assertThat(store.findByRegistryNumber(batch.get(BATCH - 1).registryNumber()))
                .contains(batch.get(BATCH - 1));
        assertThat(store.countInClass(classOne.id()) + store.countInClass(classTwo.id()))
                .isEqualTo(BATCH);
        assertThat(store.count(StudentSelection.of(BAOHE, RegistrationStatus.COLLECTED)))
                .isEqualTo(BATCH);
        store.insertAll(List.of());
        assertThat(store.count(StudentSelection.of(ANHUI, RegistrationStatus.COLLECTED)))
                .isEqualTo(BATCH);
    }

    @Test
    void storesTextThatCsvTreatsSpeciallyByABatchAndReadsItBackVerbatim() {
        List<String> texts = List.of("张,小花", "\"小花\"", "a \"\" b", ",", "\"", "\"\"",
                "a\\b", "\\", "\\N", "\\.", "NULL", "𠮷野家", "😀 é ß ё", "' OR 1=1 --");
        List<Student> batch = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i);
            batch.add(student(school, classOne, "学生" + i, i).toBuilder()
                    .details(detailsHolding(text, text, text))
                    .guardians(List.of(new Guardian(text, text, null, "")))
                    .returnReason(text + "\n\\.\r\n" + text + ",\"\n")
                    .build());
        }
        Student empty = student(school, classTwo, "空白", texts.size()).toBuilder()
                .details(detailsHolding("空白", "", "")).returnReason("").build();
        Student absent = student(school, classTwo, "缺省", texts.size() + 1).toBuilder()
                .returnReason(null).build();
        batch.add(empty);
        batch.add(absent);

        store.insertAll(batch);

        for (Student inserted : batch) {
            assertThat(store.find(inserted.id())).contains(inserted);
        }
        assertThat(store.find(batch.get(texts.indexOf("𠮷野家")).id()).orElseThrow().details()
                .name()).isEqualTo("𠮷野家");
        assertThat(store.find(empty.id()).orElseThrow().returnReason()).contains("");
        assertThat(store.find(empty.id()).orElseThrow().details().address()).isEmpty();
        assertThat(store.find(absent.id()).orElseThrow().returnReason()).isEmpty();
    }

    @Test
    void refusesABatchThatHoldsTheSameKeyTwiceAndStoresNoneOfIt() {
        Student first = student(school, classOne, "张小花", 1);
        Student between = student(school, classOne, "李小草", 2);
        Student sameKey = student(school, classTwo, "张小花", 3).toBuilder().key(first.key())
                .build();
        RegistryException expected = StoreFailures.duplicate(RecordKind.STUDENT,
                first.key().toString());

        assertThatThrownBy(() -> store.insertAll(List.of(first, between, sameKey)))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
                    assertThat(e.englishMessage()).isEqualTo(expected.englishMessage());
                    assertThat(e.getMessage()).doesNotContain(first.key().value().substring(3));
                });

        for (Student refused : List.of(first, between, sameKey)) {
            assertThat(store.find(refused.id())).isEmpty();
        }
        assertThat(store.findByKey(first.key())).isEmpty();
        assertThat(store.countInClass(classOne.id())).isZero();
        store.insertAll(List.of(first, between));
        assertThat(store.find(between.id())).contains(between);
    }

    @Test
    void refusesABatchWithAStoredStudentsRegionalNumberNamingItAsOneInsertWould() {
        Student stored = student(school, classOne, "张小花", 1);
        store.insert(stored);
        Student fresh = student(school, classOne, "李小草", 2);
        Student clash = student(otherSchool, otherClass, "王小明", 3).toBuilder()
                .regionalNumber(stored.regionalNumber()).build();
        RegistryException expected = StoreFailures.duplicate(RecordKind.STUDENT,
                stored.regionalNumber().value());

        assertThatThrownBy(() -> store.insertAll(List.of(fresh, clash)))
                .isInstanceOfSatisfying(RegistryException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.DUPLICATE);
                    assertThat(e.chineseMessage()).isEqualTo(expected.chineseMessage());
                });

        assertThat(store.find(fresh.id())).isEmpty();
        assertThat(store.find(clash.id())).isEmpty();
        assertThat(store.findByKey(fresh.key())).isEmpty();
        assertThat(store.find(stored.id())).contains(stored);
        assertThat(store.countInClass(classOne.id())).isEqualTo(1);
    }

    @Test
    void storesOneOfTwoBatchesThatRaceForTheSameChildAndNoneOfTheOthersStudents() {
        Student child = student(school, classOne, "张小花", 1);
        List<List<Student>> batches = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            List<Student> batch = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                batch.add(bornOn(BIRTH_DATE.plusDays(t + 1), t * 20 + i, classTwo, school));
            }
            batch.add(10, student(school, classOne, "张小花", 100 + t).toBuilder()
                    .key(child.key()).build());
            batches.add(batch);
        }

        List<ErrorCode> codes = Races.refusals(THREADS, t -> () -> store.insertAll(batches.get(t)));

        assertThat(codes).filteredOn(code -> code == null).hasSize(1);
        assertThat(codes).filteredOn(code -> code != null).hasSize(THREADS - 1)
                .containsOnly(ErrorCode.DUPLICATE);
        List<Student> winner = batches.get(codes.indexOf(null));
        assertThat(store.listBySchool(school.identifier(), RegistrationStatus.COLLECTED))
                .containsExactlyInAnyOrderElementsOf(winner);
        assertThat(store.findByKey(child.key())).contains(winner.get(10));
    }

    @Test
    void refusesABatchHoldingAChildThatAnotherThreadInsertedAlone() throws Exception {
        Student alone = student(school, classOne, "张小花", 1);
        List<Student> batch = List.of(student(school, classTwo, "李小草", 2),
                student(school, classTwo, "张小花", 3).toBuilder().key(alone.key()).build());
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> store.insert(alone)).get(60, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertRefused(() -> store.insertAll(batch), ErrorCode.DUPLICATE);

        assertThat(store.find(batch.get(0).id())).isEmpty();
        assertThat(store.findByKey(alone.key())).contains(alone);
    }

    @Test
    void findsTheStudentsOfManyKeysAtOnceLeavingOutMissingAndDeletedOnes() {
        Student kept = student(school, classOne, "张小花", 1);
        Student other = student(otherSchool, otherClass, "李小草", 2);
        Student deleted = student(school, classTwo, "王小明", 3);
        store.insertAll(List.of(kept, other, deleted));
        store.update(deleted.withStatus(RegistrationStatus.DELETED, null));
        StudentKey missing = student(school, classOne, "赵小红", 4).key();

        assertThat(store.findByKeys(List.of(kept.key(), other.key(), deleted.key(), missing)))
                .containsOnlyKeys(kept.key(), other.key())
                .containsEntry(kept.key(), kept)
                .containsEntry(other.key(), other);
        assertThat(store.findByKeys(List.of())).isEmpty();
    }

    @Test
    void countsSeveralClassesAtOnceLeavingOutDeletedStudentsAndCountingEmptyClassesAsZero() {
        Student first = student(school, classOne, "张小花", 1);
        Student second = student(school, classOne, "李小草", 2);
        Student deleted = student(school, classOne, "王小明", 3);
        Student elsewhere = student(otherSchool, otherClass, "赵小红", 4);
        store.insertAll(List.of(first, second, deleted, elsewhere));
        store.update(deleted.withStatus(RegistrationStatus.DELETED, null));

        assertThat(store.countInClasses(List.of(classOne.id(), classTwo.id(), otherClass.id())))
                .containsOnly(entry(classOne.id(), 2), entry(classTwo.id(), 0),
                        entry(otherClass.id(), 1));
        assertThat(store.countInClasses(List.of())).isEmpty();
    }

    @Test
    void findsTheStudentsOfManyPeopleAtOnceByIdLeavingOutDeletedOnes() {
        Student first = student(school, classOne, "张小花", 1);
        Student twin = student(otherSchool, otherClass, "张小花", 2);
        Student other = student(school, classTwo, "李小草", 3);
        Student deleted = student(school, classTwo, "王小明", 4);
        store.insertAll(List.of(first, twin, other, deleted));
        store.update(deleted.withStatus(RegistrationStatus.DELETED, null));

        assertThat(store.findByPeople(List.of(first.details(), deleted.details(),
                StudentFixtures.details("赵小红"))))
                .containsExactlyElementsOf(sorted(first, twin));
        assertThat(store.findByPeople(List.of(other.details(), first.details())))
                .containsExactlyElementsOf(sorted(first, twin, other));
        assertThat(store.findByPeople(List.of())).isEmpty();
    }

    @Test
    void updatesABatchRaisingEachVersionAndMovesTheKeyOfTheOneThatChangesIt() {
        Student first = student(school, classOne, "张小花", 1);
        Student second = student(school, classTwo, "李小草", 2);
        Student rekeyed = student(otherSchool, otherClass, "王小明", 3);
        store.insertAll(List.of(first, second, rekeyed));
        StudentKey newKey = student(school, classOne, "王小明", 9).key();

        List<Student> stored = store.updateAll(List.of(
                first.withStatus(RegistrationStatus.REGISTERED, null),
                second.toBuilder().cohort(AcademicYear.of(2026))
                        .keptGradeAt(AcademicYear.of(2026)).build(),
                rekeyed.toBuilder().key(newKey).build()));

        assertThat(stored).extracting(Student::version).containsExactly(1L, 1L, 1L);
        assertThat(store.find(first.id())).contains(stored.get(0));
        assertThat(store.find(second.id())).contains(stored.get(1));
        assertThat(store.findByKey(newKey)).contains(stored.get(2));
        assertThat(store.findByKey(rekeyed.key())).isEmpty();
        assertThat(store.updateAll(List.of())).isEmpty();
    }

    @Test
    void refusesABatchUpdateHoldingAStaleVersionAndItsUnitOfWorkKeepsEveryStoredStudent() {
        Student first = student(school, classOne, "张小花", 1);
        Student second = student(school, classTwo, "李小草", 2);
        store.insertAll(List.of(first, second));
        Student moved = store.update(second.withStatus(RegistrationStatus.REGISTERED, null));

        assertRefused(() -> storage.unitOfWork().inTransaction(() -> store.updateAll(List.of(
                first.withStatus(RegistrationStatus.REGISTERED, null),
                second.withStatus(RegistrationStatus.SUSPENDED, null)))),
                ErrorCode.STALE_VERSION);

        assertThat(store.find(first.id())).contains(first);
        assertThat(store.find(second.id())).contains(moved);
    }

    /**
     * A student of a class whose identity number has a birth date and a serial, and whose
     * regional number is distinct for each of them; the details keep the fixtures' birth date.
     */
    private static Student bornOn(LocalDate birthDate, int serial, SchoolClass schoolClass,
            School school) {
        IdentityNumber number = IdentityNumber.parse(identityNumber(birthDate, Sex.FEMALE,
                serial));
        Student model = student(school, schoolClass, "学生" + serial, 1);
        int regionalSerial = (int) (birthDate.toEpochDay() - BIRTH_DATE.toEpochDay()) * 1000
                + serial + 1;
        return model.toBuilder()
                .key(StudentKey.ofIdentityNumber(number))
                .identityDocument(IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        number.value()))
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(StudentFixtures.regionalNumber(school, regionalSerial))
                .build();
    }

    /**
     * Returns the fixtures' details with a name, one text as every place and the address, and a
     * phone.
     */
    private static StudentDetails detailsHolding(String name, String text, String phone) {
        StudentDetails d = StudentFixtures.details(name);
        return new StudentDetails(d.name(), d.sex(), d.birthDate(), text, text, d.ethnicity(),
                d.nationality(), d.overseasStatus(), d.health(), text, d.householdType(),
                d.entryMonth(), d.attendanceMode(), d.source(), text, phone, d.onlyChild(),
                d.leftBehind(), d.migrant(), d.disability(), d.inclusiveClass());
    }
}
