package org.xueji.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The check of issue #11 that no log line, exception message or {@code toString()} of a test
 * run holds a full identity number, run once after a module's whole suite.
 *
 * <p>How the output is captured: the parent POM makes Surefire write everything the tests print
 * (standard output and error, where slf4j-simple writes the log) to one
 * {@code target/surefire-reports/*-output.txt} file per test class, and sets the level of the
 * {@code org.xueji} loggers to TRACE, so every statement the library logs is written. The
 * reports beside them hold the message and stack trace of every failed test. A second Surefire
 * execution in the {@code verify} phase then runs only the module's subclass of this class,
 * named {@code IdentityLeakCheck}, which the default test run does not pick up; it scans every
 * file in the directory given by the system property {@value #DIRECTORY_PROPERTY} with
 * {@link FullIdentityNumberScanner} and fails the build naming each file and line, with the
 * number masked. Picked up by a pattern such as {@code -Dtest='Identity*'} in the default run,
 * where that property is not set, it is skipped.
 *
 * <p>What it does not see: an exception that a test creates and asserts on without printing it,
 * and a {@code toString()} nobody calls. For those, the property tests of each value and
 * exception type ({@code IdentityNumberProperties}, {@code PersonalDataProperties}) check
 * the messages and descriptions themselves. Output that a third-party library writes to its own
 * files (H2's trace files) is not scanned; the MariaDB driver's log stays at ERROR because it
 * quotes the duplicated key of a refused statement.
 */
public abstract class FullIdentityNumbersNeverLeak {

    /** The system property that names the directory of the captured output. */
    public static final String DIRECTORY_PROPERTY = "xueji.capturedOutput";

    /** Checks the captured output of the suite that ran before. */
    @Test
    void noCapturedOutputOfTheSuiteHoldsAFullIdentityNumber() throws IOException {
        String property = System.getProperty(DIRECTORY_PROPERTY);
        assumeTrue(property != null, "runs in the identity-leak-check execution only, which sets "
                + DIRECTORY_PROPERTY);
        Path directory = Paths.get(property);
        assertThat(reportsIn(directory))
                .as("the reports of the suite in " + directory + " (did the tests run?)")
                .isNotEmpty();

        List<FullIdentityNumberScanner.Finding> findings =
                FullIdentityNumberScanner.scanDirectory(directory);

        assertThat(findings)
                .as("full identity numbers in the suite's output (shown masked)")
                .isEmpty();
    }

    private static List<Path> reportsIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.getFileName().toString().startsWith("TEST-"))
                    .collect(Collectors.toList());
        }
    }
}
