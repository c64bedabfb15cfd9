package org.xueji.registry.internal;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.audit.FieldChange;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.spi.RegistryStorage;

/**
 * What every use case does around its work: decide access and record refusals, append entries for
 * changes and publish events. Not API.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Auditing {

    private final RegistryStorage storage;
    private final Clock clock;

    /**
     * Creates the support for one registry.
     *
     * @param storage  the registry's storage, not null
     * @param clock  the registry's clock, not null
     */
    public Auditing(RegistryStorage storage, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.clock = requireNonNull(clock, "clock");
    }

    /**
     * Returns the current instant by the registry's clock.
     *
     * @return the instant, not null
     */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Checks that an actor's scope contains the target's place; if not, records the refusal in a
     * transaction of its own and throws.
     *
     * @param actor  the actor, not null
     * @param action  the attempted action, not null
     * @param target  the record acted on, not null
     * @throws AccessDeniedException if the target lies outside the actor's scope
     */
    public void requireScope(Actor actor, AuditAction action, AuditTarget target) {
        if (!actor.mayActOn(target.place())) {
            throw refuse(actor, action, target, "不在其管理范围内", "outside its scope");
        }
    }

    /**
     * Records a refusal of access in a transaction of its own, which is kept though the refused
     * operation fails, and returns the exception to throw.
     *
     * @param actor  the refused actor, not null
     * @param action  the attempted action, not null
     * @param target  the record acted on, not null
     * @param chineseReason  why, in Chinese, not null
     * @param englishReason  why, in English, not null
     * @return the exception, not null
     */
    public AccessDeniedException refuse(Actor actor, AuditAction action, AuditTarget target,
            String chineseReason, String englishReason) {
        return refuse(actor, action, target, target.key(), chineseReason, englishReason);
    }

    /**
     * Records a refusal of access as {@link #refuse(Actor, AuditAction, AuditTarget, String,
     * String)} does, but names the record in the exception's message by another key than the
     * audit entry's: for a record the actor asked for by a number of its own (a registry
     * number, masked), whose internal key it has no business learning.
     *
     * @param actor  the refused actor, not null
     * @param action  the attempted action, not null
     * @param target  the record acted on, as the audit entry keys it, not null
     * @param shownKey  how the message names the record, not null
     * @param chineseReason  why, in Chinese, not null
     * @param englishReason  why, in English, not null
     * @return the exception, not null
     */
    public AccessDeniedException refuse(Actor actor, AuditAction action, AuditTarget target,
            String shownKey, String chineseReason, String englishReason) {
        AuditEntry entry = AuditEntry.refused(now(), actor, action, target,
                ErrorCode.ACCESS_DENIED);
        storage.unitOfWork().inNewTransaction(() -> storage.auditTrail().append(entry));
        return new AccessDeniedException(actor, target.place(),
                "账号“" + actor.account() + "”（" + actor.role().chineseName() + "）无权"
                        + action.chineseName() + "：" + target.kind().chineseName() + "“"
                        + shownKey + "”" + chineseReason,
                "Account '" + actor.account() + "' (" + actor.role() + ") may not " + action
                        + " on " + target.kind().englishName() + " " + shownKey + ": "
                        + englishReason);
    }

    /**
     * Appends the entry for a change to the current transaction and publishes its event.
     *
     * @param actor  who changed, not null
     * @param action  what, not null
     * @param target  the record changed, not null
     * @param changes  the changed fields, not null
     * @param event  the event reporting the change, not null
     */
    public void recordChange(Actor actor, AuditAction action, AuditTarget target,
            List<FieldChange> changes, DomainEvent event) {
        storage.auditTrail().append(AuditEntry.done(now(), actor, action, target, changes));
        storage.events().publish(event);
    }

    /**
     * Lists the fields whose values differ between two descriptions of a record, in order.
     *
     * @param before  field names to values before, empty for a new record, not null
     * @param after  field names to values after, not null
     * @return the changes, not null
     */
    public static List<FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            String old = before.get(field);
            String now = after.get(field);
            if (!Objects.equals(old, now)) {
                changes.add(FieldChange.of(field, old, now));
            }
        }
        return changes;
    }
}
