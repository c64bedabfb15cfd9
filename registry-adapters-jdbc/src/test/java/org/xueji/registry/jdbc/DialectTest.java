package org.xueji.registry.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DialectTest {

    @ParameterizedTest
    @CsvSource({
        "H2, H2, h2",
        "PostgreSQL, POSTGRESQL, postgresql",
        "MySQL, MYSQL, mysql",
        "MariaDB, MARIADB, mysql",
        "mariadb, MARIADB, mysql",
    })
    void detectsTheEngineFromTheProductNameItsDriverReports(
            String productName, Dialect expected, String migrationFolder) {
        Dialect dialect = Dialect.fromProductName(productName);

        assertThat(dialect).isEqualTo(expected);
        assertThat(dialect.migrationFolder()).isEqualTo(migrationFolder);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Oracle", "Microsoft SQL Server", "SQLite", ""})
    void refusesAnEngineItHasNoMigrationsFor(String productName) {
        assertThatThrownBy(() -> Dialect.fromProductName(productName))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
