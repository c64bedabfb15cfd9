package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import java.util.UUID;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;

/**
 * The key of a change case, generated when the case is applied for and never changed. It
 * carries no personal data, so it may appear in logs, events and web addresses.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseId implements Comparable<CaseId> {

    private final UUID value;

    private CaseId(UUID value) {
        this.value = value;
    }

    /**
     * Obtains the id of a UUID.
     *
     * @param value  the UUID, not null
     * @return the id, not null
     */
    public static CaseId of(UUID value) {
        return new CaseId(requireNonNull(value, "value"));
    }

    /**
     * Generates a new, random id.
     *
     * @return the id, not null
     */
    public static CaseId random() {
        return new CaseId(UUID.randomUUID());
    }

    /**
     * Parses an id written as a UUID.
     *
     * @param text  the text, surrounding white space ignored, not null
     * @return the id, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_VALUE} if the text is not a UUID
     */
    public static CaseId parse(CharSequence text) {
        requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        try {
            return of(UUID.fromString(trimmed));
        } catch (IllegalArgumentException ex) {
            throw new RegistryException(ErrorCode.INVALID_VALUE,
                    "变动申请编号“" + trimmed + "”格式错误", "Case id '" + trimmed + "' is malformed");
        }
    }

    /**
     * Returns the UUID of this id.
     *
     * @return the UUID, not null
     */
    public UUID value() {
        return value;
    }

    @Override
    public int compareTo(CaseId other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof CaseId && ((CaseId) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * Returns the id as a UUID text.
     *
     * @return the text, not null
     */
    @Override
    public String toString() {
        return value.toString();
    }
}
