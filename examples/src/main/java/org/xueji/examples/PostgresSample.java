package org.xueji.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.xueji.registry.Registry;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.jdbc.JdbcStorage;

/**
 * Embedding sample: the same registry on PostgreSQL. Only the JDBC URL and the driver on the
 * class path change; the adapter detects the engine and applies its PostgreSQL migrations, in its
 * own history table, so a host application's Flyway history is untouched. MySQL and MariaDB work
 * the same way with their URL.
 *
 * <p>Run: {@code java -cp examples/target/xueji.jar org.xueji.examples.PostgresSample
 * jdbc:postgresql://127.0.0.1:5432/xueji postgres SECRET}; then the tour runs on that database
 * if it holds no organisation yet.
 */
public final class PostgresSample {

    private PostgresSample() {
    }

    /**
     * Opens the database, brings its schema up to date and runs the tour on it once.
     *
     * @param args  the JDBC URL, the user and the password
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(args[0]);
        config.setUsername(args.length > 1 ? args[1] : "postgres");
        config.setPassword(args.length > 2 ? args[2] : "");
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            JdbcStorage storage = JdbcStorage.create(dataSource);
            storage.migrate();
            Registry registry = Registry.builder().storage(storage).build();
            if (storage.authorities().listWithin(DivisionCode.parse("340000")).isEmpty()) {
                Tour.run(storage, out);
            }
            out.println("school year " + registry.currentSchoolYear());
        }
    }
}
