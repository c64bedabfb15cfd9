package org.xueji.registry.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

class SqlErrorsTest {

    @ParameterizedTest(name = "SQLSTATE {0}, vendor code {1}: {2}")
    @CsvSource({
        "23505, 0, DUPLICATE",
        "23505, 23505, DUPLICATE",
        "23000, 1062, DUPLICATE",
        "23000, 1586, DUPLICATE",
        "23000, 1452, STORAGE_FAILURE",
        "23502, 0, STORAGE_FAILURE",
        "40001, 0, STORAGE_FAILURE",
        "08006, 0, STORAGE_FAILURE",
    })
    void mapsEachEnginesFailureToItsCode(String sqlState, int vendorCode, ErrorCode expected) {
        SQLException failure = new SQLException("server text", sqlState, vendorCode);

        assertThat(SqlErrors.translate(failure, "保存", "saving").code()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "SQLSTATE {0}, vendor code {1}: transient {2}")
    @CsvSource({
        "40001, 0, true",
        "40P01, 0, true",
        "40001, 1213, true",
        "HY000, 1213, true",
        "HY000, 1205, true",
        "HYT00, 50200, true",
        "HYT00, 0, false",
        "23505, 0, false",
        "08006, 0, false",
        "40002, 0, false",
    })
    void retriesOnlySerializationFailuresDeadlocksAndLockWaitTimeouts(
            String sqlState, int vendorCode, boolean expected) {
        SQLException failure = new SQLException("server text", sqlState, vendorCode);

        assertThat(SqlErrors.isTransient(failure)).isEqualTo(expected);
    }

    @Test
    void findsATransientFailureBehindTheExceptionThatWrapsIt() {
        SQLException deadlock = new SQLException("deadlock", "40P01");
        RegistryException wrapped = SqlErrors.translate(deadlock, "保存", "saving");

        assertThat(SqlErrors.isTransient(new IllegalStateException(wrapped))).isTrue();
    }

    @Test
    void withholdsTheServerTextOfAnIntegrityViolationButKeepsItsState() {
        SQLException failure = new SQLException(
                "Key (identity_number)=(34010220150101001X) already exists", "23505");

        RegistryException translated = SqlErrors.translate(failure, "保存", "saving");

        assertThat(translated.getCause()).isInstanceOfSatisfying(SQLException.class, cause -> {
            assertThat(cause.getMessage()).doesNotContain("34010220150101001X");
            assertThat(cause.getSQLState()).isEqualTo("23505");
        });
        assertThat(translated.getMessage()).doesNotContain("34010220150101001X");
    }

    @Test
    void keepsTheOriginalFailureAsCauseOutsideIntegrityViolations() {
        SQLException failure = new SQLException("disk full", "53100");

        assertThat(SqlErrors.translate(failure, "保存", "saving").getCause()).isSameAs(failure);
    }
}
