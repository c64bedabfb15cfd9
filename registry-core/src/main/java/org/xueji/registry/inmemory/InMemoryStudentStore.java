package org.xueji.registry.inmemory;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.ClassStore;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.spi.StudentSelection;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;
import org.xueji.registry.student.StudentTally;

/**
 * Students in memory, unique by id, key, registry number and regional number, each index
 * checked and changed under the unit of work's lock and undone on rollback. A deleted student
 * is left out of the key and registry-number indexes. Two further indexes keep the enrollment
 * checks from scanning every stored student: by person (name, sex and birth date), whose lookups
 * leave deleted students out, and by class, which holds only the students not deleted, so that a
 * class is counted by the size of its set without reading a student.
 */
final class InMemoryStudentStore implements StudentStore {

    private static final int REGIONAL_NUMBER = 2;
    private static final List<Function<Student, String>> UNIQUE_VALUES = List.of(
            student -> student.key().value(),
            student -> student.registryNumber().value(),
            student -> student.regionalNumber().value());

    private static final NavigableSet<StudentId> EMPTY = Collections.emptyNavigableSet();

    private final InMemoryUnitOfWork unitOfWork;
    private final ClassStore classes;
    private final Table<StudentId, Student> table;
    private final List<Map<String, StudentId>> indexes =
            List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());
    private final Map<Person, NavigableSet<StudentId>> byPerson = new HashMap<>();
    private final Map<ClassId, Set<StudentId>> byClass = new HashMap<>();

    InMemoryStudentStore(InMemoryUnitOfWork unitOfWork, ClassStore classes) {
        this.unitOfWork = unitOfWork;
        this.classes = classes;
        this.table = new Table<>(unitOfWork, RecordKind.STUDENT, Student::id, Student::version,
                Student::withVersion);
    }

    @Override
    public void insert(Student student) {
        unitOfWork.locked(() -> {
            checkFree(student);
            table.insert(student);
            index(student);
            return null;
        });
    }

    /**
     * Checks the whole batch under the lock, against the stored students and the batch's own
     * earlier students, before storing any of it, so a refusal leaves the store unchanged even
     * outside a unit of work.
     */
    @Override
    public void insertAll(List<Student> students) {
        List<Student> batch = List.copyOf(students);
        unitOfWork.locked(() -> {
            checkFreeTogether(batch);
            for (Student student : batch) {
                table.insert(student);
                index(student);
            }
            return null;
        });
    }

    @Override
    public Student update(Student student) {
        return unitOfWork.locked(() -> {
            Optional<Student> stored = table.find(student.id());
            checkFree(student);
            Student updated = table.update(student);
            stored.ifPresent(this::unindex);
            index(updated);
            return updated;
        });
    }

    @Override
    public Optional<Student> find(StudentId id) {
        return table.find(id);
    }

    @Override
    public Optional<Scope> placeOf(StudentId id) {
        return table.find(id).map(Student::place);
    }

    @Override
    public Optional<Student> findByKey(StudentKey key) {
        return unitOfWork.locked(() ->
                Optional.ofNullable(indexes.get(0).get(key.value())).flatMap(table::find));
    }

    @Override
    public List<Student> findByPerson(String name, Sex sex, LocalDate birthDate) {
        Person person = new Person(name, sex, birthDate);
        return unitOfWork.locked(() -> byPerson.getOrDefault(person, EMPTY).stream()
                .map(table::find).flatMap(Optional::stream)
                .filter(student -> student.status() != RegistrationStatus.DELETED)
                .toList());
    }

    /** Tells whether a student takes a place in its class: every student but a deleted one. */
    private static boolean seated(Student student) {
        return student.status() != RegistrationStatus.DELETED;
    }

    @Override
    public int countInClass(ClassId classId) {
        return unitOfWork.locked(() -> byClass.getOrDefault(classId, Set.of()).size());
    }

    @Override
    public List<Student> listBySchool(SchoolIdentifier school, RegistrationStatus status) {
        return table.list(student -> student.school().equals(school)
                && student.status() == status);
    }

    @Override
    public List<Student> listWithin(DivisionCode division, RegistrationStatus status) {
        return table.list(student -> student.county().isWithin(division)
                && student.status() == status);
    }

    @Override
    public List<Student> findInClass(ClassId classId, String name) {
        return table.list(student -> student.classId().equals(classId)
                && student.details().name().equals(name));
    }

    @Override
    public Optional<Student> findByRegistryNumber(RegistryNumber number) {
        return unitOfWork.locked(() ->
                Optional.ofNullable(indexes.get(1).get(number.value())).flatMap(table::find));
    }

    @Override
    public List<StudentTally> tallyWithin(DivisionCode division) {
        Map<List<Object>, Long> counts = new LinkedHashMap<>();
        for (Student student : table.list(student -> student.county().isWithin(division))) {
            counts.merge(List.of(student.classId(), student.details().sex(), student.status()),
                    1L, Long::sum);
        }
        return counts.entrySet().stream().map(entry -> new StudentTally(
                (ClassId) entry.getKey().get(0), (Sex) entry.getKey().get(1),
                (RegistrationStatus) entry.getKey().get(2), entry.getValue())).toList();
    }

    @Override
    public List<Student> page(StudentSelection selection, StudentId after, int limit) {
        requireNonNull(selection, "selection");
        checkArgument(limit > 0, "limit must be positive: %s", limit);
        return table.page(after, student -> fits(selection, student), limit);
    }

    @Override
    public long count(StudentSelection selection) {
        requireNonNull(selection, "selection");
        return table.count(student -> fits(selection, student));
    }

    private boolean fits(StudentSelection selection, Student student) {
        if (!selection.fitsIgnoringSchoolSystem(student)) {
            return false;
        }
        Optional<SchoolSystem> system = selection.schoolSystemFilter();
        return system.isEmpty() || classes.find(student.classId())
                .map(found -> found.profile().schoolSystem() == system.get())
                .orElse(false);
    }

    private void checkFree(Student student) {
        for (int i = 0; i < UNIQUE_VALUES.size(); i++) {
            if (!holds(i, student)) {
                continue;
            }
            String value = UNIQUE_VALUES.get(i).apply(student);
            StudentId holder = indexes.get(i).get(value);
            if (holder != null && !holder.equals(student.id())) {
                throw StoreFailures.duplicate(RecordKind.STUDENT, describe(i, student));
            }
        }
    }

    /** Refuses the first student of a batch that a stored or earlier student clashes with. */
    private void checkFreeTogether(List<Student> batch) {
        List<Map<String, StudentId>> earlier = List.of(new HashMap<>(), new HashMap<>(),
                new HashMap<>());
        Set<StudentId> ids = new HashSet<>();
        for (Student student : batch) {
            checkFree(student);
            for (int i = 0; i < UNIQUE_VALUES.size(); i++) {
                if (holds(i, student) && earlier.get(i).putIfAbsent(
                        UNIQUE_VALUES.get(i).apply(student), student.id()) != null) {
                    throw StoreFailures.duplicate(RecordKind.STUDENT, describe(i, student));
                }
            }
            if (!ids.add(student.id()) || table.find(student.id()).isPresent()) {
                throw StoreFailures.duplicate(RecordKind.STUDENT, student.id());
            }
        }
    }

    private static boolean holds(int index, Student student) {
        return index == REGIONAL_NUMBER || student.holdsKeyAndRegistryNumber();
    }

    private static String describe(int index, Student student) {
        switch (index) {
            case 0:
                return student.key().toString();
            case 1:
                return student.registryNumber().masked();
            default:
                return student.regionalNumber().value();
        }
    }

    private void index(Student student) {
        for (int i = 0; i < UNIQUE_VALUES.size(); i++) {
            if (!holds(i, student)) {
                continue;
            }
            Map<String, StudentId> index = indexes.get(i);
            String value = UNIQUE_VALUES.get(i).apply(student);
            index.put(value, student.id());
            unitOfWork.onRollBack(() -> index.remove(value));
        }
        Person person = Person.of(student);
        StudentId id = student.id();
        byPerson.computeIfAbsent(person, any -> new TreeSet<>()).add(id);
        boolean seated = seated(student);
        if (seated) {
            byClass.computeIfAbsent(student.classId(), any -> new HashSet<>()).add(id);
        }
        unitOfWork.onRollBack(() -> {
            remove(byPerson, person, id);
            if (seated) {
                remove(byClass, student.classId(), id);
            }
        });
    }

    private void unindex(Student student) {
        for (int i = 0; i < UNIQUE_VALUES.size(); i++) {
            if (!holds(i, student)) {
                continue;
            }
            Map<String, StudentId> index = indexes.get(i);
            String value = UNIQUE_VALUES.get(i).apply(student);
            index.remove(value);
            unitOfWork.onRollBack(() -> index.put(value, student.id()));
        }
        Person person = Person.of(student);
        StudentId id = student.id();
        remove(byPerson, person, id);
        boolean seated = seated(student);
        if (seated) {
            remove(byClass, student.classId(), id);
        }
        unitOfWork.onRollBack(() -> {
            byPerson.computeIfAbsent(person, any -> new TreeSet<>()).add(id);
            if (seated) {
                byClass.computeIfAbsent(student.classId(), any -> new HashSet<>()).add(id);
            }
        });
    }

    private static <K> void remove(Map<K, ? extends Set<StudentId>> index, K key, StudentId id) {
        Set<StudentId> ids = index.get(key);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
            index.remove(key);
        }
    }

    /** What {@link #findByPerson} looks students up by. */
    private record Person(String name, Sex sex, LocalDate birthDate) {
        static Person of(Student student) {
            return new Person(student.details().name(), student.details().sex(),
                    student.details().birthDate());
        }
    }
}
