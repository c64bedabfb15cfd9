package org.xueji.registry.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.xueji.registry.RecordKind;
import java.util.stream.Collectors;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.spi.AuditTrail;

/**
 * The audit trail in memory, in sequence order. A sequence number taken by an append that rolls
 * back is not handed out again.
 */
final class InMemoryAuditTrail implements AuditTrail {

    private final InMemoryUnitOfWork unitOfWork;
    private final List<AuditEntry> entries = new ArrayList<>();
    private long lastSequence;

    InMemoryAuditTrail(InMemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public AuditEntry append(AuditEntry entry) {
        return unitOfWork.locked(() -> {
            AuditEntry stored = entry.withSequence(++lastSequence);
            entries.add(stored);
            unitOfWork.onRollBack(() -> entries.remove(stored));
            return stored;
        });
    }

    @Override
    public List<AuditEntry> find(Scope scope, AuditQuery query) {
        return unitOfWork.locked(() -> entries.stream()
                .filter(entry -> scope.contains(entry.target().place()))
                .filter(query::matches)
                .limit(query.limit())
                .collect(Collectors.toUnmodifiableList()));
    }

    @Override
    public Map<String, Instant> lastDone(AuditAction action, RecordKind kind,
            Collection<String> keys) {
        Set<String> wanted = new HashSet<>(keys);
        return unitOfWork.locked(() -> {
            Map<String, Instant> latest = new HashMap<>();
            for (AuditEntry entry : entries) {
                if (entry.action() == action && entry.target().kind() == kind
                        && entry.outcome() == AuditEntry.Outcome.DONE
                        && wanted.contains(entry.target().key())) {
                    latest.merge(entry.target().key(), entry.time(),
                            (a, b) -> a.isAfter(b) ? a : b);
                }
            }
            return Map.copyOf(latest);
        });
    }
}
