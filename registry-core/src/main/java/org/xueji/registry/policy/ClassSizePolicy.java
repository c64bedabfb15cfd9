package org.xueji.registry.policy;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.EnumMap;
import java.util.Map;
import org.xueji.registry.code.SchoolStage;

/**
 * The class-size rule (班额): a cap per school stage, the size from which a class is a large class
 * (大班额) and the size from which it is an oversized class (超大班额), and whether a large class
 * is only warned about or refused.
 *
 * <p>A class at or under its stage's cap is within the rule. Above the cap and under the large
 * size it is allowed with a warning. A large class is warned about or refused as
 * {@link #largeClassHandling()} says. An oversized class is always refused. The rule does not
 * cover the smaller classes of special-education schools, which are not checked here.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ClassSizePolicy {

    private final Map<SchoolStage, Integer> caps;
    private final int largeFrom;
    private final int oversizedFrom;
    private final LargeClassHandling largeClassHandling;

    private ClassSizePolicy(Map<SchoolStage, Integer> caps, int largeFrom, int oversizedFrom,
            LargeClassHandling largeClassHandling) {
        this.caps = caps;
        this.largeFrom = largeFrom;
        this.oversizedFrom = oversizedFrom;
        this.largeClassHandling = largeClassHandling;
    }

    /**
     * Returns Anhui's rule: caps of 45 in primary and 50 in junior and senior school, large
     * classes from 56 refused (the province has set out to eliminate them), oversized classes
     * from 66.
     *
     * @return the rule, not null
     */
    public static ClassSizePolicy anhui() {
        Map<SchoolStage, Integer> caps = new EnumMap<>(SchoolStage.class);
        caps.put(SchoolStage.PRIMARY, 45);
        caps.put(SchoolStage.JUNIOR, 50);
        caps.put(SchoolStage.SENIOR, 50);
        return of(caps, 56, 66, LargeClassHandling.REFUSE);
    }

    /**
     * Obtains a rule.
     *
     * @param caps  the cap of each stage; every stage must have one, not null
     * @param largeFrom  the smallest size that is a large class, above every cap
     * @param oversizedFrom  the smallest size that is an oversized class, above {@code largeFrom}
     * @param largeClassHandling  whether a large class is warned about or refused, not null
     * @return the rule, not null
     * @throws IllegalArgumentException if a stage has no cap, a cap is not positive, or the sizes
     *     are not in increasing order
     */
    public static ClassSizePolicy of(Map<SchoolStage, Integer> caps, int largeFrom,
            int oversizedFrom, LargeClassHandling largeClassHandling) {
        requireNonNull(caps, "caps");
        requireNonNull(largeClassHandling, "largeClassHandling");
        Map<SchoolStage, Integer> copy = new EnumMap<>(SchoolStage.class);
        for (SchoolStage stage : SchoolStage.values()) {
            Integer cap = caps.get(stage);
            Preconditions.checkArgument(cap != null, "No cap for %s", stage);
            Preconditions.checkArgument(cap > 0 && cap < largeFrom,
                    "Cap of %s must be positive and below the large size: %s", stage, cap);
            copy.put(stage, cap);
        }
        Preconditions.checkArgument(largeFrom < oversizedFrom,
                "Oversized (%s) must start above large (%s)", oversizedFrom, largeFrom);
        return new ClassSizePolicy(copy, largeFrom, oversizedFrom, largeClassHandling);
    }

    /**
     * Returns a copy that handles large classes another way.
     *
     * @param handling  whether a large class is warned about or refused, not null
     * @return the changed rule, not null
     */
    public ClassSizePolicy withLargeClassHandling(LargeClassHandling handling) {
        return new ClassSizePolicy(caps, largeFrom, oversizedFrom,
                requireNonNull(handling, "handling"));
    }

    /**
     * Returns the cap of a stage.
     *
     * @param stage  the stage, not null
     * @return the largest size within the rule, positive
     */
    public int capOf(SchoolStage stage) {
        return caps.get(requireNonNull(stage, "stage"));
    }

    /**
     * Returns the smallest size that is a large class.
     *
     * @return the size
     */
    public int largeFrom() {
        return largeFrom;
    }

    /**
     * Returns the smallest size that is an oversized class.
     *
     * @return the size
     */
    public int oversizedFrom() {
        return oversizedFrom;
    }

    /**
     * Returns whether a large class is warned about or refused.
     *
     * @return the handling, not null
     */
    public LargeClassHandling largeClassHandling() {
        return largeClassHandling;
    }

    /**
     * Judges a class size: the number of students a class of a stage would have.
     *
     * @param stage  the class's stage, not null
     * @param size  the number of students, not negative
     * @return the judgement, never throwing for a size over the cap, not null
     * @throws IllegalArgumentException if the size is negative
     */
    public ClassSizeCheck check(SchoolStage stage, int size) {
        Preconditions.checkArgument(size >= 0, "negative class size %s", size);
        int cap = capOf(stage);
        if (size <= cap) {
            return new ClassSizeCheck(stage, size, cap, ClassSizeCheck.Band.WITHIN_CAP,
                    ClassSizeCheck.Verdict.ALLOWED);
        }
        if (size < largeFrom) {
            return new ClassSizeCheck(stage, size, cap, ClassSizeCheck.Band.ABOVE_CAP,
                    ClassSizeCheck.Verdict.WARNING);
        }
        if (size < oversizedFrom) {
            ClassSizeCheck.Verdict verdict = largeClassHandling == LargeClassHandling.WARN
                    ? ClassSizeCheck.Verdict.WARNING : ClassSizeCheck.Verdict.REFUSED;
            return new ClassSizeCheck(stage, size, cap, ClassSizeCheck.Band.LARGE, verdict);
        }
        return new ClassSizeCheck(stage, size, cap, ClassSizeCheck.Band.OVERSIZED,
                ClassSizeCheck.Verdict.REFUSED);
    }

    /**
     * What happens to a large class.
     */
    public enum LargeClassHandling {
        /** A large class is allowed, with a warning. */
        WARN,
        /** A large class is refused. */
        REFUSE
    }
}
