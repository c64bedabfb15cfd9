package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.xueji.registry.access.Scope;

/**
 * One step of a change case's approval chain: the party, the scope it was resolved to when the
 * case was applied for, and what became of the step.
 *
 * <p>A step is reached when the steps before it approved; it then gets a due date, a number of
 * working days later. Only an actor that {@linkplain #isDecidableBy(Scope) may decide} the step
 * approves or returns it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param party  the approving party, not null
 * @param scope  where the party is: a school's scope, or an authority's division, not null
 * @param decision  the decision, {@link Decision#PENDING} until decided, not null
 * @param account  the account that decided, or null while pending
 * @param decidedAt  when it decided, or null while pending
 * @param comment  the comment or the reason of a return, empty if none, not null
 * @param dueOn  the last day to decide, or null while the step is not reached
 */
public record ApprovalStep(Party party, Scope scope, Decision decision, String account,
        Instant decidedAt, String comment, LocalDate dueOn) {

    /**
     * Creates a step.
     *
     * @throws NullPointerException if the party, scope, decision or comment is null, or a
     *     decided step lacks its account or time
     */
    public ApprovalStep {
        requireNonNull(party, "party");
        requireNonNull(scope, "scope");
        requireNonNull(decision, "decision");
        requireNonNull(comment, "comment");
        if (decision != Decision.PENDING) {
            requireNonNull(account, "account");
            requireNonNull(decidedAt, "decidedAt");
        }
    }

    /**
     * Obtains a pending step that is not reached yet.
     *
     * @param party  the party, not null
     * @param scope  the party's scope, not null
     * @return the step, not null
     */
    public static ApprovalStep pending(Party party, Scope scope) {
        return new ApprovalStep(party, scope, Decision.PENDING, null, null, "", null);
    }

    /**
     * Tells whether an actor with a scope may decide this step: an authority's step by an
     * administrator of exactly that division, not one above or beside it; a school's step by
     * that school, or by the central school of a branch school.
     *
     * @param actorScope  the actor's scope, not null
     * @return true if the actor may approve or return this step
     */
    public boolean isDecidableBy(Scope actorScope) {
        requireNonNull(actorScope, "actorScope");
        if (scope.level().isAuthority()) {
            return actorScope.level() == scope.level()
                    && actorScope.division().equals(scope.division());
        }
        return !actorScope.level().isAuthority() && actorScope.contains(scope);
    }

    /**
     * Returns the due date, once the step is reached.
     *
     * @return the last day to decide, or empty if the step is not reached
     */
    public Optional<LocalDate> due() {
        return Optional.ofNullable(dueOn);
    }

    /**
     * Returns a copy reached on a day, pending with a due date, as when the chain restarts.
     *
     * @param due  the last day to decide, not null
     * @return the step, not null
     */
    public ApprovalStep reached(LocalDate due) {
        return new ApprovalStep(party, scope, Decision.PENDING, null, null, "",
                requireNonNull(due, "due"));
    }

    /**
     * Returns a copy with a decision.
     *
     * @param newDecision  approved or returned, not null
     * @param byAccount  who decided, not null
     * @param at  when, not null
     * @param text  the comment or reason, not null
     * @return the step, not null
     */
    public ApprovalStep decided(Decision newDecision, String byAccount, Instant at, String text) {
        return new ApprovalStep(party, scope, newDecision, requireNonNull(byAccount, "byAccount"),
                requireNonNull(at, "at"), text, dueOn);
    }

    /**
     * Tells whether the step is reached, pending and past its due date on a day.
     *
     * @param today  the day, not null
     * @return true if the party has not decided in time
     */
    public boolean isOverdueOn(LocalDate today) {
        return decision == Decision.PENDING && dueOn != null && today.isAfter(dueOn);
    }
}
