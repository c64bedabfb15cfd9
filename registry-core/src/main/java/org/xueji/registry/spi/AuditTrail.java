package org.xueji.registry.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.xueji.registry.RecordKind;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;

/**
 * Keeps the audit trail: entries are appended, never changed or removed.
 *
 * <p>An append joins the current {@link UnitOfWork} transaction, so the entry for a change is
 * kept exactly when the change is. Implementations must be thread-safe.
 */
public interface AuditTrail {

    /**
     * Appends an entry, giving it the next sequence number.
     *
     * @param entry  the entry, sequence zero, not null
     * @return the entry as stored, with its sequence, not null
     */
    AuditEntry append(AuditEntry entry);

    /**
     * Appends several entries in order, as many calls of {@link #append} would; a SQL adapter
     * writes them with one batched statement. The default appends them one at a time.
     *
     * @param entries  the entries, each sequence zero, not null, may be empty
     * @return the entries as stored, with their sequences, in the same order, not null
     */
    default List<AuditEntry> appendAll(List<AuditEntry> entries) {
        List<AuditEntry> stored = new ArrayList<>(entries.size());
        for (AuditEntry entry : entries) {
            stored.add(append(entry));
        }
        return stored;
    }

    /**
     * Finds the entries whose target lies within a scope and that match a query, in sequence
     * order, at most the query's limit of them.
     *
     * @param scope  the reader's scope; only entries whose target's place it contains, not null
     * @param query  the filters, not null
     * @return the entries, not null
     */
    List<AuditEntry> find(Scope scope, AuditQuery query);

    /**
     * Finds, for each of some records, when an action was last done to it (outcome
     * {@link AuditEntry.Outcome#DONE}): such as when each pending student was last submitted for
     * review. One grouped query ({@code max(time) ... GROUP BY key}) in SQL; callers pass keys in
     * bounded chunks.
     *
     * @param action  the action, not null
     * @param kind  the kind of the records, not null
     * @param keys  the records' keys, not null
     * @return each key that has such an entry, to the time of its latest one, not null
     */
    Map<String, Instant> lastDone(AuditAction action, RecordKind kind, Collection<String> keys);
}
