package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.calendar.CalendarRefusal.Reason;
import org.xueji.registry.calendar.RolloverResult.Outcome;

class AcademicCalendarTest {

    private static final AcademicYear Y2026 = AcademicYear.of(2026);
    private static final AcademicYear Y2027 = AcademicYear.of(2027);
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    private final AcademicCalendar calendar = AcademicCalendar.of(CalendarPolicy.anhui(), Y2026);

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "2026-08-01, BEFORE_TERM, FIRST",
        "2026-08-31, BEFORE_TERM, FIRST",
        "2026-09-01, ENROLLMENT, FIRST",
        "2026-09-30, ENROLLMENT, FIRST",
        "2026-10-01, FIRST_TERM, FIRST",
        "2027-02-14, FIRST_TERM, FIRST",
        "2027-02-15, SECOND_TERM, SECOND",
        "2027-06-30, SECOND_TERM, SECOND",
        "2027-07-01, GRADUATION, SECOND",
        "2027-07-31, GRADUATION, SECOND",
        "2027-08-01, AWAITING_ROLLOVER, SECOND",
        "2029-05-01, AWAITING_ROLLOVER, SECOND",
        "2026-03-01, BEFORE_TERM, FIRST"
    })
    void derivesThePhaseAndTermFromTheDay(LocalDate day, CalendarPhase phase, Term term) {
        assertThat(calendar.phaseAt(day)).isEqualTo(phase);
        assertThat(calendar.termAt(day)).isEqualTo(term);
    }

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource({
        "COLLECT_NEW_STUDENTS, 2026-08-31, NOT_YET_OPEN, 2026-09-01",
        "COLLECT_NEW_STUDENTS, 2026-09-01, , ",
        "COLLECT_NEW_STUDENTS, 2026-09-30, , ",
        "COLLECT_NEW_STUDENTS, 2026-10-01, CLOSED, 2026-09-30",
        "SUBMIT_FOR_REVIEW, 2026-09-30, , ",
        "SUBMIT_FOR_REVIEW, 2026-10-01, CLOSED, 2026-09-30",
        "APPROVE_NEW_STUDENTS, 2026-10-01, CLOSED, 2026-09-30",
        "TRANSFER, 2026-08-31, NOT_YET_OPEN, 2026-09-01",
        "TRANSFER, 2027-02-15, , ",
        "TRANSFER, 2027-07-01, CLOSED, 2027-06-30",
        "RECORD_GRADUATION, 2027-06-30, NOT_YET_OPEN, 2027-07-01",
        "RECORD_GRADUATION, 2027-07-31, , ",
        "RECORD_GRADUATION, 2027-08-01, ROLLOVER_PENDING, 2027-08-01",
        "COLLECT_NEW_STUDENTS, 2027-09-01, ROLLOVER_PENDING, 2027-08-01",
        "ROLLOVER, 2027-07-31, NOT_YET_OPEN, 2027-08-01",
        "ROLLOVER, 2027-08-01, , ",
        "ROLLOVER, 2028-09-01, , "
    })
    void opensEachActivityOnlyInsideItsWindow(
            Activity activity, LocalDate day, Reason reason, LocalDate boundary) {
        if (reason == null) {
            assertThat(calendar.check(activity, day)).isEmpty();
            assertThat(calendar.isOpen(activity, day)).isTrue();
        } else {
            CalendarRefusal refusal = calendar.check(activity, day).orElseThrow();
            assertThat(refusal.reason()).isEqualTo(reason);
            assertThat(refusal.boundary()).isEqualTo(boundary);
            assertThat(refusal.activity()).isEqualTo(activity);
            assertThat(refusal.date()).isEqualTo(day);
            assertThat(refusal.phase()).isEqualTo(calendar.phaseAt(day));
            assertThat(refusal.year()).isEqualTo(Y2026);
        }
    }

    @Test
    void aLateWindowKeepsReviewOpenAfterCollectionCloses() {
        CalendarPolicy policy = CalendarPolicy.anhui().withYear(SchoolYearDates.builder(Y2026)
                .lateSubmissionClose(LocalDate.of(2026, 10, 15))
                .build());
        AcademicCalendar late = AcademicCalendar.of(policy, Y2026);
        LocalDate october10 = LocalDate.of(2026, 10, 10);

        assertThat(late.isOpen(Activity.COLLECT_NEW_STUDENTS, october10)).isFalse();
        assertThat(late.isOpen(Activity.SUBMIT_FOR_REVIEW, october10)).isTrue();
        assertThat(late.isOpen(Activity.APPROVE_NEW_STUDENTS, october10)).isTrue();
        assertThat(late.phaseAt(october10)).isEqualTo(CalendarPhase.FIRST_TERM);
    }

    @Test
    void refusesCollectionAfterTheDeadlineWithTheDateInBothLanguages() {
        LocalDate october1 = LocalDate.of(2026, 10, 1);

        assertThatThrownBy(() -> calendar.requireOpen(Activity.COLLECT_NEW_STUDENTS, october1))
                .isInstanceOfSatisfying(RegistryException.class, ex -> {
                    assertThat(ex.code()).isEqualTo(ErrorCode.OUTSIDE_CALENDAR_WINDOW);
                    assertThat(ex.chineseMessage())
                            .isEqualTo("新生信息采集已于2026年9月30日截止（当前阶段：上学期）");
                    assertThat(ex.englishMessage()).isEqualTo(
                            "Collecting new students closed on 2026-09-30 (phase: first term)");
                });
    }

    @Test
    void saysWhenAnActivityOpens() {
        CalendarRefusal refusal =
                calendar.check(Activity.RECORD_GRADUATION, LocalDate.of(2027, 3, 1)).orElseThrow();

        assertThat(refusal.chineseMessage()).isEqualTo("毕业登记将于2027年7月1日开始（当前阶段：下学期）");
        assertThat(refusal.englishMessage())
                .isEqualTo("Recording graduation opens on 2027-07-01 (phase: second term)");
    }

    @Test
    void readsTheDayFromTheClockInItsZone() {
        Clock lateOnThirtiethInShanghai =
                Clock.fixed(Instant.parse("2026-09-30T15:59:00Z"), SHANGHAI);
        Clock justAfterMidnightInShanghai =
                Clock.fixed(Instant.parse("2026-09-30T16:01:00Z"), SHANGHAI);

        calendar.requireOpen(Activity.COLLECT_NEW_STUDENTS, lateOnThirtiethInShanghai);
        assertThat(calendar.check(Activity.COLLECT_NEW_STUDENTS, justAfterMidnightInShanghai))
                .map(CalendarRefusal::reason)
                .contains(Reason.CLOSED);
        assertThat(calendar.phase(justAfterMidnightInShanghai))
                .isEqualTo(CalendarPhase.FIRST_TERM);
    }

    @Test
    void refusesToStartTheRolloverBeforeItsDay() {
        RolloverResult result = calendar.startRollover(Y2027, LocalDate.of(2027, 7, 31));

        assertThat(result.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(result.calendar()).isSameAs(calendar);
        assertThat(result.refusal()).map(CalendarRefusal::chineseMessage)
                .contains("学年升级将于2027年8月1日开始（当前阶段：毕业）");
        assertThatThrownBy(result::orThrow)
                .isInstanceOfSatisfying(RegistryException.class, ex ->
                        assertThat(ex.code()).isEqualTo(ErrorCode.OUTSIDE_CALENDAR_WINDOW));
    }

    @Test
    void startingTheRolloverFreezesEverythingElseInTheOldYear() {
        LocalDate august1 = LocalDate.of(2027, 8, 1);

        AcademicCalendar running = calendar.startRollover(Y2027, august1).orThrow();

        assertThat(running.currentYear()).isEqualTo(Y2026);
        assertThat(running.rolloverStatus()).isEqualTo(RolloverStatus.IN_PROGRESS);
        assertThat(running.rolloverStatus(Y2027)).isEqualTo(RolloverStatus.IN_PROGRESS);
        assertThat(running.rolloverStartedOn()).contains(august1);
        assertThat(running.phaseAt(august1)).isEqualTo(CalendarPhase.ROLLOVER_IN_PROGRESS);
        assertThat(running.isOpen(Activity.ROLLOVER, august1)).isTrue();
        assertThat(running.check(Activity.TRANSFER, august1.plusDays(2)).orElseThrow().reason())
                .isEqualTo(Reason.ROLLOVER_IN_PROGRESS);
    }

    @Test
    void startingARunningRolloverAgainResumesIt() {
        AcademicCalendar running = calendar.startRollover(Y2027, LocalDate.of(2027, 8, 1))
                .orThrow();

        RolloverResult again = running.startRollover(Y2027, LocalDate.of(2027, 8, 2));

        assertThat(again.outcome()).isEqualTo(Outcome.RESUMED);
        assertThat(again.calendar()).isSameAs(running);
        assertThat(again.calendar().rolloverStartedOn()).contains(LocalDate.of(2027, 8, 1));
    }

    @Test
    void completingTheRolloverMovesIntoTheNewYearsFirstTerm() {
        LocalDate august2 = LocalDate.of(2027, 8, 2);
        AcademicCalendar running = calendar.startRollover(Y2027, august2).orThrow();

        RolloverResult completed = running.completeRollover(Y2027);

        AcademicCalendar next = completed.calendar();
        assertThat(completed.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(next.currentYear()).isEqualTo(Y2027);
        assertThat(next.rolloverStatus(Y2027)).isEqualTo(RolloverStatus.DONE);
        assertThat(next.rolloverStatus()).isEqualTo(RolloverStatus.NOT_STARTED);
        assertThat(next.rolloverTarget()).isEqualTo(AcademicYear.of(2028));
        assertThat(next.phaseAt(august2)).isEqualTo(CalendarPhase.BEFORE_TERM);
        assertThat(next.termAt(august2)).isEqualTo(Term.FIRST);
        assertThat(next.isOpen(Activity.COLLECT_NEW_STUDENTS, LocalDate.of(2027, 9, 1))).isTrue();
    }

    @Test
    void rerunningAFinishedRolloverChangesNothing() {
        AcademicCalendar next = calendar.rollover(Y2027, LocalDate.of(2027, 8, 1)).orThrow();

        RolloverResult rerun = next.rollover(Y2027, LocalDate.of(2027, 8, 1));
        RolloverResult restart = next.startRollover(Y2027, LocalDate.of(2027, 8, 5));
        RolloverResult recomplete = next.completeRollover(Y2027);

        assertThat(rerun.outcome()).isEqualTo(Outcome.ALREADY_DONE);
        assertThat(restart.outcome()).isEqualTo(Outcome.ALREADY_DONE);
        assertThat(recomplete.outcome()).isEqualTo(Outcome.ALREADY_DONE);
        assertThat(rerun.calendar()).isSameAs(next);
        assertThat(restart.calendar()).isSameAs(next);
        assertThat(recomplete.calendar()).isSameAs(next);
    }

    @Test
    void rolloverInOneStepAlsoFinishesARunningOne() {
        AcademicCalendar running = calendar.startRollover(Y2027, LocalDate.of(2027, 8, 1))
                .orThrow();

        RolloverResult result = running.rollover(Y2027, LocalDate.of(2027, 8, 3));

        assertThat(result.outcome()).isEqualTo(Outcome.COMPLETED);
        assertThat(result.calendar().currentYear()).isEqualTo(Y2027);
    }

    @Test
    void refusesToSkipAYear() {
        LocalDate muchLater = LocalDate.of(2029, 8, 1);

        assertThatThrownBy(() -> calendar.startRollover(AcademicYear.of(2028), muchLater))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2027-2028");
        assertThatThrownBy(() -> calendar.completeRollover(AcademicYear.of(2028)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesToCompleteARolloverThatNeverStarted() {
        assertThatThrownBy(() -> calendar.completeRollover(Y2027))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aStaleCalendarCatchesUpOneYearAtATime() {
        LocalDate today = LocalDate.of(2028, 9, 1);

        AcademicCalendar once = calendar.rollover(Y2027, today).orThrow();

        assertThat(once.phaseAt(today)).isEqualTo(CalendarPhase.AWAITING_ROLLOVER);
        AcademicCalendar twice = once.rollover(AcademicYear.of(2028), today).orThrow();
        assertThat(twice.phaseAt(today)).isEqualTo(CalendarPhase.ENROLLMENT);
    }

    @Test
    void restoresARunningRolloverFromItsStoredState() {
        AcademicCalendar running = calendar.startRollover(Y2027, LocalDate.of(2027, 8, 1))
                .orThrow();

        AcademicCalendar restored = AcademicCalendar.ofRolloverInProgress(
                CalendarPolicy.anhui(), Y2026, LocalDate.of(2027, 8, 1));

        assertThat(restored).isEqualTo(running).hasSameHashCodeAs(running);
        assertThatThrownBy(() -> AcademicCalendar.ofRolloverInProgress(
                CalendarPolicy.anhui(), Y2026, LocalDate.of(2027, 7, 31)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aNewRegistryStartsInTheYearContainingItsFirstDay() {
        AcademicCalendar started =
                AcademicCalendar.startingOn(CalendarPolicy.anhui(), LocalDate.of(2027, 7, 31));

        assertThat(started).isEqualTo(calendar);
        assertThat(started.rolloverStatus(Y2026)).isEqualTo(RolloverStatus.DONE);
        assertThat(started.rolloverStatus(AcademicYear.of(2028)))
                .isEqualTo(RolloverStatus.NOT_STARTED);
    }
}
