package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassProfile;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * The students a rollover test moves into the next school year: the main job's school with a
 * class in each of grades 1 to 6 and 36 students in them, the same ones with the same ids every
 * time, so that two storages populated alike can be compared after their rollovers.
 */
final class RolloverPopulation {

    /** The school year the rollover moves into. */
    static final AcademicYear NEXT = AcademicYear.of(2027);

    private static final Clock ROLLOVER_DAY = Clock.fixed(LocalDate.of(2027, 8, 1)
            .atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant(),
            ZoneId.of("Asia/Shanghai"));
    private static final int STUDENTS = 36;

    private RolloverPopulation() {
    }

    /**
     * Writes the same 36 students into the main job's school every time, with the same ids:
     * grades 1 to 6, some registered, suspended, collected, submitted or graduated.
     */
    static List<StudentId> populate(RegistryStorage storage) {
        Registry registry = MainJob.registry(storage);
        Actor school = MainJob.setUp(registry);
        assertThat(registry.currentSchoolYear()).isEqualTo(NEXT.previous());
        List<SchoolClass> classes = new ArrayList<>(registry.organisations()
                .listClasses(MainJob.PROVINCE, MainJob.SCHOOL).subList(0, 1));
        for (int grade = 2; grade <= Grade.of(6).number(); grade++) {
            classes.add(registry.organisations().createClass(school, MainJob.SCHOOL,
                    Grade.of(grade), ClassProfile.builder().name(grade + "年级（1）班")
                            .headTeacher("王老师").founded(YearMonth.of(2027 - grade, 9))
                            .schoolSystem(SchoolSystem.SIX_THREE)
                            .classType(ClassType.PRIMARY_ORDINARY).build()));
        }
        School owner = registry.organisations().findSchool(MainJob.PROVINCE, MainJob.SCHOOL);
        Random random = new Random(20270801L);
        List<Student> students = new ArrayList<>();
        for (int serial = 0; serial < STUDENTS; serial++) {
            SchoolClass schoolClass = classes.get(serial % classes.size());
            students.add(student(owner, schoolClass, serial, status(random, schoolClass)));
        }
        storage.unitOfWork().inTransaction(() -> {
            students.forEach(storage.students()::insert);
            return null;
        });
        return students.stream().map(Student::id).toList();
    }

    private static RegistrationStatus status(Random random, SchoolClass schoolClass) {
        boolean finalGrade = schoolClass.gradeIn(AcademicYear.of(2026)).number() == 6;
        int roll = random.nextInt(100);
        return roll < 12 ? RegistrationStatus.SUSPENDED
                : roll < 20 ? RegistrationStatus.COLLECTED
                : roll < 26 ? RegistrationStatus.SUBMITTED
                : finalGrade && roll < 50 ? RegistrationStatus.GRADUATED
                : RegistrationStatus.REGISTERED;
    }

    private static Student student(School owner, SchoolClass schoolClass, int serial,
            RegistrationStatus status) {
        IdentityNumber number = IdentityNumber.parse(StudentFixtures.identityNumber(
                StudentFixtures.BIRTH_DATE, Sex.FEMALE, serial));
        UUID id = UUID.nameUUIDFromBytes(("rollover " + serial).getBytes(StandardCharsets.UTF_8));
        Student.Builder builder = Student.builder()
                .id(StudentId.of(id))
                .key(StudentKey.ofIdentityNumber(number))
                .details(StudentFixtures.details("学生" + serial))
                .identityDocument(IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        number.value()))
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(StudentFixtures.regionalNumber(owner, serial + 1))
                .place(Scope.ofSchool(owner.identifier(), owner.division()))
                .classId(schoolClass.id())
                .status(status);
        if (status == RegistrationStatus.GRADUATED) {
            builder.graduation(GraduationKind.GRADUATED);
        }
        return builder.build();
    }

    /**
     * Builds a registry on a storage with Anhui's policy and a clock on the rollover day.
     */
    static Registry onRolloverDay(RegistryStorage storage) {
        return Registry.builder().storage(storage).policy(RegistryPolicy.anhui())
                .clock(ROLLOVER_DAY).build();
    }
}
