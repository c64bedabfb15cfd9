package org.xueji.registry.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.xueji.registry.organisation.OrganisationFixture.BAOHE_BUREAU;
import static org.xueji.registry.organisation.OrganisationFixture.BRANCH_ONE;
import static org.xueji.registry.organisation.OrganisationFixture.BRANCH_TWO;
import static org.xueji.registry.organisation.OrganisationFixture.CENTRAL;
import static org.xueji.registry.organisation.OrganisationFixture.HEFEI_BUREAU;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;

/**
 * Each role against each level of target: who may read and change what. The fixture is shared,
 * so every row runs against the same records; rows that change something change only a phone.
 */
class ScopeMatrixTest {

    private static final AtomicInteger PHONES = new AtomicInteger();

    private static OrganisationFixture fixture;
    private static Map<String, Function<OrganisationFixture, Actor>> actors;

    @BeforeAll
    static void createProvince() {
        fixture = OrganisationFixture.withSchools();
        actors = Map.of(
                "province", f -> f.province,
                "city", f -> f.hefei,
                "county", f -> f.baohe,
                "otherCity", f -> f.wuhu,
                "school", f -> f.central,
                "branch", f -> f.branchOne,
                "otherSchool", f -> f.otherSchool);
    }

    @ParameterizedTest(name = "{0} reading {1}: {2}")
    @CsvSource({
        "province,    cityAuthority,   allowed",
        "province,    countyAuthority, allowed",
        "province,    school,          allowed",
        "province,    branch,          allowed",
        "province,    otherBranch,     allowed",
        "city,        cityAuthority,   allowed",
        "city,        countyAuthority, allowed",
        "city,        school,          allowed",
        "city,        branch,          allowed",
        "city,        otherBranch,     allowed",
        "county,      cityAuthority,   refused",
        "county,      countyAuthority, allowed",
        "county,      school,          allowed",
        "county,      branch,          allowed",
        "county,      otherBranch,     allowed",
        "otherCity,   cityAuthority,   refused",
        "otherCity,   countyAuthority, refused",
        "otherCity,   school,          refused",
        "otherCity,   branch,          refused",
        "otherCity,   otherBranch,     refused",
        "school,      cityAuthority,   refused",
        "school,      countyAuthority, refused",
        "school,      school,          allowed",
        "school,      branch,          allowed",
        "school,      otherBranch,     allowed",
        "branch,      cityAuthority,   refused",
        "branch,      countyAuthority, refused",
        "branch,      school,          refused",
        "branch,      branch,          allowed",
        "branch,      otherBranch,     refused",
        "otherSchool, cityAuthority,   refused",
        "otherSchool, countyAuthority, refused",
        "otherSchool, school,          refused",
        "otherSchool, branch,          refused",
        "otherSchool, otherBranch,     refused",
    })
    void actorReadsOnlyWhatLiesInItsScope(String role, String target, String expected) {
        Actor actor = actors.get(role).apply(fixture);
        Runnable read = () -> read(actor, target);

        if ("allowed".equals(expected)) {
            read.run();
        } else {
            long refusalsBefore = refusals(actor);
            assertThatThrownBy(read::run)
                    .isInstanceOf(AccessDeniedException.class)
                    .extracting(ex -> ((AccessDeniedException) ex).code())
                    .isEqualTo(ErrorCode.ACCESS_DENIED);
            assertThat(refusals(actor)).isEqualTo(refusalsBefore + 1);
        }
    }

    @ParameterizedTest(name = "{0} changing {1}: {2}")
    @CsvSource({
        "province,    countyAuthority, allowed",
        "city,        countyAuthority, allowed",
        "county,      countyAuthority, allowed",
        "school,      countyAuthority, refused",
        "province,    school,          allowed",
        "county,      school,          allowed",
        "otherCity,   school,          refused",
        "school,      school,          allowed",
        "branch,      school,          refused",
        "school,      branch,          allowed",
        "branch,      branch,          allowed",
        "branch,      otherBranch,     refused",
        "otherSchool, branch,          refused",
    })
    void actorChangesOnlyWhatLiesInItsScope(String role, String target, String expected) {
        Actor actor = actors.get(role).apply(fixture);
        Runnable change = () -> changePhone(actor, target);

        if ("allowed".equals(expected)) {
            change.run();
        } else {
            assertThatThrownBy(change::run).isInstanceOf(AccessDeniedException.class);
        }
    }

    private static void read(Actor actor, String target) {
        Organisations organisations = fixture.organisations;
        switch (target) {
            case "cityAuthority":
                organisations.findAuthority(actor, HEFEI_BUREAU);
                break;
            case "countyAuthority":
                organisations.findAuthority(actor, BAOHE_BUREAU);
                break;
            case "school":
                organisations.findSchool(actor, CENTRAL);
                break;
            case "branch":
                organisations.findSchool(actor, BRANCH_ONE);
                break;
            default:
                organisations.findSchool(actor, BRANCH_TWO);
        }
    }

    private static void changePhone(Actor actor, String target) {
        Organisations organisations = fixture.organisations;
        String phone = "0551-" + (60000000 + PHONES.incrementAndGet());
        if ("countyAuthority".equals(target)) {
            Authority current = organisations.findAuthority(fixture.province, BAOHE_BUREAU);
            organisations.updateAuthority(actor, BAOHE_BUREAU, current.version(),
                    current.profile().toBuilder().phone(phone).build());
            return;
        }
        SchoolIdentifier school = Map.of("school", CENTRAL, "branch", BRANCH_ONE,
                "otherBranch", BRANCH_TWO).get(target);
        School current = organisations.findSchool(fixture.province, school);
        organisations.updateSchool(actor, school, current.version(),
                current.profile().toBuilder().phone(phone).build());
    }

    private static long refusals(Actor actor) {
        List<AuditEntry> entries = fixture.registry.audit().list(fixture.province,
                AuditQuery.all().withOutcome(AuditEntry.Outcome.REFUSED).withLimit(10_000));
        return entries.stream().filter(entry -> entry.actor().equals(actor)).count();
    }
}
