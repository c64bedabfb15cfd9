package org.xueji.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.organisation.OrganisationFixture.BAOHE_BUREAU;
import static org.xueji.registry.organisation.OrganisationFixture.CENTRAL;
import static org.xueji.registry.organisation.OrganisationFixture.primary;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditQuery;

class ConcurrentCreationTest {

    @RepeatedTest(20)
    void twoThreadsCreatingTheSameSchoolGetOneSchoolAndOneDuplicateError() throws Exception {
        OrganisationFixture fixture = OrganisationFixture.withAuthorities();
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> outcomes = new ArrayList<>();
            for (String name : List.of("甲校", "乙校")) {
                outcomes.add(pool.submit(() -> {
                    start.await(5, TimeUnit.SECONDS);
                    try {
                        return fixture.organisations.createSchool(fixture.province, CENTRAL,
                                BAOHE_BUREAU, primary(name), 2);
                    } catch (RegistryException ex) {
                        return ex;
                    }
                }));
            }
            List<Object> results = new ArrayList<>();
            for (Future<Object> outcome : outcomes) {
                results.add(outcome.get(10, TimeUnit.SECONDS));
            }

            assertThat(results).filteredOn(SchoolAccount.class::isInstance).hasSize(1);
            assertThat(results).filteredOn(RegistryException.class::isInstance)
                    .singleElement()
                    .extracting(ex -> ((RegistryException) ex).code())
                    .isEqualTo(ErrorCode.DUPLICATE);
            assertThat(fixture.organisations.listSchools(fixture.province)).hasSize(1);
            assertThat(fixture.registry.audit().list(fixture.province,
                    AuditQuery.all().forAction(AuditAction.CREATE_SCHOOL))).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
    }
}
