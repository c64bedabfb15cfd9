package org.xueji.registry.reliability;

import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generators of hostile text: identity numbers valid and nearly so, any Unicode including
 * unpaired surrogates and control characters, very long text, SQL-looking text, codes and dates.
 */
final class HostileText {

    static final String[] INJECTIONS = {"'; DROP TABLE student; --", "\" OR 1=1 --", "\\",
        "%", "_", "%_%", "' OR '1'='1", "'); DELETE FROM audit_entry; --", "\\'", "\u0000"};

    private static final String[] NOISE = {" ", "\u3000", "\t", "\n", "\u0000", "\u200B",
        "\u200F", "\u202E", "\uFEFF", "\uD800", "\uDC00", "\u0085", "x", "-"};

    private HostileText() {
    }

    /**
     * Valid identity numbers and numbers one step from valid: a digit off, a wrong check
     * character, 15 digits, full-width digits, noise inserted, cut short.
     */
    static Arbitrary<String> identityLike() {
        Arbitrary<String> valid = Combinators.combine(
                Arbitraries.of("340111", "110105", "440524", "810000", "999999"),
                Arbitraries.integers().between(0, 30_000),
                Arbitraries.integers().between(0, 999))
                .as((division, day, seq) -> ScopeFixture.identityNumber(division,
                        LocalDate.of(1940, 1, 1).plusDays(day), seq));
        return Arbitraries.oneOf(valid, valid.flatMap(HostileText::mutated));
    }

    private static Arbitrary<String> mutated(String number) {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 16).map(i -> number.substring(0, i)
                        + (char) ('0' + (number.charAt(i) - '0' + 1) % 10)
                        + number.substring(i + 1)),
                Arbitraries.just(number.substring(0, 17)
                        + (number.charAt(17) == '0' ? '1' : '0')),
                Arbitraries.just(number.substring(0, 6) + number.substring(8, 17)),
                Arbitraries.just(fullWidth(number)),
                Arbitraries.just(number.toLowerCase()),
                Combinators.combine(Arbitraries.integers().between(0, 18), Arbitraries.of(NOISE))
                        .as((i, noise) -> number.substring(0, i) + noise + number.substring(i)),
                Arbitraries.integers().between(0, 17).map(i -> number.substring(0, i)));
    }

    /**
     * Any text: every UTF-16 unit including unpaired surrogates and controls, long and short.
     */
    static Arbitrary<String> any() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(80),
                Arbitraries.strings().withChars("张王李·\u200B\u200D\u202E\uFEFF\u0007 \n")
                        .ofMinLength(1).ofMaxLength(12),
                Arbitraries.strings().withCharRange('一', '龥').ofLength(10_000),
                Arbitraries.strings().all().ofMinLength(51).ofMaxLength(300));
    }

    static Arbitrary<String> injections() {
        return Arbitraries.of(INJECTIONS);
    }

    /**
     * Code-like and date-like text: real codes with noise, dates in many shapes, out of range.
     */
    static Arbitrary<String> codesAndDates() {
        return Arbitraries.oneOf(
                Arbitraries.of("1", "01", "汉族", "9", "Z", "A", "00", "99", "２", " 1 ", "男",
                        "2025-2026", "2025-2027", "0000-0001", "2019-02-29", "2019/3/1",
                        "20190301", "2019-13-01", "9999-12-31", "-1", "1e9", "NaN"),
                Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(20),
                Combinators.combine(Arbitraries.strings().numeric().ofMaxLength(6),
                        Arbitraries.of(NOISE)).as((digits, noise) -> digits + noise));
    }

    /**
     * Names no form may accept: with a control, format or lone surrogate character, or longer
     * than 50 characters.
     */
    static Arbitrary<String> brokenNames() {
        Arbitrary<String> base = Arbitraries.strings().withCharRange('一', '龥')
                .ofMinLength(1).ofMaxLength(4);
        return Arbitraries.oneOf(
                Combinators.combine(base, Arbitraries.of("\u0000", "\u0007", "\u001B", "\u007F",
                        "\u0085", "\u200B", "\u202E", "\uFEFF", "\uD800", "\uDFFF", "\n"), base)
                        .as((a, bad, b) -> a + bad + b),
                Arbitraries.strings().withCharRange('一', '龥').ofMinLength(51)
                        .ofMaxLength(10_000));
    }

    private static String fullWidth(String text) {
        StringBuilder wide = new StringBuilder();
        text.chars().forEach(c -> wide.append(Character.isDigit(c) ? (char) (c - '0' + '０')
                : (char) c));
        return wide.toString();
    }
}
