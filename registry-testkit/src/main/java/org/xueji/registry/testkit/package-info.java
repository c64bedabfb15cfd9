/**
 * Contract suites that every registry adapter must pass, with the databases and fault injection
 * they run on.
 *
 * <p>Database suites run on PostgreSQL and MariaDB only when the {@code XUEJI_TEST_*} variables
 * name a server; see {@link org.xueji.registry.testkit.TestDatabases}.
 */
package org.xueji.registry.testkit;
