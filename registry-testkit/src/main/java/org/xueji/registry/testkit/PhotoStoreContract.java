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
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.Student;

/**
 * The contract of {@link org.xueji.registry.spi.PhotoStore}: one photo per student, every byte
 * and the day it was taken kept, a later photo replacing the earlier one, and the photo kept
 * with its student when the student moves to another county. Photos are stored for stored
 * students, as the registry stores them.
 *
 * <p>An adapter's test class extends this and returns empty storage from {@link #storage()}.
 */
public abstract class PhotoStoreContract {

    private final School school = school("2134000001", BAOHE, "包河区大圩中心学校");
    private final School otherSchool = school("2134000004", JINGHU, "镜湖区实验小学");
    private final SchoolClass schoolClass = schoolClass(school, 2025, 1, "一年级（1）班");
    private final SchoolClass otherClass = schoolClass(otherSchool, 2025, 1, "一年级（1）班");
    private RegistryStorage storage;
    private Student student;
    private Student other;

    /**
     * Returns empty storage of the adapter under test; called once before each test.
     *
     * @return the storage, holding no records, not null
     */
    protected abstract RegistryStorage storage();

    /**
     * Returns a JPEG-marked photo whose bytes run through every value.
     *
     * @param size  the number of bytes, at least three
     * @param takenOn  the day it was taken, not null
     * @return the photo, not null
     */
    static Photo photo(int size, LocalDate takenOn) {
        byte[] bytes = new byte[size];
        for (int i = 3; i < size; i++) {
            bytes[i] = (byte) i;
        }
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xD8;
        bytes[2] = (byte) 0xFF;
        return Photo.of(bytes, takenOn);
    }

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
    }

    @Test
    void keepsEveryByteOfAPhotoAndTheDayItWasTaken() {
        Photo photo = photo(40_000, LocalDate.of(2025, 8, 20));

        storage.photos().save(student.id(), photo);

        assertThat(storage.photos().find(student.id())).contains(photo);
        assertThat(storage.photos().find(other.id())).isEmpty();
    }

    @Test
    void replacesTheEarlierPhotoOfAStudentOnly() {
        Photo first = photo(1_000, LocalDate.of(2025, 8, 20));
        Photo second = photo(2_000, LocalDate.of(2025, 9, 2));
        storage.photos().save(student.id(), first);
        storage.photos().save(other.id(), first);

        storage.photos().save(student.id(), second);

        assertThat(storage.photos().find(student.id())).contains(second);
        assertThat(storage.photos().find(other.id())).contains(first);
    }

    @Test
    void keepsThePhotoWhenTheStudentMovesToAnotherCounty() {
        Photo photo = photo(1_000, LocalDate.of(2025, 8, 20));
        storage.photos().save(student.id(), photo);

        storage.students().update(student.toBuilder()
                .place(Scope.ofSchool(otherSchool.identifier(), JINGHU))
                .classId(otherClass.id()).build());

        assertThat(storage.photos().find(student.id())).contains(photo);
    }
}
