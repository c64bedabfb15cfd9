package org.xueji.registry.testing;

import static java.util.Objects.requireNonNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xueji.registry.identity.IdentityNumber;

/**
 * Finds full identity numbers in text files, such as the logs and console output a test run
 * captured.
 *
 * <p>A full number is a run of eighteen characters (seventeen ASCII digits and a digit or an
 * upper- or lower-case X) or of fifteen ASCII digits, with no ASCII digit or letter right before
 * it (but a G or J starting a word) nor a digit right after it, that
 * {@link IdentityNumber#isValid(CharSequence)} accepts: a province code, a real birth date not
 * after today and, for eighteen characters, the right check character. A registry number (G or J
 * and eighteen characters) carries a full number and is therefore found too. Masked forms such as
 * {@code 110105********002X} are not numbers and pass.
 *
 * <p>What it does not find: numbers written in full-width digits, with spaces inside, or split
 * over two lines, and digits inside a longer run of digits. A random run of fifteen digits with a
 * province code and a date in the right places (about one in eighty) is reported as a number.
 *
 * <p>A finding names the file and line and shows the number only in masked form, so the report
 * of a leak does not leak it again.
 */
public final class FullIdentityNumberScanner {

    private FullIdentityNumberScanner() {
    }

    /**
     * Scans every regular file under a directory, at any depth.
     *
     * @param directory  the directory, not null; a missing directory holds nothing
     * @return the numbers found, in file order then line order, empty if none
     * @throws UncheckedIOException if a file cannot be read
     */
    public static List<Finding> scanDirectory(Path directory) {
        requireNonNull(directory, "directory");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Finding> findings = new ArrayList<>();
        for (Path file : files) {
            findings.addAll(scanFile(file));
        }
        return findings;
    }

    /**
     * Scans one text file, read as UTF-8 with malformed bytes replaced.
     *
     * @param file  the file, not null
     * @return the numbers found, in line order, empty if none
     * @throws UncheckedIOException if the file cannot be read
     */
    public static List<Finding> scanFile(Path file) {
        requireNonNull(file, "file");
        List<Finding> findings = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8))) {
            int lineNumber = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                for (String masked : scanLine(line)) {
                    findings.add(new Finding(file, lineNumber, masked));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return findings;
    }

    /**
     * Finds the full identity numbers in one line of text.
     *
     * @param line  the text, not null
     * @return each number found, masked, in the order they appear; empty if none
     */
    public static List<String> scanLine(CharSequence line) {
        requireNonNull(line, "line");
        List<String> found = new ArrayList<>(0);
        int i = 0;
        int length = line.length();
        while (i < length) {
            if (!isDigit(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < length && isDigit(line.charAt(i))) {
                i++;
            }
            int end = i;
            if (end - start == 17 && end < length && isX(line.charAt(end))
                    && (end + 1 == length || !isDigit(line.charAt(end + 1)))) {
                end++;
                i++;
            }
            boolean standsAlone = start == 0 || !isLetterOrDigit(line.charAt(start - 1))
                    || isRegistryPrefix(line, start);
            int runLength = end - start;
            if (standsAlone && (runLength == 18 || runLength == 15)) {
                CharSequence candidate = line.subSequence(start, end);
                if (IdentityNumber.isValid(candidate)) {
                    found.add(IdentityNumber.parse(candidate).masked());
                }
            }
        }
        return found;
    }

    private static boolean isRegistryPrefix(CharSequence line, int start) {
        char prefix = line.charAt(start - 1);
        boolean wordBefore = start >= 2 && isLetterOrDigit(line.charAt(start - 2));
        return (prefix == 'G' || prefix == 'J') && !wordBefore;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isX(char c) {
        return c == 'X' || c == 'x';
    }

    private static boolean isLetterOrDigit(char c) {
        return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    /**
     * A full identity number found in a file: where, and the number masked.
     *
     * @param file  the file, not null
     * @param line  the line number, from 1
     * @param maskedNumber  the number in masked form, upgraded to eighteen characters if legacy
     */
    public record Finding(Path file, int line, String maskedNumber) {

        /**
         * Returns the finding as {@code file:line: masked number}.
         *
         * @return the description, not null
         */
        @Override
        public String toString() {
            return file + ":" + line + ": " + maskedNumber;
        }
    }
}
