package org.xueji.registry.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.organisation.SchoolIdentifier;

class ScopeTest {

    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
        "340000,                      340100,                      true",
        "340000,                      320100,                      false",
        "340100,                      340111,                      true",
        "340100,                      340000,                      false",
        "340111,                      340111,                      true",
        "340111,                      340102,                      false",
        "340111,                      school:2134000001@340111,    true",
        "340111,                      branch:2134000002/2134000001@340111, true",
        "340102,                      school:2134000001@340111,    false",
        "school:2134000001@340111,    school:2134000001@340111,    true",
        "school:2134000001@340111,    branch:2134000002/2134000001@340111, true",
        "school:2134000001@340111,    340111,                      false",
        "school:2134000004@340111,    branch:2134000002/2134000001@340111, false",
        "branch:2134000002/2134000001@340111, branch:2134000002/2134000001@340111, true",
        "branch:2134000002/2134000001@340111, branch:2134000003/2134000001@340111, false",
        "branch:2134000002/2134000001@340111, school:2134000001@340111, false",
    })
    void scopesNestFromProvinceToBranchSchool(String outer, String inner, boolean contains) {
        assertThat(scope(outer).contains(scope(inner))).isEqualTo(contains);
    }

    @Test
    void levelFollowsDivisionOrSchool() {
        assertThat(scope("340000").level()).isEqualTo(Scope.Level.PROVINCE);
        assertThat(scope("340100").level()).isEqualTo(Scope.Level.CITY);
        assertThat(scope("340111").level()).isEqualTo(Scope.Level.COUNTY);
        assertThat(scope("school:2134000001@340111").level()).isEqualTo(Scope.Level.SCHOOL);
        assertThat(scope("branch:2134000002/2134000001@340111").level())
                .isEqualTo(Scope.Level.BRANCH_SCHOOL);
    }

    @Test
    void actorsRoleMustFitItsScope() {
        Scope county = scope("340111");

        assertThat(Actor.administrator("baohe", county).role())
                .isEqualTo(Role.COUNTY_ADMINISTRATOR);
        assertThatThrownBy(() -> Actor.of("baohe", Role.PROVINCE_ADMINISTRATOR, county))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Actor.of(" ", Role.COUNTY_ADMINISTRATOR, county))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Scope scope(String text) {
        if (text.startsWith("school:")) {
            String[] parts = text.substring(7).split("@");
            return Scope.ofSchool(SchoolIdentifier.parse(parts[0]),
                    DivisionCode.parse(parts[1]));
        }
        if (text.startsWith("branch:")) {
            String[] parts = text.substring(7).split("[/@]");
            return Scope.ofBranchSchool(SchoolIdentifier.parse(parts[0]),
                    SchoolIdentifier.parse(parts[1]), DivisionCode.parse(parts[2]));
        }
        return Scope.of(DivisionCode.parse(text));
    }
}
