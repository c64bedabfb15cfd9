package org.xueji.cli;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.excel.WorkbookException;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.spi.RegistryStorage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code xueji} command-line tool: the registry's main job as a demo, the dry run of a
 * new-student workbook, and the registry's operations on a database, as subcommands.
 *
 * <p>Exit codes: 0 success; 1 rows refused or a rule violated; 2 bad usage or unreadable input.
 * Messages are Chinese, or English with {@code --lang en}. Standard output carries the results,
 * standard error the progress bars and the reasons a command failed.
 */
@Command(name = "xueji", mixinStandardHelpOptions = true, version = "xueji 0.1.0",
        subcommands = {DemoCommand.class, CheckCommand.class, ImportCommand.class,
            ReviewCommand.class, GraduateCommand.class, RolloverCommand.class,
            StudentCommand.class, StatsCommand.class, GenerateCommand.class})
public final class Xueji implements Runnable {

    @Option(names = "--lang", paramLabel = "zh|en", defaultValue = "zh",
            scope = ScopeType.INHERIT)
    String lang;

    final Messages messages;
    final PrintStream out;
    final PrintStream err;
    final StorageOpener opener;

    Xueji(Messages messages, PrintStream out, PrintStream err, StorageOpener opener) {
        this.messages = messages;
        this.out = out;
        this.err = err;
        this.opener = opener;
    }

    /**
     * Runs the tool and exits with its exit code.
     *
     * @param args  the command line
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        System.exit(execute(args, out, err, Databases::open));
    }

    /**
     * Runs the tool.
     *
     * @param args  the command line, not null
     * @param out  where results go, not null
     * @param err  where progress and failures go, not null
     * @param opener  opens the storage of the database subcommands, not null
     * @return the exit code: 0, 1 or 2
     */
    public static int execute(String[] args, PrintStream out, PrintStream err,
            StorageOpener opener) {
        Messages messages = Messages.of(language(args));
        Xueji tool = new Xueji(messages, out, err, opener);
        CommandLine line = new CommandLine(tool);
        line.registerConverter(SchoolIdentifier.class, SchoolIdentifier::parse);
        line.setResourceBundle(messages.bundle());
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        line.setExitCodeExceptionMapper(Xueji::exitCode);
        line.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println(message(ex, messages));
            return exitCode(ex);
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(new CommandLine(this),
                messages.get("usage.missing.command"));
    }

    /** Builds a registry over a storage, with a clock fixed at a day's ten o'clock. */
    Registry registry(RegistryStorage storage, LocalDate today) {
        Clock clock = new DemoClock(today);
        return Registry.builder().storage(storage).clock(clock).build();
    }

    static int exitCode(Throwable ex) {
        if (ex instanceof CliException cli) {
            return cli.exitCode();
        }
        if (ex instanceof CommandLine.ParameterException || ex instanceof WorkbookException
                || ex instanceof UncheckedIOException || ex instanceof RegistryException registry
                && registry.code() == ErrorCode.MISSING_COLUMNS) {
            return CliException.USAGE;
        }
        return CliException.REFUSED;
    }

    private static String message(Exception ex, Messages messages) {
        if (ex instanceof RegistryException registry) {
            String text = messages.english() ? registry.englishMessage()
                    : registry.chineseMessage();
            return messages.get("error.registry", registry.code(), text);
        }
        if (ex instanceof CliException) {
            return ex.getMessage();
        }
        return messages.get("error.unexpected", ex);
    }

    private static String language(String[] args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--lang=")) {
                return args[i].substring("--lang=".length());
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return args[i + 1];
            }
        }
        return "zh";
    }
}
