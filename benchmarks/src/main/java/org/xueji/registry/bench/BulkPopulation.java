package org.xueji.registry.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalNumberPrefix;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * Generates the students of a county in school year 2026-2027 for the PostgreSQL benchmark, one
 * at a time from their index, so that no run holds more than a chunk of them: student {@code i}
 * is in grade {@code 1 + i % 12} of school {@code i / }{@link #PER_SCHOOL}, in one of
 * {@link #CLASSES_PER_GRADE} classes, with a valid identity number (one of eight Hefei address
 * codes, a birth date in the grade's year, a serial) that gives the key and the registry number,
 * and a regional number of Anhui's scheme from a counter per prefix.
 *
 * <p>The statuses are those the 1 August rollover meets: a final grade (6, 9, senior 3) has
 * graduated, except one student in a hundred who is still registered; in the other grades one
 * student in two hundred is suspended and the rest are registered. So about 0.6% of the students
 * are the rollover's exceptions. Not thread-safe.
 */
final class BulkPopulation {

    /** The county of every school. */
    static final DivisionCode COUNTY = DivisionCode.parse("340111");
    /** Students per school: 12 grades of {@link #CLASSES_PER_GRADE} classes of 50. */
    static final int PER_SCHOOL = 12 * 8 * 50;
    /** Classes per grade in each school. */
    static final int CLASSES_PER_GRADE = 8;
    /** The school year the students are in. */
    static final AcademicYear YEAR = AcademicYear.of(2026);

    private static final List<String> ADDRESS_CODES = List.of("340102", "340103", "340104",
            "340111", "340121", "340122", "340123", "340124", "340181", "340202");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int DAYS = 365;
    private static final int SERIALS = 1000;

    private final RegistryPolicy policy = RegistryPolicy.anhui();
    private final Map<String, Integer> serials = new HashMap<>();
    private final IdentityDocument fatherDocument = IdentityDocument.of(
            IdentityDocumentType.RESIDENT_IDENTITY_CARD,
            identityNumber("340111", LocalDate.of(1988, 5, 6), 7));

    /**
     * Returns the identifier of twelve-year school {@code s} (type code 34).
     *
     * @param s  the school's index, from 0
     * @return the identifier, not null
     */
    static SchoolIdentifier school(int s) {
        return SchoolIdentifier.parse(String.format("3434%06d", s + 1));
    }

    /**
     * Returns the grade of student {@code i}.
     *
     * @param i  the student's index
     * @return the grade, 1 to 12
     */
    static int grade(long i) {
        return 1 + (int) (i % 12);
    }

    /**
     * Returns the students from index {@code from} up to but not including {@code to}.
     *
     * @param from  the first index
     * @param to  the index after the last
     * @return the students, in index order, not null
     */
    List<Student> students(long from, long to) {
        List<Student> students = new ArrayList<>((int) (to - from));
        for (long i = from; i < to; i++) {
            students.add(student(i));
        }
        return students;
    }

    private Student student(long i) {
        int grade = grade(i);
        long rest = i / 12;
        int day = (int) (rest % DAYS);
        long block = rest / DAYS;
        int serial = (int) (block % SERIALS);
        String address = ADDRESS_CODES.get((int) (block / SERIALS));
        LocalDate birthDate = LocalDate.of(2020 - grade, 9, 1).plusDays(day);
        IdentityNumber number = IdentityNumber.parse(identityNumber(address, birthDate, serial));
        Sex sex = number.sex();
        int s = (int) (i / PER_SCHOOL);
        SchoolIdentifier school = school(s);
        AcademicYear cohort = Grade.of(grade).cohortIn(YEAR);
        int classNumber = 1 + (int) (rest % CLASSES_PER_GRADE);
        SchoolStage stage = SchoolSystem.SIX_THREE.stageOf(grade);
        int stageEntryYear = YEAR.startYear() - (grade - firstGradeOf(stage));
        RegionalNumberPrefix prefix = policy.regionalNumbers().prefix(COUNTY, stageEntryYear,
                s % 1000, stage, sex, false);
        int regional = serials.merge(prefix.value(), 1, Integer::sum);
        Student.Builder builder = Student.builder()
                .id(StudentId.random())
                .key(StudentKey.ofIdentityNumber(number))
                .details(details("学生" + i, sex, birthDate))
                .identityDocument(IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        number.value()))
                .guardians(List.of(new Guardian("家长" + i, "父亲", fatherDocument,
                        "13900000001")))
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(RegionalStudentNumber.of(prefix, regional))
                .place(Scope.ofSchool(school, COUNTY))
                .classId(ClassId.of(school, cohort, classNumber));
        boolean finalGrade = grade == 6 || grade == 9 || grade == 12;
        if (finalGrade && i % 100 != 0) {
            builder.status(RegistrationStatus.GRADUATED).graduation(GraduationKind.COMPLETED);
        } else if (!finalGrade && i % 200 == 1) {
            builder.status(RegistrationStatus.SUSPENDED);
        } else {
            builder.status(RegistrationStatus.REGISTERED);
        }
        return builder.build();
    }

    private static int firstGradeOf(SchoolStage stage) {
        switch (stage) {
            case PRIMARY:
                return 1;
            case JUNIOR:
                return 7;
            default:
                return 10;
        }
    }

    private static StudentDetails details(String name, Sex sex, LocalDate birthDate) {
        return new StudentDetails(name, sex, birthDate, "安徽省合肥市", "安徽省六安市",
                Ethnicity.values()[0], "中国", OverseasChineseStatus.values()[0],
                HealthStatus.values()[0], "安徽省合肥市包河区", HouseholdType.values()[1],
                YearMonth.of(birthDate.getYear() + 7, 9), AttendanceMode.values()[1],
                StudentSource.values()[1], "合肥市包河区某路2号", "13800000000", false, false,
                false, Disability.values()[0], InclusiveClass.values()[0]);
    }

    private static String identityNumber(String address, LocalDate birthDate, int serial) {
        String body = address + birthDate.toString().replace("-", "")
                + String.format("%03d", serial);
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
