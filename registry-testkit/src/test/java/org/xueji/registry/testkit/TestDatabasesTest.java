package org.xueji.registry.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TestDatabasesTest {

    @Test
    void readsAServerFromItsThreeVariables() {
        Map<String, String> environment = Map.of(
                "XUEJI_TEST_POSTGRES_URL", " jdbc:postgresql://db:5432/test ",
                "XUEJI_TEST_POSTGRES_USER", "postgres",
                "XUEJI_TEST_POSTGRES_PASSWORD", "secret");

        assertThat(TestDatabases.settings("XUEJI_TEST_POSTGRES", "PostgreSQL", environment))
                .contains(new ServerSettings(
                        "PostgreSQL", "jdbc:postgresql://db:5432/test", "postgres", "secret"));
    }

    @Test
    void treatsAnUnsetOrBlankUrlAsNoServer() {
        assertThat(TestDatabases.settings("XUEJI_TEST_MARIADB", "MariaDB", Map.of())).isEmpty();
        assertThat(TestDatabases.settings("XUEJI_TEST_MARIADB", "MariaDB",
                Map.of("XUEJI_TEST_MARIADB_URL", "  "))).isEmpty();
    }

    @Test
    void defaultsAnUnsetUserAndPasswordToEmpty() {
        assertThat(TestDatabases.settings("XUEJI_TEST_MARIADB", "MariaDB",
                Map.of("XUEJI_TEST_MARIADB_URL", "jdbc:mariadb://db/test")))
                .hasValueSatisfying(server -> {
                    assertThat(server.user()).isEmpty();
                    assertThat(server.password()).isEmpty();
                });
    }

    @Test
    void keepsThePasswordOutOfItsText() {
        ServerSettings server = new ServerSettings("MariaDB", "jdbc:mariadb://db/test", "root",
                "hunter2");

        assertThat(server.toString()).doesNotContain("hunter2");
    }

    @ParameterizedTest
    @CsvSource({
        "jdbc:mariadb://127.0.0.1:3306/test, jdbc:mariadb://127.0.0.1:3306/scratch",
        "jdbc:mariadb://db/test?useSsl=false, jdbc:mariadb://db/scratch?useSsl=false",
        "jdbc:mariadb://db/, jdbc:mariadb://db/scratch",
    })
    void replacesTheDatabaseOfAUrl(String url, String expected) {
        assertThat(TestDatabases.withDatabase(url, "scratch")).isEqualTo(expected);
    }

    @Test
    void refusesAUrlWithoutADatabasePath() {
        assertThatThrownBy(() -> TestDatabases.withDatabase("jdbc:mariadb://db", "scratch"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
