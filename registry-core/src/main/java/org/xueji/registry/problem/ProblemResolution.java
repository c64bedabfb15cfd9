package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.xueji.registry.change.CaseId;

/**
 * How, when and by whom an entry of the problem queue was resolved.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param kind  how, not null
 * @param note  the authority's note, empty if none, not null
 * @param proofs  references of the proof documents, at least one for {@link
 *     ResolutionKind#PROOF}, not null
 * @param correctionCase  the completed key-data correction case, for {@link
 *     ResolutionKind#CORRECTION} only, otherwise null
 * @param account  the account that resolved it, not null
 * @param resolvedAt  when, not null
 */
public record ProblemResolution(ResolutionKind kind, String note, List<String> proofs,
        CaseId correctionCase, String account, Instant resolvedAt) {

    /**
     * Creates a resolution.
     *
     * @throws NullPointerException if a value other than the case is null
     * @throws IllegalArgumentException if the case is given for another kind than a correction
     *     or missing for a correction, or a dismissal has no proof
     */
    public ProblemResolution {
        requireNonNull(kind, "kind");
        requireNonNull(note, "note");
        proofs = List.copyOf(proofs);
        requireNonNull(account, "account");
        requireNonNull(resolvedAt, "resolvedAt");
        if ((kind == ResolutionKind.CORRECTION) != (correctionCase != null)) {
            throw new IllegalArgumentException("a case goes with a correction only");
        }
        if (kind == ResolutionKind.PROOF && proofs.isEmpty()) {
            throw new IllegalArgumentException("a dismissal needs proof");
        }
    }

    /**
     * Returns the correction case.
     *
     * @return the case id, or empty unless resolved by correction
     */
    public Optional<CaseId> correctionCaseIfAny() {
        return Optional.ofNullable(correctionCase);
    }

    /**
     * Describes the resolution as field names to values, for the audit trail and the history.
     *
     * @return the facts, in a fixed order, not null
     */
    public Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("resolution", kind.name());
        facts.put("note", note);
        if (!proofs.isEmpty()) {
            facts.put("proofs", String.join(",", proofs));
        }
        if (correctionCase != null) {
            facts.put("correctionCase", correctionCase.toString());
        }
        return facts;
    }
}
