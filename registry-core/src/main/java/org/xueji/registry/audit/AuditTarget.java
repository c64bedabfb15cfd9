package org.xueji.registry.audit;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;

/**
 * The record an audited operation acted on: its kind, its key as text and its place in the
 * hierarchy, which decides who may read the entry.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class AuditTarget {

    private final RecordKind kind;
    private final String key;
    private final Scope place;

    private AuditTarget(RecordKind kind, String key, Scope place) {
        this.kind = kind;
        this.key = key;
        this.place = place;
    }

    /**
     * Obtains a target.
     *
     * @param kind  the kind of record, not null
     * @param key  the record's key as text, such as a school identifier, not null
     * @param place  where the record lies, not null
     * @return the target, not null
     */
    public static AuditTarget of(RecordKind kind, String key, Scope place) {
        return new AuditTarget(requireNonNull(kind, "kind"), requireNonNull(key, "key"),
                requireNonNull(place, "place"));
    }

    /**
     * Returns the kind of record.
     *
     * @return the kind, not null
     */
    public RecordKind kind() {
        return kind;
    }

    /**
     * Returns the record's key as text.
     *
     * @return the key, not null
     */
    public String key() {
        return key;
    }

    /**
     * Returns where the record lies; the entry is readable by actors whose scope contains it.
     *
     * @return the place, not null
     */
    public Scope place() {
        return place;
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof AuditTarget)) {
            return false;
        }
        AuditTarget other = (AuditTarget) obj;
        return kind == other.kind && key.equals(other.key) && place.equals(other.place);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, key, place);
    }

    /**
     * Returns a description such as {@code school 2134000001}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return kind.englishName() + " " + key;
    }
}
