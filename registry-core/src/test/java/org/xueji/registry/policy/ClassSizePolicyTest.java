package org.xueji.registry.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.policy.ClassSizeCheck.Band;
import org.xueji.registry.policy.ClassSizeCheck.Verdict;
import org.xueji.registry.policy.ClassSizePolicy.LargeClassHandling;

class ClassSizePolicyTest {

    private final ClassSizePolicy anhui = RegistryPolicy.anhui().classSizes();

    @ParameterizedTest(name = "{0} with {1} students: {2}, {3}")
    @CsvSource({
        "PRIMARY, 0,  WITHIN_CAP, ALLOWED",
        "PRIMARY, 45, WITHIN_CAP, ALLOWED",
        "PRIMARY, 46, ABOVE_CAP,  WARNING",
        "PRIMARY, 55, ABOVE_CAP,  WARNING",
        "PRIMARY, 56, LARGE,      REFUSED",
        "JUNIOR,  50, WITHIN_CAP, ALLOWED",
        "JUNIOR,  51, ABOVE_CAP,  WARNING",
        "JUNIOR,  55, ABOVE_CAP,  WARNING",
        "JUNIOR,  56, LARGE,      REFUSED",
        "SENIOR,  50, WITHIN_CAP, ALLOWED",
        "SENIOR,  51, ABOVE_CAP,  WARNING",
        "SENIOR,  65, LARGE,      REFUSED",
        "SENIOR,  66, OVERSIZED,  REFUSED",
        "PRIMARY, 90, OVERSIZED,  REFUSED",
    })
    void anhuiJudgesClassSizesAtTheirEdges(
            SchoolStage stage, int size, Band band, Verdict verdict) {
        ClassSizeCheck check = anhui.check(stage, size);

        assertThat(check.band()).isEqualTo(band);
        assertThat(check.verdict()).isEqualTo(verdict);
        assertThat(check.cap()).isEqualTo(stage == SchoolStage.PRIMARY ? 45 : 50);
    }

    @ParameterizedTest(name = "{0} students with large classes warned: {1}")
    @CsvSource({
        "55, WARNING",
        "56, WARNING",
        "65, WARNING",
        "66, REFUSED",
    })
    void largeClassesOnlyWarnWhenPolicySaysSo(int size, Verdict verdict) {
        ClassSizePolicy lenient = anhui.withLargeClassHandling(LargeClassHandling.WARN);

        assertThat(lenient.check(SchoolStage.JUNIOR, size).verdict()).isEqualTo(verdict);
    }

    @Test
    void refusedSizeNamesClassAndRule() {
        ClassSizeCheck check = anhui.check(SchoolStage.PRIMARY, 66);

        assertThat(check.toException("一（1）班"))
                .hasMessageContaining("一（1）班")
                .hasMessageContaining("超大班额")
                .extracting(ex -> ex.code())
                .isEqualTo(ErrorCode.CLASS_SIZE_EXCEEDED);
    }

    @Test
    void allowedSizeHasNoException() {
        assertThatThrownBy(() -> anhui.check(SchoolStage.PRIMARY, 45).toException("一（1）班"))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesCapsThatDoNotCoverEveryStage() {
        assertThatThrownBy(() -> ClassSizePolicy.of(Map.of(SchoolStage.PRIMARY, 45), 56, 66,
                LargeClassHandling.WARN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("JUNIOR");
    }
}
