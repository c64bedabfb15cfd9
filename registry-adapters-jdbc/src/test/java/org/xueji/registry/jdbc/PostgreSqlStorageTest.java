package org.xueji.registry.jdbc;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.xueji.registry.testkit.ScratchDatabase;
import org.xueji.registry.testkit.TestDatabases;

@EnabledIfEnvironmentVariable(named = "XUEJI_TEST_POSTGRES_URL", matches = ".*\\S.*",
        disabledReason = "XUEJI_TEST_POSTGRES_URL is not set")
class PostgreSqlStorageTest extends StorageEngineSuite {

    @Override
    ScratchDatabase newDatabase() throws SQLException {
        return TestDatabases.freshPostgresSchema();
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.POSTGRESQL;
    }
}
