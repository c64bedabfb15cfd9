package org.xueji.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/**
 * {@code xueji demo}: the main job from nothing on the embedded H2 database in
 * {@code ./xueji-data} (or {@code --data-dir}), or on {@code --jdbc-url}.
 *
 * <p>Running twice: the demo writes a marker file {@value #MARKER} into the data directory it
 * creates. On the next run it deletes the database and the workbooks in a directory that holds
 * its marker and starts afresh; a directory that exists without the marker is not the demo's,
 * and the demo refuses to touch it (exit code 2). With {@code --jdbc-url} the demo works on the
 * database it is given, which must not hold the demo's county yet.
 */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    /** The marker file a demo data directory holds. */
    static final String MARKER = ".xueji-demo";

    @ParentCommand
    Xueji tool;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        Path dir = database.dataDir().toAbsolutePath();
        prepare(dir);
        try (StorageOpener.Opened opened = tool.opener.open(database, true, tool.messages)) {
            long started = System.nanoTime();
            new Demo(opened.storage(), dir, tool.messages, tool.out, tool.err).run();
            tool.out.println();
            tool.out.println(tool.messages.get("demo.done", dir,
                    (System.nanoTime() - started) / 1_000_000_000.0));
        }
        return CliException.OK;
    }

    private void prepare(Path dir) {
        try {
            if (Files.exists(dir)) {
                if (!Files.exists(dir.resolve(MARKER))) {
                    throw CliException.usage(tool.messages.get("demo.foreign", dir));
                }
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                        if (!file.equals(dir)) {
                            Files.delete(file);
                        }
                    }
                }
            }
            Files.createDirectories(dir);
            Files.writeString(dir.resolve(MARKER), "xueji demo\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
