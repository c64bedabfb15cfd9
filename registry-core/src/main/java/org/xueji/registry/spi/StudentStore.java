package org.xueji.registry.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;
import org.xueji.registry.student.StudentTally;

/**
 * Stores student records. Unique: the id; the {@link StudentKey}; the registry number; the
 * regional number. The registry checks uniqueness by rule before writing, and the store checks
 * it again atomically (a unique index in SQL), so that two schools racing to enroll the same
 * child get one record and one {@link org.xueji.registry.ErrorCode#DUPLICATE} failure.
 *
 * <p><b>Deleted records.</b> A student in {@link RegistrationStatus#DELETED} holds neither its
 * key nor its registry number: both are unique among the other students only, so the real
 * record of a deleted duplicate can take them (a SQL store keeps them in nullable unique
 * columns that it clears on deletion, and keeps the values in plain columns). The regional
 * number stays unique over every student. {@link #findByKey}, {@link #findByPerson} and {@link
 * #countInClass} ignore deleted students; the listings return them only when asked for that
 * status, and the registry decides who may see them.
 *
 * <p>Writes join the current {@link UnitOfWork} transaction. Implementations must be thread-safe.
 */
public interface StudentStore {

    /**
     * Stores a new student, refusing it atomically if any of its unique values is taken.
     *
     * @param student  the student, version zero, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if a student
     *     with the same id, key, registry number or regional number is stored
     */
    void insert(Student student);

    /**
     * Stores a batch of new students together, as if each were {@linkplain #insert inserted} in
     * the list's order, and refuses the whole batch if any of them would be refused: by a
     * student stored before or by an earlier student of the same batch. A refusal stores none of
     * the batch and names a clash as {@link #insert} would: of two students of the batch with the
     * same key the later one; when the batch holds several clashes, a store may name any of
     * them (a SQL store claims values in their sorted order, to keep concurrent batches from
     * deadlocking, so it names the first clash in that order). A SQL store writes the batch
     * with a few set-based statements instead of one round of statements per student, which is
     * what makes it worth calling; callers keep batches to a bounded size (a few hundred to a
     * thousand students).
     *
     * <p>The default inserts the students one at a time; it is all-or-nothing only inside a
     * {@link UnitOfWork}, whose rollback removes the students inserted before the refused one.
     *
     * @param students  the students, each version zero, not null, may be empty
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#DUPLICATE} if a student
     *     with the same id, key, registry number or regional number is stored or comes earlier
     *     in the batch
     */
    default void insertAll(List<Student> students) {
        for (Student student : List.copyOf(students)) {
            insert(student);
        }
    }

    /**
     * Stores a changed student if the stored version equals the student's version.
     *
     * @param student  the changed student, carrying the version it was read at, not null
     * @return the student as stored, its version one higher, not null
     * @throws RegistryException with {@link org.xueji.registry.ErrorCode#STALE_VERSION} if the
     *     stored version differs, {@link org.xueji.registry.ErrorCode#NOT_FOUND} if none is
     *     stored, or {@link org.xueji.registry.ErrorCode#DUPLICATE} if a changed key or number
     *     is another student's
     */
    Student update(Student student);

    /**
     * Stores several changed students, as {@link #update} would one after the other, and
     * returns them as stored. A SQL store reads the stored rows with one query and writes the
     * changes that keep each student's county and unique values with one batched
     * {@code UPDATE}; any other change goes through {@link #update}. The default updates one
     * student at a time. A failure leaves the batch half-written unless the caller runs it in a
     * {@link UnitOfWork}, which the registry always does.
     *
     * @param students  the changed students, each carrying the version it was read at, not null
     * @return the students as stored, versions one higher, in the same order, not null
     * @throws RegistryException as {@link #update} does, for the first student it refuses
     */
    default List<Student> updateAll(List<Student> students) {
        List<Student> updated = new ArrayList<>(students.size());
        for (Student student : students) {
            updated.add(update(student));
        }
        return updated;
    }

    /**
     * Finds a student by id.
     *
     * @param id  the id, not null
     * @return the student, or empty if none is stored
     */
    Optional<Student> find(StudentId id);

    /**
     * Finds only where a student lies: the place of the student's school. The registry calls
     * this to decide access before it reads the record.
     *
     * @param id  the id, not null
     * @return the place, or empty if none is stored
     */
    Optional<Scope> placeOf(StudentId id);

    /**
     * Finds the student with a uniqueness key, anywhere in the registry, ignoring deleted
     * students.
     *
     * @param key  the key, not null
     * @return the student, or empty if none is stored
     */
    Optional<Student> findByKey(StudentKey key);

    /**
     * Finds the students with any of some uniqueness keys, anywhere in the registry, ignoring
     * deleted students: {@link #findByKey} for many keys at once, one query per bounded chunk of
     * keys in SQL. The default asks {@link #findByKey} once per key.
     *
     * @param keys  the keys, not null, may be empty
     * @return each key that a student holds, to that student, not null
     */
    default Map<StudentKey, Student> findByKeys(Collection<StudentKey> keys) {
        Map<StudentKey, Student> found = new HashMap<>();
        for (StudentKey key : keys) {
            findByKey(key).ifPresent(student -> found.put(key, student));
        }
        return found;
    }

    /**
     * Finds the students with a name, sex and birth date, anywhere in the registry, by id,
     * ignoring deleted students; the registry looks for duplicate suspects with this.
     *
     * @param name  the name, compared exactly, not null
     * @param sex  the sex, not null
     * @param birthDate  the birth date, not null
     * @return the students, not null
     */
    List<Student> findByPerson(String name, Sex sex, LocalDate birthDate);

    /**
     * Finds the students whose name, sex and birth date are those of any of some people, as
     * {@link #findByPerson} does for each: one query per bounded chunk of people in SQL. The
     * default asks {@link #findByPerson} once per person.
     *
     * @param people  the details to match, each on its name, sex and birth date, not null
     * @return the students matching any of them, each once, by id, not null
     */
    default List<Student> findByPeople(Collection<StudentDetails> people) {
        Map<StudentId, Student> found = new TreeMap<>();
        for (StudentDetails person : people) {
            for (Student student : findByPerson(person.name(), person.sex(),
                    person.birthDate())) {
                found.put(student.id(), student);
            }
        }
        return new ArrayList<>(found.values());
    }

    /**
     * Counts the students in a class, whatever their status, deleted students excepted.
     *
     * @param classId  the class, not null
     * @return the number of students, not negative
     */
    int countInClass(ClassId classId);

    /**
     * Counts the students in each of some classes, as {@link #countInClass} does: one grouped
     * query per school and cohort in SQL. The default counts one class at a time.
     *
     * @param classIds  the classes, not null, may be empty
     * @return each class to its number of students, zero included, not null
     */
    default Map<ClassId, Integer> countInClasses(Collection<ClassId> classIds) {
        Map<ClassId, Integer> counts = new HashMap<>();
        for (ClassId classId : classIds) {
            counts.put(classId, countInClass(classId));
        }
        return counts;
    }

    /**
     * Lists a school's students in a status, by id.
     *
     * @param school  the school, not null
     * @param status  the status, not null
     * @return the students, not null
     */
    List<Student> listBySchool(SchoolIdentifier school, RegistrationStatus status);

    /**
     * Lists the students in a status whose school's authority lies within a division, by id.
     *
     * @param division  the containing division, of any level, not null
     * @param status  the status, not null
     * @return the students, not null
     */
    List<Student> listWithin(DivisionCode division, RegistrationStatus status);

    /**
     * Finds the students of a class with a name, whatever their status, by id; photos named by
     * school, class and name are matched with this.
     *
     * @param classId  the class, not null
     * @param name  the name, compared exactly, not null
     * @return the students, not null, empty if none
     */
    List<Student> findInClass(ClassId classId, String name);

    /**
     * Finds the student who holds a registry number now, anywhere in the registry.
     *
     * @param number  the registry number, not null
     * @return the student, or empty if no student holds it
     */
    Optional<Student> findByRegistryNumber(RegistryNumber number);

    /**
     * Counts the students whose school's authority lies within a division, grouped by class,
     * sex and status: one row per group that has students, in no particular order. The number of
     * rows grows with the classes, not with the students (a {@code GROUP BY} in SQL).
     *
     * @param division  the containing division, of any level, not null
     * @return the counts, not null
     */
    List<StudentTally> tallyWithin(DivisionCode division);

    /**
     * Reads one page of the students a selection selects, in the store's own stable order of
     * student ids, starting after an id. A job reads the next page by passing the last id of
     * the previous one; the registry never compares ids itself, so the order only has to be
     * total and fixed (a SQL store orders by its id column). A student changed after being read
     * so that it no longer fits the selection does not disturb the pages after it.
     *
     * @param selection  which students, not null
     * @param after  the last id of the previous page, or null for the first page
     * @param limit  the largest number of students to return, positive
     * @return the students, at most {@code limit}, in id order, not null
     * @throws IllegalArgumentException if the limit is not positive
     */
    List<Student> page(StudentSelection selection, StudentId after, int limit);

    /**
     * Counts the students a selection selects, with a count query that reads no record.
     *
     * @param selection  which students, not null
     * @return the number of students, not negative
     */
    long count(StudentSelection selection);
}
