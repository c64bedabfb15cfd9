package org.xueji.registry.identity;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Collection;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * A list of administrative division codes (GB/T 2260) known to exist or to have existed.
 *
 * <p>An identity number keeps the address code of the county where it was first issued, and
 * counties are merged and renamed every year, so a directory used to check identity numbers
 * should hold the historical codes as well as the current ones. Without a directory the registry
 * checks only the province digits of an address code.
 *
 * <p>Implementations must be thread-safe; those returned by {@link #of} and {@link #load} are
 * immutable.
 */
public interface DivisionDirectory {

    /**
     * Tells whether this directory holds a code.
     *
     * @param code  the code, not null
     * @return true if the code is in this directory
     */
    boolean contains(DivisionCode code);

    /**
     * Returns an immutable directory of the given codes.
     *
     * @param codes  the codes, not null and without null elements
     * @return the directory, not null
     */
    static DivisionDirectory of(Collection<DivisionCode> codes) {
        ImmutableSet<DivisionCode> set = ImmutableSet.copyOf(codes);
        return set::contains;
    }

    /**
     * Reads a directory from a code list, one division a line: the six-digit code first, then
     * anything (usually the name) after white space, a comma or a tab; quotes around the code are
     * ignored. Blank lines, lines starting with {@code #} and a first line that does not start
     * with a digit (a CSV header) are skipped. The reader is read to its end but not closed.
     *
     * @param reader  the code list, not null
     * @return the directory, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_DIVISION_CODE} if a line does not
     *     start with a valid code, naming the line
     * @throws UncheckedIOException if the reader fails
     */
    static DivisionDirectory load(Reader reader) {
        requireNonNull(reader, "reader");
        ImmutableSet.Builder<DivisionCode> codes = ImmutableSet.builder();
        BufferedReader lines = new BufferedReader(reader);
        try {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.replace("\uFEFF", "").strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                String first = text.split("[\\s,\t]", 2)[0].replace("\"", "");
                if (number == 1 && (first.isEmpty() || !Character.isDigit(first.charAt(0)))) {
                    continue;
                }
                codes.add(parseLine(first, number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return of(codes.build());
    }

    private static DivisionCode parseLine(String code, int lineNumber) {
        try {
            return DivisionCode.parse(code);
        } catch (RegistryException e) {
            throw new RegistryException(ErrorCode.INVALID_DIVISION_CODE,
                    "行政区划代码表第" + lineNumber + "行：" + e.chineseMessage(),
                    "Division code list, line " + lineNumber + ": " + e.englishMessage(), e);
        }
    }
}
