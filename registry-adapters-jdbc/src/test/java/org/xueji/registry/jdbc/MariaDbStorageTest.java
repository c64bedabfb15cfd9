package org.xueji.registry.jdbc;

import java.sql.SQLException;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.xueji.registry.testkit.ScratchDatabase;
import org.xueji.registry.testkit.TestDatabases;

@EnabledIfEnvironmentVariable(named = "XUEJI_TEST_MARIADB_URL", matches = ".*\\S.*",
        disabledReason = "XUEJI_TEST_MARIADB_URL is not set")
class MariaDbStorageTest extends StorageEngineSuite {

    @Override
    ScratchDatabase newDatabase() throws SQLException {
        return TestDatabases.freshMariaDbDatabase();
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.MARIADB;
    }
}
