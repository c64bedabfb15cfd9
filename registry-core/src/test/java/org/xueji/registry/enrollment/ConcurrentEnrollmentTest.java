package org.xueji.registry.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.enrollment.EnrollmentFixture.OTHER_PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.PRIMARY;
import static org.xueji.registry.enrollment.EnrollmentFixture.form;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.Sex;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.RegistrationStatus;

class ConcurrentEnrollmentTest {

    @RepeatedTest(20)
    void twoSchoolsEnrollingTheSameChildAtOnceGetOneRegistration() throws Exception {
        EnrollmentFixture fixture = new EnrollmentFixture();
        fixture.registry.currentSchoolYear();
        NewStudentForm child = form("韩梅", LocalDate.of(2019, 2, 2), Sex.FEMALE, 40).build();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<EnrollmentResult>> outcomes = new ArrayList<>();
            outcomes.add(pool.submit(() -> enroll(fixture, fixture.primary, PRIMARY, child,
                    start)));
            outcomes.add(pool.submit(() -> enroll(fixture, fixture.otherPrimary, OTHER_PRIMARY,
                    child, start)));
            List<EnrollmentResult> results = new ArrayList<>();
            for (Future<EnrollmentResult> outcome : outcomes) {
                results.add(outcome.get(10, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(EnrollmentResult::isAccepted).hasSize(1);
            assertThat(results).filteredOn(result -> !result.isAccepted()).singleElement()
                    .satisfies(result -> assertThat(result.refusals())
                            .extracting(Refusal::code).containsExactly(ErrorCode.DUPLICATE));
            int stored = fixture.registry.enrollment().list(fixture.primary, PRIMARY,
                    RegistrationStatus.COLLECTED).size()
                    + fixture.registry.enrollment().list(fixture.otherPrimary, OTHER_PRIMARY,
                            RegistrationStatus.COLLECTED).size();
            assertThat(stored).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static EnrollmentResult enroll(EnrollmentFixture fixture, Actor actor,
            SchoolIdentifier school, NewStudentForm child, CyclicBarrier start)
            throws Exception {
        start.await(5, TimeUnit.SECONDS);
        return fixture.registry.enrollment().enroll(actor, school, Grade.of(1), child);
    }
}
