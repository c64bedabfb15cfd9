package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tool as it runs from the jar: on the embedded H2 database, one process per command. */
class EmbeddedDatabaseTest {

    private static final StorageOpener H2 = Databases::open;

    @TempDir
    Path dir;

    @Test
    void runsTheDemoOnH2AndLeavesADatabaseTheOtherCommandsRead() {
        String data = dir.resolve("xueji-data").toString();

        Run demo = Run.of(H2, "demo", "--data-dir", data);

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("再次运行学年升级的结果：ALREADY_DONE").contains("演示完成");
        assertThat(dir.resolve("xueji-data/xueji.mv.db")).isRegularFile();
        Run stats = Run.of(H2, "--lang", "en", "stats", "--data-dir", data, "--date",
                "2027-08-02");
        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("school year 2027-2028").contains("grade 2")
                .contains("graduates");
        assertThat(Run.of(H2, "rollover", "--date", "2027-08-03", "--data-dir", data).out())
                .contains("ALREADY_DONE");
    }

    @Test
    void aDatabaseSubcommandWithoutADatabaseIsBadUsageAndCreatesNothing() {
        Path empty = dir.resolve("nothing-here");

        Run run = Run.of(H2, "stats", "--data-dir", empty.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(empty).doesNotExist();
    }
}
