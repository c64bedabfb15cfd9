package org.xueji.registry.policy;

import static java.util.Objects.requireNonNull;

import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.SchoolStage;

/**
 * The judgement of a class size by the {@link ClassSizePolicy}: which band the size falls in and
 * whether it is allowed, allowed with a warning, or refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClassSizeCheck {

    private final SchoolStage stage;
    private final int size;
    private final int cap;
    private final Band band;
    private final Verdict verdict;

    ClassSizeCheck(SchoolStage stage, int size, int cap, Band band, Verdict verdict) {
        this.stage = stage;
        this.size = size;
        this.cap = cap;
        this.band = band;
        this.verdict = verdict;
    }

    /**
     * Returns the stage whose cap applied.
     *
     * @return the stage, not null
     */
    public SchoolStage stage() {
        return stage;
    }

    /**
     * Returns the size judged.
     *
     * @return the number of students
     */
    public int size() {
        return size;
    }

    /**
     * Returns the cap of the stage.
     *
     * @return the cap
     */
    public int cap() {
        return cap;
    }

    /**
     * Returns the band the size falls in.
     *
     * @return the band, not null
     */
    public Band band() {
        return band;
    }

    /**
     * Returns whether the size is allowed.
     *
     * @return the verdict, not null
     */
    public Verdict verdict() {
        return verdict;
    }

    /**
     * Tells whether the size is refused.
     *
     * @return true if the verdict is {@link Verdict#REFUSED}
     */
    public boolean isRefused() {
        return verdict == Verdict.REFUSED;
    }

    /**
     * Returns the exception that reports a refused size for a class.
     *
     * @param className  the class, as a reader knows it, not null
     * @return the exception, with {@link ErrorCode#CLASS_SIZE_EXCEEDED}, not null
     * @throws IllegalStateException if the size is not refused
     */
    public RegistryException toException(String className) {
        requireNonNull(className, "className");
        if (!isRefused()) {
            throw new IllegalStateException("Class size " + size + " is not refused");
        }
        return new RegistryException(ErrorCode.CLASS_SIZE_EXCEEDED,
                "班级“" + className + "”人数将达" + size + "人，属于" + band.chineseName()
                        + "（班额上限" + cap + "人），不予办理",
                "Class '" + className + "' would have " + size + " students, "
                        + band.englishName() + " (cap " + cap + "); refused");
    }

    /**
     * Returns a description such as {@code 56 in JUNIOR: LARGE (cap 50), REFUSED}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return size + " in " + stage + ": " + band + " (cap " + cap + "), " + verdict;
    }

    /**
     * The bands a class size falls in.
     */
    public enum Band {
        /** At or under the stage's cap. */
        WITHIN_CAP("标准班额", "within the cap"),
        /** Above the cap, under the large size. */
        ABOVE_CAP("超出标准班额", "above the cap"),
        /** A large class (大班额). */
        LARGE("大班额", "a large class"),
        /** An oversized class (超大班额). */
        OVERSIZED("超大班额", "an oversized class");

        private final String chineseName;
        private final String englishName;

        Band(String chineseName, String englishName) {
            this.chineseName = chineseName;
            this.englishName = englishName;
        }

        /**
         * Returns the Chinese name of this band.
         *
         * @return the name, not null
         */
        public String chineseName() {
            return chineseName;
        }

        /**
         * Returns the English name of this band.
         *
         * @return the name, not null
         */
        public String englishName() {
            return englishName;
        }
    }

    /**
     * Whether a class size is allowed.
     */
    public enum Verdict {
        /** Allowed. */
        ALLOWED,
        /** Allowed, with a warning to show. */
        WARNING,
        /** Refused. */
        REFUSED
    }
}
