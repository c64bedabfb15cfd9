package org.xueji.registry.photo;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A photo file's name as an archive gives it, normalised, and what it names.
 *
 * <p>Normalisation: folders are stripped (after the last {@code /} or {@code \}); full-width
 * digits, letters and the full-width low line are folded to ASCII; the name is stripped of
 * surrounding white space; the extension {@code .jpg} or {@code .jpeg} is recognised in any case.
 * Two patterns name a student:
 * <ul>
 *   <li>an identity number, 18 characters (or 15 legacy digits), such as
 *       {@code 11010519491231002X.jpg};
 *   <li>{@code 学校标识码_班号_姓名}, for a student without one: the 10-digit school identifier,
 *       the class as four digits (two of the grade in the current school year, two of the class
 *       number within the grade, so {@code 0102} is grade 1, class 2) and the name, separated by
 *       low lines, such as {@code 2134000001_0102_张三.jpg}.
 * </ul>
 */
final class PhotoFileName {

    private static final Pattern IDENTITY = Pattern.compile("\\d{17}[\\dX]|\\d{15}");
    private static final Pattern CLASS_AND_NAME =
            Pattern.compile("(\\d{10})_(\\d{2})(\\d{2})_(\\S(?:.*\\S)?)");

    private final String original;
    private final String stem;
    private final boolean jpegName;

    private PhotoFileName(String original, String stem, boolean jpegName) {
        this.original = original;
        this.stem = stem;
        this.jpegName = jpegName;
    }

    static PhotoFileName of(String entryName) {
        String base = entryName.substring(
                Math.max(entryName.lastIndexOf('/'), entryName.lastIndexOf('\\')) + 1);
        String folded = fold(base).strip();
        String lower = folded.toLowerCase(Locale.ROOT);
        int dot = lower.endsWith(".jpeg") ? folded.length() - 5
                : lower.endsWith(".jpg") ? folded.length() - 4 : -1;
        String stem = dot < 0 ? folded : folded.substring(0, dot).strip();
        return new PhotoFileName(entryName, stem, dot >= 0);
    }

    static String fold(String text) {
        StringBuilder folded = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                folded.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                folded.append(' ');
            } else {
                folded.append(c);
            }
        }
        return folded.toString();
    }

    String original() {
        return original;
    }

    boolean isJpegName() {
        return jpegName;
    }

    Optional<String> identityNumber() {
        String upper = stem.toUpperCase(Locale.ROOT);
        return IDENTITY.matcher(upper).matches() ? Optional.of(upper) : Optional.empty();
    }

    Optional<ClassAndName> classAndName() {
        Matcher matcher = CLASS_AND_NAME.matcher(stem);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ClassAndName(matcher.group(1),
                Integer.parseInt(matcher.group(2)), Integer.parseInt(matcher.group(3)),
                matcher.group(4)));
    }

    /**
     * The school, grade, class number and name of a {@code 学校标识码_班号_姓名} file name.
     */
    record ClassAndName(String school, int grade, int classNumber, String name) {
    }
}
