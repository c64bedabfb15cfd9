package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.inmemory.InMemoryStorage;

class DemoTest {

    @TempDir
    Path dir;

    @Test
    void runsTheMainJobFromNothingToTheRollover() {
        Path data = dir.resolve("xueji-data");

        Run run = Run.of(StorageOpener.of(new InMemoryStorage()), "demo", "--data-dir",
                data.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("【第 9 步，2027-08-01】8月1日学年升级")
                .contains("再次运行学年升级的结果：ALREADY_DONE")
                .contains("转学完成").contains("演示完成");
        assertThat(data.resolve("2134000001-errors.xlsx")).isRegularFile();
        assertThat(run.out()).doesNotContainPattern("(?<![0-9])34[0-9]{15}[0-9Xx](?![0-9])");
    }

    @Test
    void runsTwiceInARowInTheSameDirectory() {
        Path data = dir.resolve("xueji-data");
        Run first = Run.of(StorageOpener.of(new InMemoryStorage()), "--lang", "en", "demo",
                "--data-dir", data.toString());

        Run second = Run.of(StorageOpener.of(new InMemoryStorage()), "--lang", "en", "demo",
                "--data-dir", data.toString());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Demo done");
    }

    @Test
    void leavesADirectoryItDidNotCreateAlone() throws Exception {
        Path foreign = Files.createDirectories(dir.resolve("someone-else"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");

        Run run = Run.of(StorageOpener.of(new InMemoryStorage()), "demo", "--data-dir",
                foreign.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(foreign.resolve("keep.txt")).hasContent("mine");
    }
}
