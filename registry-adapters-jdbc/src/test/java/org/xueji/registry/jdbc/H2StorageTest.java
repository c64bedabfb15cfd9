package org.xueji.registry.jdbc;

import java.sql.SQLException;
import org.xueji.registry.testkit.ScratchDatabase;
import org.xueji.registry.testkit.TestDatabases;

class H2StorageTest extends StorageEngineSuite {

    @Override
    ScratchDatabase newDatabase() throws SQLException {
        return TestDatabases.freshH2Database();
    }

    @Override
    Dialect expectedDialect() {
        return Dialect.H2;
    }
}
