package org.xueji.registry.testkit;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentFlag;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * Students for the contract suites: valid identity numbers by birth date and a serial, and
 * students whose every field is set, two guardians and both flags included, so that a round trip
 * checks them all.
 */
public final class StudentFixtures {

    /** The birth date of the suites' students, of age for grade 1 in 2025. */
    public static final LocalDate BIRTH_DATE = LocalDate.of(2019, 3, 14);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private StudentFixtures() {
    }

    /**
     * Returns a valid resident identity number of Baohe with a birth date, sex and serial.
     *
     * @param birthDate  the birth date, not null
     * @param sex  the sex, not null
     * @param serial  0 to 499, distinct numbers for distinct serials
     * @return the number, 18 characters, not null
     */
    public static String identityNumber(LocalDate birthDate, Sex sex, int serial) {
        int sequence = serial * 2 + (sex == Sex.MALE ? 1 : 0);
        String body = "340111" + birthDate.toString().replace("-", "")
                + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /**
     * Returns a new collected student of a class, version zero, every field set: an identity
     * card whose number gives the key and the registry number, two guardians (the second without
     * a document), a regional number of Anhui's scheme with the serial, and both flags.
     *
     * @param school  the class's school, not null
     * @param schoolClass  the class, not null
     * @param name  the name, not blank
     * @param serial  the identity number's and the regional number's serial, 0 to 499
     * @return the student, not null
     */
    public static Student student(School school, SchoolClass schoolClass, String name,
            int serial) {
        IdentityNumber number = IdentityNumber.parse(identityNumber(BIRTH_DATE, Sex.FEMALE,
                serial));
        return Student.builder()
                .id(StudentId.random())
                .key(StudentKey.ofIdentityNumber(number))
                .details(details(name))
                .identityDocument(IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                        number.value()))
                .guardians(guardians())
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(regionalNumber(school, serial + 1))
                .place(Scope.ofSchool(school.identifier(), school.division()))
                .classId(schoolClass.id())
                .returnReason("照片不清晰")
                .flag(StudentFlag.NO_EARLIER_RECORD)
                .flag(StudentFlag.DUPLICATE_SUSPECT)
                .build();
    }

    /**
     * Returns a regional number of Anhui's scheme for a girl entering a primary school in 2025.
     *
     * @param school  the school, whose division is a county, not null
     * @param serial  the serial, positive
     * @return the number, not null
     */
    public static RegionalStudentNumber regionalNumber(School school, int serial) {
        return RegionalStudentNumber.of(RegistryPolicy.anhui().regionalNumbers().prefix(
                school.division(), 2025, 12, SchoolStage.PRIMARY, Sex.FEMALE, false), serial);
    }

    /**
     * Returns details with every field set, none of the codes at its first entry.
     *
     * @param name  the name, not blank
     * @return the details, not null
     */
    public static StudentDetails details(String name) {
        return new StudentDetails(name, Sex.FEMALE, BIRTH_DATE, "安徽省合肥市", "安徽省六安市",
                Ethnicity.values()[2], "中国", OverseasChineseStatus.values()[1],
                HealthStatus.values()[1], "安徽省合肥市包河区", HouseholdType.values()[1],
                YearMonth.of(2025, 9), AttendanceMode.values()[1], StudentSource.values()[1],
                "合肥市包河区某路2号", "13800000000", true, true, false,
                Disability.values()[1], InclusiveClass.values()[1]);
    }

    private static List<Guardian> guardians() {
        IdentityDocument father = IdentityDocument.of(IdentityDocumentType.RESIDENT_IDENTITY_CARD,
                identityNumber(LocalDate.of(1988, 5, 6), Sex.MALE, 7));
        return List.of(new Guardian("张大山", "父亲", father, "13900000001"),
                new Guardian("李小芳", "母亲", null, "13900000002"));
    }
}
