package org.xueji.registry.inmemory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.StudentStore;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

class InMemoryStudentStoreTest {

    private static final SchoolIdentifier SCHOOL = SchoolIdentifier.parse("2134000001");
    private static final Scope PLACE = Scope.ofSchool(SCHOOL, DivisionCode.parse("340111"));
    private static final ClassId CLASS_ONE = ClassId.of(SCHOOL, AcademicYear.of(2025), 1);
    private static final ClassId CLASS_TWO = ClassId.of(SCHOOL, AcademicYear.of(2025), 2);
    private static final LocalDate BIRTH = LocalDate.of(2019, 3, 7);

    private final InMemoryStorage storage = new InMemoryStorage();
    private final StudentStore students = storage.students();

    @Test
    void findsOnlyTheStudentsOfOnePersonAndCountsOnlyOneClass() {
        Student first = student("340111201903070012", "王明", CLASS_ONE, 1);
        Student second = student("340111201903070039", "王明", CLASS_ONE, 2);
        Student other = student("340111201903070055", "李华", CLASS_TWO, 3);
        students.insert(first);
        students.insert(second);
        students.insert(other);

        assertThat(students.findByPerson("王明", Sex.MALE, BIRTH))
                .extracting(Student::id)
                .containsExactlyElementsOf(first.id().compareTo(second.id()) < 0
                        ? List.of(first.id(), second.id())
                        : List.of(second.id(), first.id()));
        assertThat(students.findByPerson("王明", Sex.FEMALE, BIRTH)).isEmpty();
        assertThat(students.countInClass(CLASS_ONE)).isEqualTo(2);
        assertThat(students.countInClass(CLASS_TWO)).isEqualTo(1);
    }

    @Test
    void lookupsFollowAnUpdateOfNameAndClass() {
        Student student = student("340111201903070012", "王明", CLASS_ONE, 1);
        students.insert(student);

        students.update(renamedAndMoved(student));

        assertThat(students.findByPerson("王明", Sex.MALE, BIRTH)).isEmpty();
        assertThat(students.findByPerson("王小明", Sex.MALE, BIRTH)).hasSize(1);
        assertThat(students.countInClass(CLASS_ONE)).isZero();
        assertThat(students.countInClass(CLASS_TWO)).isEqualTo(1);
    }

    @Test
    void rolledBackInsertLeavesNoTraceInLookups() {
        Student student = student("340111201903070012", "王明", CLASS_ONE, 1);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            students.insert(student);
            throw new IllegalStateException("fails after the insert");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(students.findByPerson("王明", Sex.MALE, BIRTH)).isEmpty();
        assertThat(students.countInClass(CLASS_ONE)).isZero();
    }

    @Test
    void rolledBackUpdateRestoresLookups() {
        Student student = student("340111201903070012", "王明", CLASS_ONE, 1);
        students.insert(student);

        assertThatThrownBy(() -> storage.unitOfWork().inTransaction(() -> {
            students.update(renamedAndMoved(student));
            throw new IllegalStateException("fails after the update");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(students.findByPerson("王明", Sex.MALE, BIRTH)).hasSize(1);
        assertThat(students.findByPerson("王小明", Sex.MALE, BIRTH)).isEmpty();
        assertThat(students.countInClass(CLASS_ONE)).isEqualTo(1);
        assertThat(students.countInClass(CLASS_TWO)).isZero();
    }

    private static Student renamedAndMoved(Student student) {
        return student.toBuilder().details(details("王小明")).classId(CLASS_TWO).build();
    }

    private static Student student(String identity, String name, ClassId classId, int serial) {
        IdentityNumber number = IdentityNumber.parse(identity);
        return Student.builder().id(StudentId.random())
                .key(StudentKey.ofIdentityNumber(number)).details(details(name))
                .identityDocument(IdentityDocument.of(
                        IdentityDocumentType.RESIDENT_IDENTITY_CARD, number.value()))
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(RegionalStudentNumber.parse("340111192521000" + serial))
                .place(PLACE).classId(classId)
                .status(RegistrationStatus.REGISTERED).build();
    }

    private static StudentDetails details(String name) {
        return new StudentDetails(name, Sex.MALE, BIRTH, "", "", Ethnicity.HAN, "中国",
                OverseasChineseStatus.NONE, HealthStatus.HEALTHY, "", HouseholdType.RESIDENT,
                YearMonth.of(2025, 9), AttendanceMode.DAY_STUDENT, StudentSource.REGULAR_ENTRY,
                "", "", false, false, false, Disability.NONE, InclusiveClass.NOT_INCLUSIVE);
    }
}
