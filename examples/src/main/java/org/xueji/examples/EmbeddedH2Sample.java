package org.xueji.examples;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.xueji.registry.Registry;
import org.xueji.registry.jdbc.JdbcStorage;

/**
 * Embedding sample: the registry in plain Java on an H2 file database through a HikariCP pool,
 * the way an application that owns its connection pool embeds it. The database is created in
 * {@code ./sample-data} (or the directory given as the first argument) on the first run.
 *
 * <p>Run: {@code java -cp examples/target/xueji.jar org.xueji.examples.EmbeddedH2Sample}.
 */
public final class EmbeddedH2Sample {

    private EmbeddedH2Sample() {
    }

    /**
     * Opens the database, brings its schema up to date and prints the current school year.
     *
     * @param args  optionally the database directory
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        String directory = args.length > 0 ? args[0] : "sample-data";
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:file:./" + directory + "/xueji");
        config.setUsername("sa");
        config.setPassword("");
        config.setMaximumPoolSize(8);
        try (HikariDataSource dataSource = new HikariDataSource(config)) {
            JdbcStorage storage = JdbcStorage.create(dataSource);
            storage.migrate();
            Registry registry = Registry.builder().storage(storage).build();
            out.println("school year " + registry.currentSchoolYear());
        }
    }
}
