package org.xueji.registry.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.state.Action;
import net.jqwik.api.state.ActionChain;
import net.jqwik.api.state.Transformer;
import org.xueji.registry.calendar.RolloverResult.Outcome;

/**
 * A stateful test of the calendar: random sequences of clock moves (forward, and sometimes back),
 * rollover starts, completions, one-step rollovers, reruns and restores from storage.
 */
class AcademicCalendarProperties {

    private static final AcademicYear FIRST_YEAR = AcademicYear.of(2025);

    /**
     * Anhui's dates, with two years that differ: one with a late submission window and a spring
     * term after the Spring Festival, one whose graduation closes early and whose rollover day is
     * late.
     */
    private static final CalendarPolicy POLICY = CalendarPolicy.anhui()
            .withYear(SchoolYearDates.builder(AcademicYear.of(2026))
                    .lateSubmissionClose(LocalDate.of(2026, 10, 20))
                    .secondTermStart(LocalDate.of(2027, 3, 1))
                    .build())
            .withYear(SchoolYearDates.builder(AcademicYear.of(2027))
                    .firstTermStart(LocalDate.of(2027, 8, 28))
                    .graduationDeadline(LocalDate.of(2028, 7, 20))
                    .rolloverDay(LocalDate.of(2028, 8, 3))
                    .build());

    @Property(tries = 300)
    void randomClockMovesAndTransitionsKeepTheCalendarSound(
            @ForAll("journeys") ActionChain<Journey> chain) {
        chain.withInvariant("every day has one phase", Journey::hasOneDefinedPhase)
                .withInvariant("no collection outside its window", Journey::collectsOnlyInWindow)
                .withInvariant("no year rolled over twice", Journey::rollsEachYearOverOnce)
                .withInvariant("the year moves one at a time", Journey::movesOneYearAtATime)
                .withInvariant("no rollover before its day", Journey::startsRolloversOnTime)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<Journey>> journeys() {
        return ActionChain.startWith(Journey::new)
                .withAction(4, moveClockForward())
                .withAction(1, setClockBack())
                .withAction(2, Action.<Journey>builder()
                        .describeAs("start the rollover")
                        .justMutate(Journey::startRollover))
                .withAction(2, Action.<Journey>when(Journey::rolloverRunning)
                        .describeAs("complete the rollover")
                        .justMutate(Journey::completeRollover))
                .withAction(1, Action.<Journey>when(journey -> !journey.rolloverRunning())
                        .describeAs("try to complete a rollover that has not started")
                        .justMutate(Journey::completeUnstartedRollover))
                .withAction(1, Action.<Journey>builder()
                        .describeAs("roll over in one step")
                        .justMutate(Journey::rolloverInOneStep))
                .withAction(1, Action.<Journey>builder()
                        .describeAs("rerun the last finished rollover")
                        .justMutate(Journey::rerunFinishedRollover))
                .withAction(1, Action.<Journey>builder()
                        .describeAs("store and restore the calendar")
                        .justMutate(Journey::restore))
                .withMaxTransformations(80);
    }

    private static Action.Independent<Journey> moveClockForward() {
        return () -> Arbitraries.integers().between(1, 120).map(days -> Transformer.mutate(
                "move the clock " + days + " days forward", journey -> journey.moveClock(days)));
    }

    private static Action.Independent<Journey> setClockBack() {
        return () -> Arbitraries.integers().between(1, 15).map(days -> Transformer.mutate(
                "set the clock " + days + " days back", journey -> journey.moveClock(-days)));
    }

    /** The calendar, the clock, and what the test remembers of the calendar's history. */
    static final class Journey {

        private AcademicCalendar calendar = AcademicCalendar.of(POLICY, FIRST_YEAR);
        private LocalDate today = LocalDate.of(2026, 6, 1);
        private AcademicYear yearBeforeStep = FIRST_YEAR;
        private final Map<AcademicYear, Integer> completions = new HashMap<>();

        void moveClock(int days) {
            yearBeforeStep = calendar.currentYear();
            today = today.plusDays(days);
        }

        boolean rolloverRunning() {
            return calendar.rolloverStatus() == RolloverStatus.IN_PROGRESS;
        }

        void startRollover() {
            yearBeforeStep = calendar.currentYear();
            CalendarPhase phase = calendar.phaseAt(today);
            RolloverResult result = calendar.startRollover(calendar.rolloverTarget(), today);

            assertThat(result.outcome()).isEqualTo(switch (phase) {
                case AWAITING_ROLLOVER -> Outcome.STARTED;
                case ROLLOVER_IN_PROGRESS -> Outcome.RESUMED;
                default -> Outcome.REFUSED;
            });
            calendar = result.calendar();
        }

        void completeRollover() {
            yearBeforeStep = calendar.currentYear();
            record(calendar.completeRollover(calendar.rolloverTarget()));
        }

        void completeUnstartedRollover() {
            yearBeforeStep = calendar.currentYear();

            assertThatThrownBy(() -> calendar.completeRollover(calendar.rolloverTarget()))
                    .isInstanceOf(IllegalStateException.class);
        }

        void rolloverInOneStep() {
            yearBeforeStep = calendar.currentYear();
            boolean open = calendar.isOpen(Activity.ROLLOVER, today);
            RolloverResult result = calendar.rollover(calendar.rolloverTarget(), today);

            assertThat(result.outcome()).isEqualTo(open ? Outcome.COMPLETED : Outcome.REFUSED);
            record(result);
        }

        void rerunFinishedRollover() {
            yearBeforeStep = calendar.currentYear();
            AcademicCalendar before = calendar;

            RolloverResult start = calendar.startRollover(calendar.currentYear(), today);
            RolloverResult complete = calendar.completeRollover(calendar.currentYear());
            RolloverResult both = calendar.rollover(calendar.currentYear(), today);

            for (RolloverResult result : new RolloverResult[] {start, complete, both}) {
                assertThat(result.outcome()).isEqualTo(Outcome.ALREADY_DONE);
                assertThat(result.calendar()).isSameAs(before);
            }
        }

        void restore() {
            yearBeforeStep = calendar.currentYear();
            AcademicYear year = calendar.currentYear();
            AcademicCalendar restored = calendar.rolloverStartedOn()
                    .map(day -> AcademicCalendar.ofRolloverInProgress(POLICY, year, day))
                    .orElseGet(() -> AcademicCalendar.of(POLICY, year));

            assertThat(restored).isEqualTo(calendar);
            calendar = restored;
        }

        private void record(RolloverResult result) {
            if (result.outcome() == Outcome.COMPLETED) {
                completions.merge(result.target(), 1, Integer::sum);
            }
            calendar = result.calendar();
        }

        void hasOneDefinedPhase() {
            CalendarPhase phase = calendar.phaseAt(today);

            assertThat(phase).isNotNull();
            assertThat(calendar.termAt(today)).isEqualTo(phase.term());
            assertThat(phase == CalendarPhase.ROLLOVER_IN_PROGRESS).isEqualTo(rolloverRunning());
            for (Activity activity : Activity.values()) {
                calendar.check(activity, today).ifPresent(refusal -> {
                    assertThat(refusal.phase()).isEqualTo(phase);
                    assertThat(refusal.chineseMessage()).isNotBlank();
                    assertThat(refusal.englishMessage()).isNotBlank();
                });
            }
        }

        void collectsOnlyInWindow() {
            if (!calendar.isOpen(Activity.COLLECT_NEW_STUDENTS, today)) {
                return;
            }
            AcademicYear yearOfToday = POLICY.yearContaining(today);
            SchoolYearDates dates = POLICY.dates(yearOfToday);

            assertThat(calendar.currentYear()).isEqualTo(yearOfToday);
            assertThat(today).isBetween(dates.firstTermStart(), dates.enrollmentClose());
            assertThat(calendar.phaseAt(today)).isEqualTo(CalendarPhase.ENROLLMENT);
        }

        void rollsEachYearOverOnce() {
            assertThat(completions.values()).allMatch(count -> count == 1);
            assertThat(FIRST_YEAR.yearsUntil(calendar.currentYear()))
                    .isEqualTo(completions.size());
        }

        void movesOneYearAtATime() {
            assertThat(yearBeforeStep.yearsUntil(calendar.currentYear())).isBetween(0, 1);
        }

        void startsRolloversOnTime() {
            calendar.rolloverStartedOn().ifPresent(day -> assertThat(day)
                    .isAfterOrEqualTo(calendar.currentDates().rolloverDay()));
        }

        @Override
        public String toString() {
            return calendar + " on " + today;
        }
    }
}
