package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * Identifies an entry of the problem queue; random, so that no store needs a global sequence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ProblemId implements Comparable<ProblemId> {

    private final UUID value;

    private ProblemId(UUID value) {
        this.value = value;
    }

    /**
     * Obtains an id from its UUID.
     *
     * @param value  the UUID, not null
     * @return the id, not null
     */
    public static ProblemId of(UUID value) {
        return new ProblemId(requireNonNull(value, "value"));
    }

    /**
     * Obtains a new random id.
     *
     * @return the id, not null
     */
    public static ProblemId random() {
        return new ProblemId(UUID.randomUUID());
    }

    /**
     * Parses an id from its text form, surrounding white space ignored.
     *
     * @param text  the text, not null
     * @return the id, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the text is no UUID
     */
    public static ProblemId parse(CharSequence text) {
        requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        try {
            return of(UUID.fromString(trimmed));
        } catch (IllegalArgumentException ex) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    "问题学籍编号“" + trimmed + "”格式错误",
                    "Problem id '" + trimmed + "' is malformed");
        }
    }

    /**
     * Returns the UUID.
     *
     * @return the UUID, not null
     */
    public UUID value() {
        return value;
    }

    /**
     * Compares by UUID, the order stores keep.
     *
     * @param other  the other id, not null
     * @return the comparison
     */
    @Override
    public int compareTo(ProblemId other) {
        return value.compareTo(other.value);
    }

    /**
     * Tells whether another object is the same id.
     *
     * @param obj  the other object, null gives false
     * @return true if equal
     */
    @Override
    public boolean equals(Object obj) {
        return obj instanceof ProblemId && ((ProblemId) obj).value.equals(value);
    }

    /**
     * Returns a hash code of the UUID.
     *
     * @return the hash code
     */
    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the UUID's text form.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value.toString();
    }
}
