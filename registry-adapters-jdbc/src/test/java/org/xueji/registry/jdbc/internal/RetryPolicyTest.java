package org.xueji.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RetryPolicyTest {

    private final RetryPolicy policy =
            new RetryPolicy(5, Duration.ofMillis(20), Duration.ofMillis(100));

    @ParameterizedTest(name = "after {0} failures: {1} to {2} ms")
    @CsvSource({"1, 10, 20", "2, 20, 40", "3, 40, 80", "4, 50, 100", "30, 50, 100"})
    void doublesTheWaitUpToTheCeilingWithJitter(int failedAttempts, long least, long most) {
        for (int i = 0; i < 200; i++) {
            assertThat(policy.backoffMillis(failedAttempts)).isBetween(least, most);
        }
    }

    @Test
    void refusesFewerThanOneAttempt() {
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACeilingBelowTheFirstWait() {
        assertThatThrownBy(
                () -> new RetryPolicy(3, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
