package org.xueji.registry.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.code.Sex;
import org.xueji.registry.fixture.ExchangeFixture;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.spi.HolidayCalendar;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;

/**
 * Checks the report against a fixture counted by hand. Baohe: grade 1 class 1 holds 25 boys and
 * 20 girls registered and 2 boys collected (47, above the primary cap of 45); grade 1 class 2
 * holds a boy submitted on Monday 1 September, a girl submitted on Monday 15 September and a
 * girl stored as submitted with no audit entry (3); grade 3 holds 30 boys and 30 girls (60, a
 * large class); the junior school's grade 7 holds 70 boys (oversized). Jinghu's grade 1 holds
 * 5 girls, outside Baohe's scope.
 */
class StatisticsTest {

    private final ExchangeFixture fixture = new ExchangeFixture();
    private final Statistics statistics = fixture.registry.statistics();
    private Student early;
    private Student late;

    @BeforeEach
    void fill() {
        insert(fixture.gradeOne, Sex.MALE, RegistrationStatus.REGISTERED, 25);
        insert(fixture.gradeOne, Sex.FEMALE, RegistrationStatus.REGISTERED, 20);
        insert(fixture.gradeOne, Sex.MALE, RegistrationStatus.COLLECTED, 2);
        insert(fixture.gradeThree, Sex.MALE, RegistrationStatus.REGISTERED, 30);
        insert(fixture.gradeThree, Sex.FEMALE, RegistrationStatus.REGISTERED, 30);
        insert(fixture.gradeSeven, Sex.MALE, RegistrationStatus.REGISTERED, 70);
        insert(fixture.otherGradeOne, Sex.FEMALE, RegistrationStatus.REGISTERED, 5);
        insert(fixture.gradeOneSecond, Sex.FEMALE, RegistrationStatus.SUBMITTED, 1);
        early = submitted("早生", Sex.MALE, 1, LocalDate.of(2025, 9, 1));
        late = submitted("晚生", Sex.FEMALE, 2, LocalDate.of(2025, 9, 15));
    }

    @Test
    void countsStudentsBySchoolGradeSexAndStatus() {
        StudentCounts students = statistics.report(fixture.baohe, LocalDate.of(2025, 9, 19))
                .students();

        assertThat(students.total()).isEqualTo(180);
        assertThat(students.ofStatus(RegistrationStatus.REGISTERED)).isEqualTo(175);
        assertThat(students.ofStatus(RegistrationStatus.SUBMITTED)).isEqualTo(3);
        assertThat(students.ofStatus(RegistrationStatus.COLLECTED)).isEqualTo(2);
        assertThat(students.ofSex(Sex.MALE)).isEqualTo(128);
        assertThat(students.ofSex(Sex.FEMALE)).isEqualTo(52);
        assertThat(students.ofSchool(ExchangeFixture.JUNIOR)).isEqualTo(70);
        assertThat(students.ofSchool(ExchangeFixture.OTHER_PRIMARY)).isZero();
        assertThat(students.ofGrade(1)).isEqualTo(50);
        assertThat(students.ofGrade(3)).isEqualTo(60);
        assertThat(students.ofGrade(7)).isEqualTo(70);
        assertThat(students.rows()).contains(new StudentCount(ExchangeFixture.PRIMARY,
                Grade.of(1), Sex.MALE, RegistrationStatus.REGISTERED, 25));
        assertThat(statistics.report(fixture.province, LocalDate.of(2025, 9, 19)).students()
                .total()).isEqualTo(185);
    }

    @Test
    void countsADeletedRecordForItsCountyOnlyNotForTheProvince() {
        insert(fixture.gradeThree, Sex.FEMALE, RegistrationStatus.DELETED, 1);
        LocalDate day = LocalDate.of(2025, 9, 19);

        StudentCounts county = statistics.report(fixture.baohe, day).students();
        StudentCounts province = statistics.report(fixture.province, day).students();

        assertThat(county.ofStatus(RegistrationStatus.DELETED)).isEqualTo(1);
        assertThat(county.total()).isEqualTo(181);
        assertThat(province.ofStatus(RegistrationStatus.DELETED)).isZero();
        assertThat(province.total()).isEqualTo(185);
    }

    @Test
    void bandsClassesBySizeAndListsThoseAboveTheirStagesCap() {
        ClassSizes classes = statistics.report(fixture.baohe, LocalDate.of(2025, 9, 19))
                .classes();

        assertThat(classes.total()).isEqualTo(4);
        assertThat(classes.count(ClassSizeBand.UP_TO_45)).isEqualTo(1);
        assertThat(classes.count(ClassSizeBand.FROM_46_TO_55)).isEqualTo(1);
        assertThat(classes.count(ClassSizeBand.LARGE)).isEqualTo(1);
        assertThat(classes.count(ClassSizeBand.OVERSIZED)).isEqualTo(1);
        assertThat(classes.aboveCap()).extracting(ClassSize::classId, ClassSize::size,
                ClassSize::cap).containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(fixture.gradeOne.id(), 47, 45),
                        org.assertj.core.groups.Tuple.tuple(fixture.gradeThree.id(), 60, 45),
                        org.assertj.core.groups.Tuple.tuple(fixture.gradeSeven.id(), 70, 50));
    }

    @Test
    void agesPendingReviewsInWorkingDaysAgainstTheThirtiethOfSeptember() {
        PendingReviews pending = statistics.report(fixture.baohe, LocalDate.of(2025, 9, 19))
                .pendingReviews();

        assertThat(pending.deadline()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(pending.total()).isEqualTo(3);
        assertThat(pending.count(ReviewAgeBand.FROM_11_TO_20)).isEqualTo(1);
        assertThat(pending.count(ReviewAgeBand.UP_TO_5)).isEqualTo(1);
        assertThat(pending.count(ReviewAgeBand.UNKNOWN)).isEqualTo(1);
        assertThat(pending.overdue()).isZero();
        assertThat(pending.pending()).filteredOn(review -> review.student().equals(early.id()))
                .singleElement().satisfies(review -> {
                    assertThat(review.submittedOn()).isEqualTo(LocalDate.of(2025, 9, 1));
                    assertThat(review.ageInWorkingDays()).isEqualTo(14);
                    assertThat(review.workingDaysLeft()).isEqualTo(7);
                });
        assertThat(pending.pending()).filteredOn(review -> review.student().equals(late.id()))
                .extracting(PendingReview::ageInWorkingDays).containsExactly(4);
    }

    @Test
    void countsReviewsStillPendingAfterTheDeadlineAsOverdue() {
        PendingReviews pending = statistics.report(fixture.baohe, LocalDate.of(2025, 10, 8))
                .pendingReviews();

        assertThat(pending.overdue()).isEqualTo(3);
        assertThat(pending.pending()).allSatisfy(review ->
                assertThat(review.workingDaysLeft()).isEqualTo(-6));
    }

    @Test
    void skipsTheNationalDayHolidaysAndCountsTheMakeUpWorkingDays() {
        fixture.storage.holidays().addHolidays(LocalDate.of(2025, 10, 1),
                LocalDate.of(2025, 10, 2), LocalDate.of(2025, 10, 3), LocalDate.of(2025, 10, 6),
                LocalDate.of(2025, 10, 7), LocalDate.of(2025, 10, 8))
                .addMakeUpWorkingDays(LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));

        PendingReviews pending = statistics.report(fixture.baohe, LocalDate.of(2025, 10, 9))
                .pendingReviews();

        assertThat(pending.pending()).allSatisfy(review ->
                assertThat(review.workingDaysLeft()).isEqualTo(-1));
        assertThat(pending.pending()).filteredOn(review -> review.student().equals(early.id()))
                .extracting(PendingReview::ageInWorkingDays).containsExactly(23);
        assertThat(pending.count(ReviewAgeBand.OVER_20)).isEqualTo(1);
    }

    @Test
    void countsCompletedChangesByKindInAPeriod() {
        List<Student> pupils = fixture.storage.students().listBySchool(ExchangeFixture.PRIMARY,
                RegistrationStatus.REGISTERED).subList(0, 2);
        fixture.clock.setDay(LocalDate.of(2025, 9, 10));
        for (Student pupil : pupils) {
            fixture.registry.changes().cancelForDeath(fixture.primary, pupil.id(),
                    LocalDate.of(2025, 9, 5), "意外", List.of("证明-001"));
        }

        ChangeCounts september = statistics.changes(fixture.baohe, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30));

        assertThat(september.count(ChangeKind.DEATH)).isEqualTo(2);
        assertThat(september.total()).isEqualTo(2);
        assertThat(statistics.changes(fixture.baohe, LocalDate.of(2025, 9, 11),
                LocalDate.of(2025, 10, 31)).total()).isZero();
        assertThat(statistics.changes(fixture.jinghu, LocalDate.of(2025, 9, 1),
                LocalDate.of(2025, 9, 30)).total()).isZero();
        assertThat(statistics.report(fixture.baohe, LocalDate.of(2025, 9, 19)).students()
                .ofStatus(RegistrationStatus.DECEASED)).isEqualTo(2);
    }

    @Test
    void refusesASchoolsActor() {
        assertThatThrownBy(() -> statistics.report(fixture.primary, LocalDate.of(2025, 9, 19)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @CsvSource({"0, UP_TO_45", "45, UP_TO_45", "46, FROM_46_TO_55", "55, FROM_46_TO_55",
        "56, LARGE", "65, LARGE", "66, OVERSIZED", "120, OVERSIZED"})
    void bandsFollowTheNationalStatisticalBounds(int size, ClassSizeBand band) {
        assertThat(ClassSizeBand.of(size)).isEqualTo(band);
    }

    @ParameterizedTest
    @CsvSource({"2025-09-01, 2025-09-01, 0", "2025-09-05, 2025-09-08, 1",
        "2025-09-01, 2025-09-19, 14", "2025-09-19, 2025-09-30, 7", "2025-09-06, 2025-09-07, 0"})
    void workingDaysSkipWeekends(LocalDate from, LocalDate to, int days) {
        assertThat(Statistics.workingDaysBetween(HolidayCalendar.weekdays(), from, to))
                .isEqualTo(days);
    }

    private void insert(SchoolClass schoolClass, Sex sex, RegistrationStatus status, int n) {
        for (int i = 0; i < n; i++) {
            fixture.insert(schoolClass, sex, status);
        }
    }

    private Student submitted(String name, Sex sex, int sequence, LocalDate day) {
        fixture.clock.setDay(day);
        Student student = fixture.enroll(fixture.primary, fixture.gradeOneSecond, name, sex,
                sequence);
        byte[] jpeg = new byte[100];
        jpeg[0] = (byte) 0xFF;
        jpeg[1] = (byte) 0xD8;
        jpeg[2] = (byte) 0xFF;
        fixture.registry.enrollment().storePhoto(fixture.primary, student.id(),
                Photo.of(jpeg, day));
        return fixture.registry.reviews().submit(fixture.primary, student.id());
    }
}
