package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.xueji.registry.access.Scope;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.student.StudentId;

/**
 * A student change case (学籍变动申请): one request to change a student's registration, with
 * its approval chain as data.
 *
 * <p>The applicant party applies with a reason and the references of its proof documents; the
 * chain's steps then approve in order, each within its due date. The first step that is still
 * {@link Decision#PENDING} is the current one. When the last step approves, the case is
 * {@link CaseState#COMPLETED} and the change is applied to the student's record in the same
 * unit of work. A case without steps completes when it is applied for.
 *
 * <p>The place of the case is the place of the student's school when the case was applied for:
 * the sending school of a transfer. The case is visible to actors whose scope contains that
 * place, the applicant's scope or a step's scope.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ChangeCase {

    private final CaseId id;
    private final StudentId student;
    private final Scope place;
    private final SchoolStage stage;
    private final Party applicant;
    private final Scope applicantScope;
    private final String applicantAccount;
    private final Instant appliedAt;
    private final String reason;
    private final List<String> proofs;
    private final ChangeDetails details;
    private final List<ApprovalStep> steps;
    private final CaseState state;
    private final String note;
    private final Instant closedAt;
    private final long version;

    private ChangeCase(Builder builder) {
        this.id = requireNonNull(builder.id, "id");
        this.student = requireNonNull(builder.student, "student");
        this.place = requireNonNull(builder.place, "place");
        this.stage = requireNonNull(builder.stage, "stage");
        this.applicant = requireNonNull(builder.applicant, "applicant");
        this.applicantScope = requireNonNull(builder.applicantScope, "applicantScope");
        this.applicantAccount = requireNonNull(builder.applicantAccount, "applicantAccount");
        this.appliedAt = requireNonNull(builder.appliedAt, "appliedAt");
        this.reason = requireNonNull(builder.reason, "reason");
        this.proofs = List.copyOf(builder.proofs);
        this.details = requireNonNull(builder.details, "details");
        this.steps = List.copyOf(builder.steps);
        this.state = requireNonNull(builder.state, "state");
        this.note = builder.note == null ? "" : builder.note;
        this.closedAt = builder.closedAt;
        this.version = builder.version;
        Preconditions.checkArgument(version >= 0, "negative version %s", version);
    }

    /**
     * Starts a new case.
     *
     * @return a builder with state {@link CaseState#APPLIED}, version zero, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts a builder holding this case's fields, to change some of them.
     *
     * @return a builder, not null
     */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.id = id;
        builder.student = student;
        builder.place = place;
        builder.stage = stage;
        builder.applicant = applicant;
        builder.applicantScope = applicantScope;
        builder.applicantAccount = applicantAccount;
        builder.appliedAt = appliedAt;
        builder.reason = reason;
        builder.proofs = proofs;
        builder.details = details;
        builder.steps = new ArrayList<>(steps);
        builder.state = state;
        builder.note = note;
        builder.closedAt = closedAt;
        builder.version = version;
        return builder;
    }

    /**
     * Returns the case's key.
     *
     * @return the id, not null
     */
    public CaseId id() {
        return id;
    }

    /**
     * Returns the kind of change.
     *
     * @return the kind, not null
     */
    public ChangeKind kind() {
        return details.kind();
    }

    /**
     * Returns the student the case is about.
     *
     * @return the student, not null
     */
    public StudentId student() {
        return student;
    }

    /**
     * Returns the place of the student's school when the case was applied for.
     *
     * @return the place, not null
     */
    public Scope place() {
        return place;
    }

    /**
     * Returns the student's stage when the case was applied for, which chose the route.
     *
     * @return the stage, not null
     */
    public SchoolStage stage() {
        return stage;
    }

    /**
     * Returns the party that applied.
     *
     * @return the party, not null
     */
    public Party applicant() {
        return applicant;
    }

    /**
     * Returns the scope of the party that applied, whose actors may resubmit or withdraw.
     *
     * @return the scope, not null
     */
    public Scope applicantScope() {
        return applicantScope;
    }

    /**
     * Returns the account that applied.
     *
     * @return the account, not null
     */
    public String applicantAccount() {
        return applicantAccount;
    }

    /**
     * Returns when the case was applied for.
     *
     * @return the time, not null
     */
    public Instant appliedAt() {
        return appliedAt;
    }

    /**
     * Returns the reason the applicant gave.
     *
     * @return the reason, not null
     */
    public String reason() {
        return reason;
    }

    /**
     * Returns the references of the proof documents (证明材料), such as file or archive numbers.
     *
     * @return the references, not null, unmodifiable
     */
    public List<String> proofs() {
        return proofs;
    }

    /**
     * Returns what the case asks for.
     *
     * @return the details, not null
     */
    public ChangeDetails details() {
        return details;
    }

    /**
     * Returns the approval chain, in order.
     *
     * @return the steps, not null, unmodifiable, empty for a case that needs no approval
     */
    public List<ApprovalStep> steps() {
        return steps;
    }

    /**
     * Returns where the case stands.
     *
     * @return the state, not null
     */
    public CaseState state() {
        return state;
    }

    /**
     * Returns the last reason given for returning or withdrawing the case.
     *
     * @return the note, empty if none, not null
     */
    public String note() {
        return note;
    }

    /**
     * Returns when the case was completed or withdrawn.
     *
     * @return the time, or empty while the case is open
     */
    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    /**
     * Returns the optimistic version: zero when first stored, one more after each update.
     *
     * @return the version, not negative
     */
    public long version() {
        return version;
    }

    /**
     * Returns the index of the step waiting for a decision.
     *
     * @return the index, or empty unless the case awaits a decision
     */
    public OptionalInt currentStepIndex() {
        if (!state.awaitsDecision()) {
            return OptionalInt.empty();
        }
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).decision() == Decision.PENDING) {
                return OptionalInt.of(i);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Returns the step waiting for a decision.
     *
     * @return the step, or empty unless the case awaits a decision
     */
    public Optional<ApprovalStep> currentStep() {
        OptionalInt index = currentStepIndex();
        return index.isPresent() ? Optional.of(steps.get(index.getAsInt())) : Optional.empty();
    }

    /**
     * Tells whether the current step is past its due date on a day.
     *
     * @param today  the day, not null
     * @return true if the party of the current step has not decided in time
     */
    public boolean isOverdueOn(LocalDate today) {
        requireNonNull(today, "today");
        return currentStep().map(step -> step.isOverdueOn(today)).orElse(false);
    }

    /**
     * Tells whether an actor with a scope may read the case: its scope contains the case's
     * place, the applicant's scope or a step's scope.
     *
     * @param actorScope  the actor's scope, not null
     * @return true if the case concerns the actor's area
     */
    public boolean isVisibleTo(Scope actorScope) {
        requireNonNull(actorScope, "actorScope");
        return actorScope.contains(place) || actorScope.contains(applicantScope)
                || steps.stream().anyMatch(step -> actorScope.contains(step.scope()));
    }

    /**
     * Returns a copy with another version; stores use this when they store an update.
     *
     * @param newVersion  the version, not negative
     * @return the case with that version, not null
     */
    public ChangeCase withVersion(long newVersion) {
        return toBuilder().version(newVersion).build();
    }

    @Override
    public boolean equals(Object obj) {
        if (!(obj instanceof ChangeCase)) {
            return false;
        }
        ChangeCase other = (ChangeCase) obj;
        return version == other.version && id.equals(other.id) && student.equals(other.student)
                && place.equals(other.place) && stage == other.stage
                && applicant == other.applicant && applicantScope.equals(other.applicantScope)
                && applicantAccount.equals(other.applicantAccount)
                && appliedAt.equals(other.appliedAt) && reason.equals(other.reason)
                && proofs.equals(other.proofs) && details.equals(other.details)
                && steps.equals(other.steps) && state == other.state && note.equals(other.note)
                && Objects.equals(closedAt, other.closedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version);
    }

    /**
     * Returns a description such as {@code ChangeCase{TRANSFER 1f0e…, APPROVING, v2}}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "ChangeCase{" + kind() + " " + id + ", " + state + ", v" + version + "}";
    }

    /**
     * Collects the fields of a {@link ChangeCase}. Not thread-safe.
     */
    public static final class Builder {
        private CaseId id;
        private StudentId student;
        private Scope place;
        private SchoolStage stage;
        private Party applicant;
        private Scope applicantScope;
        private String applicantAccount;
        private Instant appliedAt;
        private String reason;
        private List<String> proofs = List.of();
        private ChangeDetails details;
        private List<ApprovalStep> steps = new ArrayList<>();
        private CaseState state = CaseState.APPLIED;
        private String note;
        private Instant closedAt;
        private long version;

        private Builder() {
        }

        /**
         * Sets the case's key.
         *
         * @param newId  the id, not null
         * @return this builder, not null
         */
        public Builder id(CaseId newId) {
            this.id = newId;
            return this;
        }

        /**
         * Sets the student and where the student's school was when the case was applied for.
         *
         * @param newStudent  the student, not null
         * @param newPlace  the place of the student's school, not null
         * @param newStage  the student's stage, not null
         * @return this builder, not null
         */
        public Builder student(StudentId newStudent, Scope newPlace, SchoolStage newStage) {
            this.student = newStudent;
            this.place = newPlace;
            this.stage = newStage;
            return this;
        }

        /**
         * Sets who applied, and when.
         *
         * @param party  the applying party, not null
         * @param scope  its scope, not null
         * @param account  the applying account, not null
         * @param at  when, not null
         * @return this builder, not null
         */
        public Builder applicant(Party party, Scope scope, String account, Instant at) {
            this.applicant = party;
            this.applicantScope = scope;
            this.applicantAccount = account;
            this.appliedAt = at;
            return this;
        }

        /**
         * Sets the reason and the proof documents' references.
         *
         * @param newReason  the reason, not null
         * @param newProofs  the references, not null
         * @return this builder, not null
         */
        public Builder reason(String newReason, List<String> newProofs) {
            this.reason = newReason;
            this.proofs = List.copyOf(newProofs);
            return this;
        }

        /**
         * Sets what the case asks for.
         *
         * @param newDetails  the details, not null
         * @return this builder, not null
         */
        public Builder details(ChangeDetails newDetails) {
            this.details = newDetails;
            return this;
        }

        /**
         * Sets the approval chain.
         *
         * @param newSteps  the steps in order, not null
         * @return this builder, not null
         */
        public Builder steps(List<ApprovalStep> newSteps) {
            this.steps = new ArrayList<>(newSteps);
            return this;
        }

        /**
         * Replaces one step of the chain.
         *
         * @param index  the step's index
         * @param step  the step, not null
         * @return this builder, not null
         * @throws IndexOutOfBoundsException if there is no such step
         */
        public Builder step(int index, ApprovalStep step) {
            this.steps.set(index, requireNonNull(step, "step"));
            return this;
        }

        /**
         * Sets the state.
         *
         * @param newState  the state, not null
         * @return this builder, not null
         */
        public Builder state(CaseState newState) {
            this.state = newState;
            return this;
        }

        /**
         * Sets the reason of the last return or withdrawal.
         *
         * @param newNote  the note, null for none
         * @return this builder, not null
         */
        public Builder note(String newNote) {
            this.note = newNote;
            return this;
        }

        /**
         * Sets when the case was completed or withdrawn.
         *
         * @param at  the time, null while open
         * @return this builder, not null
         */
        public Builder closedAt(Instant at) {
            this.closedAt = at;
            return this;
        }

        /**
         * Sets the optimistic version, as a store reads a case back.
         *
         * @param newVersion  the version, not negative
         * @return this builder, not null
         */
        public Builder version(long newVersion) {
            this.version = newVersion;
            return this;
        }

        /**
         * Builds the case.
         *
         * @return the case, not null
         * @throws NullPointerException if a required field was not set
         */
        public ChangeCase build() {
            return new ChangeCase(this);
        }
    }
}
