package org.xueji.registry.exchange;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.util.List;

/**
 * One poll of the change feed: the students of the actor's scope whose records changed after
 * the cursor, each once, in their current state, and the cursor to persist and pass to the next
 * poll.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param records  the changed students, in the order they first changed, not null
 * @param cursor  the position to poll after next time, not negative
 * @param more  whether the poll stopped at its limit, so more changes may be waiting
 */
public record ChangeBatch(List<NationalRecord> records, long cursor, boolean more) {

    /**
     * Creates a batch.
     *
     * @throws NullPointerException if the list is null
     * @throws IllegalArgumentException if the cursor is negative
     */
    public ChangeBatch {
        records = List.copyOf(requireNonNull(records, "records"));
        Preconditions.checkArgument(cursor >= 0, "negative cursor %s", cursor);
    }
}
