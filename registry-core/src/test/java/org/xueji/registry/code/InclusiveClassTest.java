package org.xueji.registry.code;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class InclusiveClassTest {

    @ParameterizedTest(name = "{0} agrees with {1} only")
    @CsvSource({
        "NOT_INCLUSIVE, NONE",
        "VISUAL,        VISUAL",
        "HEARING,       HEARING",
        "INTELLECTUAL,  INTELLECTUAL",
        "OTHER,         SPEECH PHYSICAL MENTAL MULTIPLE",
    })
    void agreesExactlyWithTheDisabilitiesOfTheFormRule(
            InclusiveClass inclusiveClass, String disabilities) {
        Set<Disability> agreeing = Arrays.stream(disabilities.split(" "))
                .map(Disability::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Disability.class)));

        for (Disability disability : Disability.values()) {
            assertThat(inclusiveClass.isConsistentWith(disability))
                    .as("%s with %s", inclusiveClass, disability)
                    .isEqualTo(agreeing.contains(disability));
        }
    }

    static Stream<Arguments> disabilities() {
        return Arrays.stream(Disability.values()).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("disabilities")
    void leavesExactlyOneInclusiveClassForEachDisability(Disability disability) {
        assertThat(InclusiveClass.values())
                .filteredOn(inclusiveClass -> inclusiveClass.isConsistentWith(disability))
                .hasSize(1);
    }

    @Test
    void refusesANullDisability() {
        assertThatThrownBy(() -> InclusiveClass.OTHER.isConsistentWith(null))
                .isInstanceOf(NullPointerException.class);
    }
}
