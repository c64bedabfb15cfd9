package org.xueji.registry.audit;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import java.util.Optional;
import org.xueji.registry.internal.IdentityMasker;

/**
 * One field's value before and after a change, as text.
 *
 * <p>The values are kept as stored; {@link #toString()} masks anything that looks like an
 * identity number, and so does {@link AuditEntry#render()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FieldChange {

    private final String field;
    private final String before;
    private final String after;

    private FieldChange(String field, String before, String after) {
        this.field = field;
        this.before = before;
        this.after = after;
    }

    /**
     * Obtains a field change.
     *
     * @param field  the field's name, not null
     * @param before  the value before, null if the record was created
     * @param after  the value after, null if the field was removed
     * @return the change, not null
     * @throws IllegalArgumentException if both values are null or equal
     */
    public static FieldChange of(String field, String before, String after) {
        requireNonNull(field, "field");
        if (Objects.equals(before, after)) {
            throw new IllegalArgumentException("Field " + field + " did not change");
        }
        return new FieldChange(field, before, after);
    }

    /**
     * Returns the field's name, such as {@code phone}.
     *
     * @return the name, not null
     */
    public String field() {
        return field;
    }

    /**
     * Returns the value before the change.
     *
     * @return the value, or empty if the record was created by the change
     */
    public Optional<String> before() {
        return Optional.ofNullable(before);
    }

    /**
     * Returns the value after the change.
     *
     * @return the value, or empty if the change removed it
     */
    public Optional<String> after() {
        return Optional.ofNullable(after);
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof FieldChange)) {
            return false;
        }
        FieldChange other = (FieldChange) obj;
        return field.equals(other.field) && Objects.equals(before, other.before)
                && Objects.equals(after, other.after);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, before, after);
    }

    /**
     * Returns the change as {@code field: before → after}, identity numbers masked.
     *
     * @return the masked description, not null
     */
    @Override
    public String toString() {
        return IdentityMasker.mask(field + ": " + (before == null ? "∅" : before) + " → "
                + (after == null ? "∅" : after));
    }
}
