package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * One entry of a student's history: what happened, when, by which account, with its facts, and
 * for a change case the case with all its steps.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param at  when it happened, not null
 * @param kind  what happened, not null
 * @param account  the account that did it, not null
 * @param facts  field names to values, such as the old and new class, not null
 * @param changeCase  the case, for {@link HistoryKind#CHANGE_CASE}, otherwise null
 */
public record HistoryEntry(Instant at, HistoryKind kind, String account,
        Map<String, String> facts, ChangeCase changeCase) {

    /**
     * Creates an entry.
     *
     * @throws NullPointerException if a value other than the case is null
     * @throws IllegalArgumentException if a change-case entry lacks its case or another entry
     *     has one
     */
    public HistoryEntry {
        requireNonNull(at, "at");
        requireNonNull(kind, "kind");
        requireNonNull(account, "account");
        facts = Map.copyOf(facts);
        if ((kind == HistoryKind.CHANGE_CASE) != (changeCase != null)) {
            throw new IllegalArgumentException("a case goes with a change-case entry only");
        }
    }

    /**
     * Obtains an entry that is not a change case.
     *
     * @param at  when, not null
     * @param kind  what, not {@link HistoryKind#CHANGE_CASE}, not null
     * @param account  who, not null
     * @param facts  the facts, not null
     * @return the entry, not null
     */
    public static HistoryEntry of(Instant at, HistoryKind kind, String account,
            Map<String, String> facts) {
        return new HistoryEntry(at, kind, account, facts, null);
    }

    /**
     * Obtains the entry of a change case, dated when it was applied for.
     *
     * @param changeCase  the case, not null
     * @return the entry, not null
     */
    public static HistoryEntry of(ChangeCase changeCase) {
        return new HistoryEntry(changeCase.appliedAt(), HistoryKind.CHANGE_CASE,
                changeCase.applicantAccount(), changeCase.details().facts(), changeCase);
    }

    /**
     * Returns the change case.
     *
     * @return the case, or empty unless this is a change-case entry
     */
    public Optional<ChangeCase> changeCaseIfAny() {
        return Optional.ofNullable(changeCase);
    }
}
