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
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.testing.FailingStorage;
import org.xueji.registry.testing.SchoolYearFixture;

/**
 * A stateful test of the calendar use cases over a registry with students: random clock moves,
 * rollover runs, runs that crash on their first student write, and reruns of finished years.
 */
class SchoolCalendarProperties {

    @Property(tries = 60)
    void randomClockMovesAndRolloverRunsKeepTheRegistrySound(
            @ForAll("journeys") ActionChain<Journey> chain) {
        chain.withInvariant("every day has one phase", Journey::hasOneDefinedPhase)
                .withInvariant("no collection outside its window", Journey::collectsOnlyInWindow)
                .withInvariant("no graduation after its deadline", Journey::graduatesOnlyInWindow)
                .withInvariant("no year rolled over twice", Journey::rollsEachYearOverOnce)
                .withInvariant("a suspended student keeps the grade", Journey::keepsSuspendedGrade)
                .run();
    }

    @Provide
    Arbitrary<ActionChain<Journey>> journeys() {
        return ActionChain.startWith(Journey::new)
                .withAction(4, (Action.Independent<Journey>) () -> Arbitraries.integers()
                        .between(1, 120).map(days -> Transformer.mutate(
                                "move the clock " + days + " days forward",
                                journey -> journey.moveClock(days))))
                .withAction(3, Action.<Journey>builder().describeAs("run the rollover")
                        .justMutate(journey -> journey.runRollover(false)))
                .withAction(1, Action.<Journey>builder()
                        .describeAs("run the rollover, crashing on its first student write")
                        .justMutate(journey -> journey.runRollover(true)))
                .withAction(1, Action.<Journey>builder().describeAs("rerun the current year")
                        .justMutate(Journey::rerunCurrentYear))
                .withMaxTransformations(30);
    }

    /** A registry with a suspended and a registered student, and what the test remembers. */
    static final class Journey {

        private final FailingStorage[] failing = new FailingStorage[1];
        private final SchoolYearFixture fixture = new SchoolYearFixture(
                LocalDate.of(2026, 6, 1), storage -> {
                    failing[0] = new FailingStorage(storage, 0);
                    return failing[0];
                });
        private final SchoolCalendar calendar = fixture.registry.calendar();
        private final Student suspended;
        private final Map<AcademicYear, Integer> completions = new HashMap<>();
        private LocalDate today = LocalDate.of(2026, 6, 1);

        Journey() {
            SchoolClass third = fixture.schoolClass(SchoolYearFixture.PRIMARY_63,
                    SchoolSystem.SIX_THREE, 3, 1);
            suspended = fixture.student(1, third, RegistrationStatus.SUSPENDED);
            fixture.student(2, third, RegistrationStatus.REGISTERED);
        }

        void moveClock(int days) {
            today = today.plusDays(days);
            fixture.clock.setDay(today);
        }

        void runRollover(boolean crash) {
            AcademicCalendar before = calendar.current();
            boolean open = before.isOpen(Activity.ROLLOVER, today);
            if (crash) {
                failing[0].failOnUpdate(1);
            }
            try {
                RolloverReport report = calendar.rollover(fixture.province,
                        before.rolloverTarget(), 1);
                assertThat(open).isTrue();
                if (report.outcome() == RolloverResult.Outcome.COMPLETED) {
                    completions.merge(report.target(), 1, Integer::sum);
                }
            } catch (RegistryException ex) {
                assertThat(ex.code()).isIn(ErrorCode.OUTSIDE_CALENDAR_WINDOW,
                        ErrorCode.STORAGE_FAILURE);
                assertThat(ex.code() == ErrorCode.OUTSIDE_CALENDAR_WINDOW).isEqualTo(!open);
            } finally {
                failing[0].failOnUpdate(Integer.MAX_VALUE / 2);
            }
        }

        void rerunCurrentYear() {
            AcademicYear current = calendar.current().currentYear();

            RolloverReport report = calendar.rollover(fixture.province, current);

            assertThat(report.outcome()).isEqualTo(RolloverResult.Outcome.ALREADY_DONE);
            assertThat(calendar.current().currentYear()).isEqualTo(current);
        }

        void hasOneDefinedPhase() {
            CalendarPhase phase = calendar.phase();

            assertThat(phase).isNotNull();
            assertThat(calendar.term()).isEqualTo(phase.term());
            for (Activity activity : Activity.values()) {
                calendar.check(activity).ifPresent(refusal -> {
                    assertThat(refusal.phase()).isEqualTo(phase);
                    assertThatThrownBy(() -> calendar.require(activity))
                            .isInstanceOf(RegistryException.class);
                });
            }
        }

        void collectsOnlyInWindow() {
            if (calendar.check(Activity.COLLECT_NEW_STUDENTS).isPresent()) {
                return;
            }
            SchoolYearDates dates = calendar.current().currentDates();

            assertThat(today).isBetween(dates.firstTermStart(), dates.enrollmentClose());
        }

        void graduatesOnlyInWindow() {
            if (calendar.check(Activity.RECORD_GRADUATION).isPresent()) {
                return;
            }
            SchoolYearDates dates = calendar.current().currentDates();

            assertThat(today).isBetween(dates.graduationOpens(), dates.graduationDeadline());
            assertThat(today).isBefore(dates.rolloverDay());
        }

        void rollsEachYearOverOnce() {
            assertThat(completions.values()).allMatch(count -> count == 1);
            for (AcademicYear target : completions.keySet()) {
                assertThat(calendar.rolloverReport(target)).hasValueSatisfying(report ->
                        assertThat(report.outcome()).isEqualTo(RolloverResult.Outcome.COMPLETED));
            }
        }

        void keepsSuspendedGrade() {
            AcademicCalendar current = calendar.current();
            if (current.rolloverStatus() == RolloverStatus.IN_PROGRESS) {
                return;
            }
            Student now = fixture.stored(suspended.id());

            assertThat(now.gradeIn(current.currentYear()))
                    .isEqualTo(suspended.gradeIn(SchoolYearFixture.YEAR));
            assertThat(now.cohort().yearsUntil(suspended.cohort().plusYears(
                    SchoolYearFixture.YEAR.yearsUntil(current.currentYear())))).isZero();
        }
    }
}
