package org.xueji.benchmarks.identity;

import java.time.LocalDate;
import java.time.Year;
import java.util.SplittableRandom;

/**
 * Generates the identity benchmark's inputs: a fixed count of texts, half of them valid identity
 * numbers and half invalid, drawn from every {@link InputKind} by its weight and shuffled, the
 * same texts for the same seed on any machine and any day.
 *
 * <p>Valid birth dates lie between 1950 and 2020, future ones from next year on, so that no
 * verdict depends on the day the benchmark runs.
 */
final class IdentityInputs {

    /** The seed of every published figure. */
    static final long SEED = 20_250_901L;

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final String[] COUNTIES = {
        "110105", "120101", "130102", "140105", "150102", "210102", "220102", "230102",
        "310104", "320102", "330106", "340111", "340202", "350102", "360102", "370202",
        "410105", "420106", "430102", "440305", "450103", "460106", "500103", "510107",
        "520102", "530102", "540102", "610113", "620102", "630102", "640104", "650102",
    };
    private static final String[] PERMIT_CODES = {"810000", "820000", "830000"};
    private static final String[] BAD_PERMIT_CODES = {"810100", "820001", "830200"};
    private static final String[] BAD_PROVINCES = {
        "00", "10", "16", "20", "24", "30", "38", "40", "47", "49", "55", "60", "66", "70", "72",
    };
    private static final String[] FOREIGN_PREFIXES = {"911840", "931392", "944410", "951250"};
    private static final String[] BAD_DATES = {
        "1301", "0001", "0100", "0132", "0230", "0229", "0431", "0631", "0931", "1131", "1232",
    };
    private static final String WHITE = " \t\u3000\u00A0";
    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWYZabcdefghijklmnopqrstuvwyz";
    private static final long FIRST_DAY = LocalDate.of(1950, 1, 1).toEpochDay();
    private static final long LAST_DAY = LocalDate.of(2020, 12, 31).toEpochDay();
    private static final long LEGACY_LAST_DAY = LocalDate.of(1999, 12, 31).toEpochDay();

    private final SplittableRandom random;
    private final int nextYear = LocalDate.now().getYear() + 1;

    private IdentityInputs(long seed) {
        this.random = new SplittableRandom(seed);
    }

    /**
     * Generates the inputs.
     *
     * @param count  how many texts, even
     * @param seed  the seed
     * @return the texts and their kinds, in shuffled order
     */
    static Inputs generate(int count, long seed) {
        return new IdentityInputs(seed).generate(count);
    }

    /**
     * Draws the kinds, shuffles them, and only then makes the texts, one after another in the
     * order they will be read: the texts lie in memory as an import's rows do, each made just
     * before it is checked, so that a pass over them measures the checks and not the memory's
     * latency for a million scattered strings, for both libraries alike.
     */
    private Inputs generate(int count) {
        InputKind[] kinds = new InputKind[count];
        for (int i = 0; i < count; i++) {
            kinds[i] = pick(i < count / 2);
        }
        for (int i = count - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            InputKind kind = kinds[i];
            kinds[i] = kinds[j];
            kinds[j] = kind;
        }
        String[] texts = new String[count];
        for (int i = 0; i < count; i++) {
            texts[i] = text(kinds[i]);
        }
        return new Inputs(texts, kinds);
    }

    private InputKind pick(boolean valid) {
        int draw = random.nextInt(100);
        for (InputKind kind : InputKind.values()) {
            if (kind.valid() == valid) {
                draw -= kind.weight();
                if (draw < 0) {
                    return kind;
                }
            }
        }
        throw new IllegalStateException("weights of " + (valid ? "valid" : "invalid")
                + " kinds do not add up to 100");
    }

    private String text(InputKind kind) {
        switch (kind) {
            case VALID_18:
                return complete(county() + date() + sequence());
            case VALID_LOWER_X:
                return lowerX();
            case VALID_LEGACY_15:
                return county() + date(LEGACY_LAST_DAY).substring(2) + sequence();
            case VALID_RESIDENCE_PERMIT:
                return complete(any(PERMIT_CODES) + date() + sequence());
            case VALID_FULL_WIDTH:
                return fullWidth(complete(county() + date() + sequence()));
            case VALID_WHITE_SPACE:
                return whiteSpace(complete(county() + date() + sequence()));
            case VALID_PERMANENT_RESIDENCE:
                return complete(any(FOREIGN_PREFIXES) + date() + sequence());
            case VALID_BORN_1800S:
                return complete(county() + (1800 + random.nextInt(100)) + "0615" + sequence());
            case BAD_CHECK:
                return wrongCheck(complete(county() + date() + sequence()));
            case BAD_DATE:
                return complete(county() + badDate() + sequence());
            case BAD_PROVINCE:
                return complete(any(BAD_PROVINCES) + county().substring(2) + date() + sequence());
            case FUTURE_BIRTH_DATE:
                return complete(county() + (nextYear + random.nextInt(5)) + "0301" + sequence());
            case WRONG_LENGTH:
                return wrongLength(complete(county() + date() + sequence()));
            case LETTERS:
                return letter(complete(county() + date() + sequence()));
            case BLANK:
                return random.nextBoolean() ? "" : "  ";
            case PERMIT_ADDRESS_CODE:
                return complete(any(BAD_PERMIT_CODES) + date() + sequence());
            case MACAU_CARD:
                return "157".charAt(random.nextInt(3)) + digits(6) + "(" + digits(1) + ")";
            default:
                throw new IllegalArgumentException("no generator for " + kind);
        }
    }

    private String county() {
        return any(COUNTIES);
    }

    private String date() {
        return date(LAST_DAY);
    }

    private String date(long lastDay) {
        LocalDate day = LocalDate.ofEpochDay(FIRST_DAY + random.nextLong(lastDay - FIRST_DAY));
        return day.toString().replace("-", "");
    }

    /** Returns a year from 1900 to 2020 with a month and day that do not exist in it. */
    private String badDate() {
        int year = 1900 + random.nextInt(121);
        String monthDay = any(BAD_DATES);
        if (monthDay.equals("0229") && Year.isLeap(year)) {
            year--;
        }
        return year + monthDay;
    }

    private String sequence() {
        return digits(3);
    }

    private String digits(int count) {
        StringBuilder digits = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    private String any(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    private String lowerX() {
        String prefix = county() + date();
        int sequence = random.nextInt(1000);
        while (true) {
            String body = prefix + String.format("%03d", sequence % 1000);
            if (checkCharacter(body) == 'X') {
                return body + 'x';
            }
            sequence++;
        }
    }

    private String wrongCheck(String number) {
        char check = number.charAt(17);
        char wrong = CHECK_CHARACTERS.charAt(random.nextInt(CHECK_CHARACTERS.length()));
        while (wrong == check) {
            wrong = CHECK_CHARACTERS.charAt(random.nextInt(CHECK_CHARACTERS.length()));
        }
        return number.substring(0, 17) + wrong;
    }

    private String wrongLength(String number) {
        switch (random.nextInt(5)) {
            case 0:
                return number.substring(0, 14);
            case 1:
                return number.substring(0, 16);
            case 2:
                return number.substring(0, 17);
            case 3:
                return number.substring(0, 17) + digits(2);
            default:
                return number.substring(0, 17) + digits(3);
        }
    }

    private String letter(String number) {
        int at = random.nextInt(17);
        char letter = LETTERS.charAt(random.nextInt(LETTERS.length()));
        return number.substring(0, at) + letter + number.substring(at + 1);
    }

    private String whiteSpace(String number) {
        char space = WHITE.charAt(random.nextInt(WHITE.length()));
        switch (random.nextInt(3)) {
            case 0:
                return space + number + space;
            case 1:
                return number.substring(0, 6) + space + number.substring(6, 14) + space
                        + number.substring(14);
            default:
                return number + space;
        }
    }

    private static String fullWidth(String number) {
        char[] chars = number.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = chars[i] == 'X' ? '\uFF38' : (char) (chars[i] - '0' + '\uFF10');
        }
        return new String(chars);
    }

    /** Appends the MOD 11-2 check character to seventeen digits. */
    static String complete(String body) {
        return body + checkCharacter(body);
    }

    private static char checkCharacter(String body) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    /**
     * Generated texts and the kind of each, index by index. The arrays are the caller's.
     */
    static final class Inputs {
        private final String[] texts;
        private final InputKind[] kinds;

        Inputs(String[] texts, InputKind[] kinds) {
            this.texts = texts;
            this.kinds = kinds;
        }

        String[] texts() {
            return texts;
        }

        InputKind[] kinds() {
            return kinds;
        }
    }
}
