package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.xueji.registry.enrollment.EnrollmentFixture.JUNIOR;
import static org.xueji.registry.enrollment.EnrollmentFixture.PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.baseForm;
import static org.xueji.registry.enrollment.EnrollmentFixture.form;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.Scope;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.ClassType;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.identity.RegistryNumberKind;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentFlag;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

class NumbersTest {

    private final EnrollmentFixture fixture = new EnrollmentFixture();
    private final Enrollment enrollment = fixture.registry.enrollment();

    @Test
    void gradeOneGetsAGNumberFromItsIdentityNumberAndARegionalNumber() {
        LocalDate birth = LocalDate.of(2019, 6, 1);
        String number = EnrollmentFixture.identityNumber(birth, Sex.MALE, 11);

        Student student = enrollment.enroll(fixture.primary, PRIMARY, Grade.of(1),
                form("周杰", birth, Sex.MALE, 11).build()).accepted().orElseThrow();

        assertThat(student.registryNumber().value()).isEqualTo("G" + number);
        assertThat(student.regionalNumber().value()).isEqualTo("3401112501210001");
        assertThat(student.status()).isEqualTo(RegistrationStatus.COLLECTED);
        assertThat(student.gradeIn(AcademicYear.of(2025))).isEqualTo(Grade.of(1));
    }

    @Test
    void siblingsWithoutIdentityNumbersUnderOneGuardianGetDistinctJNumbers() {
        LocalDate twinsBirth = LocalDate.of(2019, 4, 4);
        String guardian = EnrollmentFixture.identityNumber(LocalDate.of(1988, 2, 2), Sex.FEMALE, 5);
        List<NewStudentForm> forms = List.of(
                sibling("吴一", twinsBirth, guardian), sibling("吴二", twinsBirth, guardian),
                sibling("吴三", LocalDate.of(2018, 12, 1), guardian));

        BatchResult batch = enrollment.enrollAll(fixture.primary, PRIMARY, Grade.of(1), forms);

        assertThat(batch.refused()).isEmpty();
        List<Student> students = batch.accepted().stream()
                .map(result -> result.accepted().orElseThrow()).toList();
        assertThat(students).extracting(Student::registryNumber)
                .extracting(RegistryNumber::kind).containsOnly(RegistryNumberKind.J);
        assertThat(students).extracting(Student::registryNumber).doesNotHaveDuplicates();
        assertThat(students).extracting(Student::key).extracting(StudentKey::kind)
                .containsOnly(StudentKey.Kind.GUARDIAN);
        assertThat(students.get(0).registryNumber().divisionCode())
                .isEqualTo(EnrollmentFixture.BAOHE);
    }

    @Test
    void theSameSiblingTwiceInABatchIsRefusedTheSecondTime() {
        String guardian = EnrollmentFixture.identityNumber(LocalDate.of(1988, 2, 2), Sex.FEMALE, 5);
        NewStudentForm form = sibling("吴一", LocalDate.of(2019, 4, 4), guardian);

        BatchResult batch = enrollment.enrollAll(fixture.primary, PRIMARY, Grade.of(1),
                List.of(form, form));

        assertThat(batch.accepted()).extracting(EnrollmentResult::index).containsExactly(0);
        assertThat(batch.refused()).singleElement().satisfies(result -> assertThat(
                result.refusals()).extracting(Refusal::rule)
                .contains(EnrollmentRule.NOT_TWICE_IN_BATCH));
    }

    @Test
    void gradeSevenKeepsTheRegistryNumberOfGradeSixAndGetsANewRegionalNumber() {
        LocalDate birth = LocalDate.of(2013, 3, 3);
        Student graduate = registeredGradeSixGraduate(birth);

        Student student = enrollment.enroll(fixture.junior, JUNIOR, Grade.of(7),
                form("郑学", birth, Sex.MALE, 21).schoolClass("七（1）班").build())
                .accepted().orElseThrow();

        assertThat(student.id()).isEqualTo(graduate.id());
        assertThat(student.registryNumber()).isEqualTo(graduate.registryNumber());
        assertThat(student.regionalNumber()).isNotEqualTo(graduate.regionalNumber());
        assertThat(student.school()).isEqualTo(JUNIOR);
        assertThat(student.status()).isEqualTo(RegistrationStatus.COLLECTED);
        assertThat(student.gradeIn(AcademicYear.of(2025))).isEqualTo(Grade.of(7));
        assertThat(student.flags()).isEmpty();
    }

    @Test
    void gradeSevenWithoutEarlierRecordIsRegisteredNewAndFlaggedForTheAuthority() {
        LocalDate birth = LocalDate.of(2013, 3, 3);

        Student student = enrollment.enroll(fixture.junior, JUNIOR, Grade.of(7),
                form("冯新", birth, Sex.MALE, 22).schoolClass("七（1）班").build())
                .accepted().orElseThrow();

        assertThat(student.flags()).containsExactly(StudentFlag.NO_EARLIER_RECORD);
        assertThat(fixture.registry.problems().list(fixture.baohe))
                .extracting(ProblemRecord::kind, ProblemRecord::student)
                .containsExactly(tuple(
                        ProblemKind.NO_EARLIER_RECORD, student.id()));
        assertThat(fixture.registry.problems().list(fixture.jinghu)).isEmpty();
    }

    @Test
    void aStudentStillInPrimarySchoolCannotBeEnrolledIntoGradeSevenElsewhere() {
        LocalDate birth = LocalDate.of(2019, 6, 1);
        enrollment.enroll(fixture.primary, PRIMARY, Grade.of(1),
                form("陈小", birth, Sex.MALE, 23).build());

        EnrollmentResult result = enrollment.enroll(fixture.junior, JUNIOR, Grade.of(7),
                form("陈小", birth, Sex.MALE, 23).schoolClass("七（1）班").build());

        assertThat(result.refusals()).extracting(Refusal::rule, Refusal::code)
                .contains(tuple(
                        EnrollmentRule.NOT_REGISTERED, ErrorCode.DUPLICATE));
    }

    @Test
    void lookalikeWithAnotherIdentityNumberIsAcceptedAndQueuedAsDuplicateSuspect() {
        LocalDate birth = LocalDate.of(2019, 6, 1);
        Student first = enrollment.enroll(fixture.primary, PRIMARY, Grade.of(1),
                form("林同", birth, Sex.FEMALE, 31).build()).accepted().orElseThrow();

        Student second = enrollment.enroll(fixture.otherPrimary,
                EnrollmentFixture.OTHER_PRIMARY, Grade.of(1),
                form("林同", birth, Sex.FEMALE, 32).build()).accepted().orElseThrow();

        assertThat(second.flags()).containsExactly(StudentFlag.DUPLICATE_SUSPECT);
        assertThat(fixture.registry.problems().list(fixture.jinghu)).singleElement()
                .satisfies(problem -> {
                    assertThat(problem.kind()).isEqualTo(ProblemKind.DUPLICATE_SUSPECT);
                    assertThat(problem.student()).isEqualTo(second.id());
                    assertThat(problem.related()).contains(first.id());
                });
    }

    private NewStudentForm sibling(String name, LocalDate birth, String guardian) {
        return baseForm(name, birth, Sex.MALE)
                .identityDocument(IdentityDocumentType.OTHER, null)
                .firstGuardian("吴母", "母亲", IdentityDocumentType.RESIDENT_IDENTITY_CARD, guardian)
                .build();
    }

    private Student registeredGradeSixGraduate(LocalDate birth) {
        ClassId sixthGrade = ClassId.of(PRIMARY, AcademicYear.of(2019), 1);
        fixture.storage.classes().insert(SchoolClass.of(sixthGrade,
                EnrollmentFixture.classProfile("六（1）班", ClassType.PRIMARY_ORDINARY), 0));
        IdentityNumber number = IdentityNumber.parse(
                EnrollmentFixture.identityNumber(birth, Sex.MALE, 21));
        StudentDetails details = new StudentDetails("郑学", Sex.MALE, birth, "", "",
                Ethnicity.HAN, "中国", OverseasChineseStatus.NONE, HealthStatus.HEALTHY, "",
                HouseholdType.RESIDENT, YearMonth.of(2019, 9), AttendanceMode.DAY_STUDENT,
                StudentSource.REGULAR_ENTRY, "", "", false, false, false, Disability.NONE,
                InclusiveClass.NOT_INCLUSIVE);
        Student graduate = Student.builder().id(StudentId.random())
                .key(StudentKey.ofIdentityNumber(number)).details(details)
                .identityDocument(IdentityDocument.of(
                        IdentityDocumentType.RESIDENT_IDENTITY_CARD, number.value()))
                .registryNumber(RegistryNumber.of(number))
                .regionalNumber(RegionalStudentNumber.parse("3401111901210001"))
                .place(Scope.ofSchool(PRIMARY, EnrollmentFixture.BAOHE)).classId(sixthGrade)
                .status(RegistrationStatus.REGISTERED).build();
        fixture.storage.unitOfWork().inTransaction(() -> {
            fixture.storage.students().insert(graduate);
            return null;
        });
        return graduate;
    }
}
