package org.xueji.registry.jdbc;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.xueji.registry.testkit.TestDatabases;

class JdbcNumberSequenceTest {

    private final JdbcNumberSequence sequence = JdbcStorage.builder(
                    TestDatabases.freshH2Database().dataSource())
            .dialect(Dialect.H2)
            .build()
            .numberSequence();

    @Test
    void refusesAnEmptyPrefix() {
        assertThatThrownBy(() -> sequence.next("")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAPrefixLongerThanItsColumn() {
        assertThatThrownBy(() -> sequence.next("3".repeat(33)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
