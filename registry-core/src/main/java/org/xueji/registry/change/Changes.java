package org.xueji.registry.change;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Role;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.audit.FieldChange;
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.calendar.Activity;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.event.ChangeCaseUpdated;
import org.xueji.registry.event.StudentClassChanged;
import org.xueji.registry.event.StudentEdited;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.identity.RegistryNumberKind;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.internal.Texts;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * Student changes (学籍变动): transfers, suspensions and resumptions, withdrawals, dropouts,
 * deaths, grade skips and key-data corrections as {@linkplain ChangeCase cases} approved step by
 * step; class changes and edits of other data as direct operations; the sweep of senior students
 * who did not resume in time; and each student's full history.
 *
 * <p><b>Routes.</b> Who applies and who approves, in which order, comes from the policy's
 * {@link ApprovalTable}, by kind, the student's stage and the change's {@link Reach}; the
 * parties are resolved to scopes when the case is applied for. Each step has the policy's
 * number of working days, counted by the storage's {@link
 * org.xueji.registry.spi.HolidayCalendar}, from the day it is reached.
 *
 * <p><b>Who.</b> The applicant party's school applies: a school administrator whose scope
 * contains that school (a central school for its branch). Only an actor who {@linkplain
 * ApprovalStep#isDecidableBy(Scope) may decide} the current step approves or returns it: a
 * school for itself, an authority for exactly its own division, never a city or province
 * above it. The applicant's school resubmits or withdraws. Refusals of access are audited. An
 * applying school reads only the student's place before it is allowed; approvers are decided
 * from the case, which names the scopes of its steps and holds no personal data.
 *
 * <p><b>Returns.</b> A returned case stays open with the applicant, who corrects it outside
 * the registry and {@linkplain #resubmit resubmits} it, which starts the chain again from its
 * first step with new due dates, or {@linkplain #withdraw withdraws} it. The decisions of the
 * earlier round stay in the audit trail.
 *
 * <p><b>Completion.</b> When the last step approves, the change is applied to the student's
 * record in the same unit of work, after its rules are checked again against the record as it
 * then is: a transfer moves the student (school, class and place) and keeps the registry and
 * regional numbers, and withdraws the student's competing transfer cases with a reason; a
 * key-data correction applies the new values, re-keys the student's uniqueness and, for a J or
 * L registry number, issues the G number and records the old one in the history.
 *
 * <p>Not checked here: class sizes of the class a student joins by transfer, resumption or
 * skip, and whether proof references name real documents.
 *
 * <p>Every write runs in one unit of work with its audit entry and event; cases are updated
 * optimistically by version. Obtain it from {@link org.xueji.registry.Registry#changes()}. This
 * class is thread-safe.
 */
public final class Changes {

    private static final int MAX_REASON = 200;
    private static final int MAX_PROOF = 100;
    private static final Set<RegistrationStatus> REGISTERED =
            EnumSet.of(RegistrationStatus.REGISTERED);
    private static final Set<RegistrationStatus> ON_RECORD = EnumSet.of(
            RegistrationStatus.REGISTERED, RegistrationStatus.SUSPENDED,
            RegistrationStatus.DROPPED_OUT);
    private static final Set<AuditAction> ENROLLMENT_ACTIONS = EnumSet.of(
            AuditAction.COLLECT_STUDENT, AuditAction.SUBMIT_STUDENT, AuditAction.APPROVE_STUDENT,
            AuditAction.RETURN_STUDENT);

    private final RegistryStorage storage;
    private final ChangePolicy policy;
    private final Auditing auditing;
    private final Calendars calendars;
    private final ChangeRules rules;
    private final WorkingDays workingDays;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Changes(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.policy = requireNonNull(policy, "policy").changes();
        this.auditing = new Auditing(storage, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                policy.calendar(), clock);
        this.rules = new ChangeRules(this.policy);
        this.workingDays = WorkingDays.of(storage.holidays());
    }

    /**
     * Applies for a transfer (转学) into a class of the receiving school. Refused outside the
     * calendar's transfer window and the policy's days after a term's start, into another grade,
     * for a student who is not registered (a suspended one, say), normally for a graduating
     * class, and where the approval table forbids it (Anhui senior high within one county).
     *
     * @param actor  an administrator of the receiving school, not null
     * @param student  the student, not null
     * @param toClass  the class of the receiving school, not null
     * @param reason  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor is not of the receiving school
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} for an unknown student or
     *     class, {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the calendar's window,
     *     {@link ErrorCode#INVALID_STATUS}, {@link ErrorCode#OPEN_CHANGE_CASE} or
     *     {@link ErrorCode#CHANGE_REFUSED} if a rule refuses, or
     *     {@link ErrorCode#INVALID_VALUE} for a blank reason or proof
     */
    public ChangeCase applyTransfer(Actor actor, StudentId student, ClassId toClass,
            String reason, List<String> proofs) {
        requireNonNull(toClass, "toClass");
        AcademicCalendar calendar = calendars.current();
        calendar.requireOpen(Activity.TRANSFER, calendars.today());
        return apply(actor, student, ChangeKind.TRANSFER, reason, proofs, false,
                () -> placeOfSchool(toClass),
                ctx -> {
                    SchoolClass target = findClass(toClass);
                    check(rules.status(ctx.student, ChangeKind.TRANSFER, REGISTERED));
                    check(rules.termStart(calendar, calendars.today()));
                    check(rules.transferTarget(ctx.student, ctx.stage, target));
                    check(rules.notGraduating(findClass(ctx.student.classId()),
                            calendar.currentYear()));
                    return new ChangeDetails.Transfer(ctx.student.classId(),
                            ctx.student.place(), toClass, ctx.applicantPlace);
                });
    }

    /**
     * Applies for a suspension (休学), or its renewal for a suspended student, lasting the
     * policy's length from a day (one year by default). Refused once the stage's limit of
     * suspensions is reached (two in senior high by default).
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param from  the first day of the suspension, not null
     * @param reason  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, at least one, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND}, {@link
     *     ErrorCode#INVALID_STATUS}, {@link ErrorCode#OPEN_CHANGE_CASE}, {@link
     *     ErrorCode#CHANGE_REFUSED} or {@link ErrorCode#INVALID_VALUE}
     */
    public ChangeCase applySuspension(Actor actor, StudentId student, LocalDate from,
            String reason, List<String> proofs) {
        requireNonNull(from, "from");
        return apply(actor, student, ChangeKind.SUSPENSION, reason, proofs, true, null, ctx -> {
            check(rules.status(ctx.student, ChangeKind.SUSPENSION,
                    EnumSet.of(RegistrationStatus.REGISTERED, RegistrationStatus.SUSPENDED)));
            long earlier = storage.changeCases().listForStudent(ctx.student.id()).stream()
                    .filter(c -> c.kind() == ChangeKind.SUSPENSION
                            && c.state() == CaseState.COMPLETED && c.stage() == ctx.stage)
                    .count();
            check(rules.suspensionLimit(ctx.stage, earlier));
            return new ChangeDetails.Suspension(from,
                    from.plus(policy.suspensionLength()).minusDays(1));
        });
    }

    /**
     * Applies for a resumption (复学) of a suspended student into a class of the same school and
     * stage, of the student's cohort or one up to two years later (the grade the student
     * missed, or the one the student would have entered). The student takes the class's
     * cohort, so a grade kept across a rollover follows from the class chosen.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param toClass  the class, not null
     * @param reason  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND}, {@link
     *     ErrorCode#INVALID_STATUS}, {@link ErrorCode#OPEN_CHANGE_CASE}, {@link
     *     ErrorCode#CHANGE_REFUSED} or {@link ErrorCode#INVALID_VALUE}
     */
    public ChangeCase applyResumption(Actor actor, StudentId student, ClassId toClass,
            String reason, List<String> proofs) {
        requireNonNull(toClass, "toClass");
        return apply(actor, student, ChangeKind.RESUMPTION, reason, proofs, false, null, ctx -> {
            check(rules.status(ctx.student, ChangeKind.RESUMPTION,
                    EnumSet.of(RegistrationStatus.SUSPENDED)));
            check(rules.suitableClass(ctx.student, ctx.stage, findClass(toClass), 0, 2));
            return new ChangeDetails.Resumption(toClass);
        });
    }

    /**
     * Applies for a withdrawal (退学), which only senior high allows by default.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param effective  the day the student leaves, not null
     * @param reason  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, at least one, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException with {@link ErrorCode#CHANGE_REFUSED} in compulsory education,
     *     or as {@link #applySuspension}
     */
    public ChangeCase applyWithdrawal(Actor actor, StudentId student, LocalDate effective,
            String reason, List<String> proofs) {
        requireNonNull(effective, "effective");
        return apply(actor, student, ChangeKind.WITHDRAWAL, reason, proofs, true, null, ctx -> {
            check(rules.status(ctx.student, ChangeKind.WITHDRAWAL, REGISTERED));
            return new ChangeDetails.Withdrawal(effective);
        });
    }

    /**
     * Reports a dropout (辍学) from compulsory education; the registry is kept, and by the
     * default table no one approves, so the case completes at once.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param since  the first day the student stayed away, not after today, not null
     * @param reason  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException with {@link ErrorCode#CHANGE_REFUSED} in senior high, or as
     *     {@link #applySuspension}
     */
    public ChangeCase reportDropout(Actor actor, StudentId student, LocalDate since,
            String reason, List<String> proofs) {
        requireNonNull(since, "since");
        return apply(actor, student, ChangeKind.DROPOUT, reason, proofs, false, null, ctx -> {
            check(rules.status(ctx.student, ChangeKind.DROPOUT, REGISTERED));
            check(rules.notFuture(since, calendars.today(), "辍学日期", "Dropout date"));
            return new ChangeDetails.Dropout(since);
        });
    }

    /**
     * Cancels a deceased student's registry (死亡注销), with proof. The case records the day by
     * which the school should have filed (the policy's working days after the death); a later
     * filing is accepted, not refused.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param dateOfDeath  the date of death, not after today, not null
     * @param reason  the circumstances, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, at least one, not null
     * @return the case as stored, completed unless the table adds approvals, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException as {@link #applySuspension}
     */
    public ChangeCase cancelForDeath(Actor actor, StudentId student, LocalDate dateOfDeath,
            String reason, List<String> proofs) {
        requireNonNull(dateOfDeath, "dateOfDeath");
        return apply(actor, student, ChangeKind.DEATH, reason, proofs, true, null, ctx -> {
            check(rules.status(ctx.student, ChangeKind.DEATH, ON_RECORD));
            check(rules.notFuture(dateOfDeath, calendars.today(), "死亡日期", "Date of death"));
            return new ChangeDetails.Death(dateOfDeath,
                    workingDays.plus(dateOfDeath, policy.deathFilingWorkingDays()));
        });
    }

    /**
     * Applies for a skip of one grade (跳级) into a class of the next grade of the same school
     * and stage. Repeating a grade is not a change the registry orders.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param toClass  a class of the cohort one year before the student's, not null
     * @param reason  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException as {@link #applySuspension}
     */
    public ChangeCase applyGradeSkip(Actor actor, StudentId student, ClassId toClass,
            String reason, List<String> proofs) {
        requireNonNull(toClass, "toClass");
        return apply(actor, student, ChangeKind.GRADE_SKIP, reason, proofs, false, null, ctx -> {
            check(rules.status(ctx.student, ChangeKind.GRADE_SKIP, REGISTERED));
            check(rules.suitableClass(ctx.student, ctx.stage, findClass(toClass), -1, -1));
            return new ChangeDetails.GradeSkip(toClass);
        });
    }

    /**
     * Applies for a correction of key data (关键信息变更): name, sex, birth date or identity
     * number, with proof. Refused if the corrected values disagree with the (corrected)
     * identity number, or the new identity number is another student's.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param correction  the corrected values, not null
     * @param reason  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, at least one, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException with {@link ErrorCode#IDENTITY_MISMATCH} or {@link
     *     ErrorCode#DUPLICATE}, or as {@link #applySuspension}
     */
    public ChangeCase applyCorrection(Actor actor, StudentId student,
            ChangeDetails.KeyDataCorrection correction, String reason, List<String> proofs) {
        requireNonNull(correction, "correction");
        return apply(actor, student, ChangeKind.KEY_DATA_CORRECTION, reason, proofs, true, null,
                ctx -> {
                    check(rules.status(ctx.student, ChangeKind.KEY_DATA_CORRECTION, ON_RECORD));
                    checkCorrection(ctx.student, correction);
                    return correction;
                });
    }

    /**
     * Approves the current step of a case. After the last step the case is completed and the
     * change applied to the student's record.
     *
     * @param actor  an actor who may decide the current step, not null
     * @param caseId  the case, not null
     * @param comment  a comment, up to 200 characters, empty for none, not null
     * @return the case as stored, not null
     * @throws AccessDeniedException if the actor may not decide the current step
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} for an unknown case, {@link
     *     ErrorCode#CASE_STATE} if it awaits no decision, {@link ErrorCode#STALE_VERSION} if
     *     another decision came first, or a rule's code if the completed change no longer fits
     *     the student's record
     */
    public ChangeCase approve(Actor actor, CaseId caseId, String comment) {
        requireNonNull(actor, "actor");
        requireNonNull(caseId, "caseId");
        String text = Texts.optionalLines(comment, "审核意见", "comment", MAX_REASON);
        return storage.unitOfWork().inTransaction(() -> {
            ChangeCase current = findCase(caseId);
            int index = decidableStep(actor, AuditAction.APPROVE_CHANGE, current);
            ApprovalStep step = current.steps().get(index).decided(Decision.APPROVED,
                    actor.account(), auditing.now(), text);
            ChangeCase.Builder next = current.toBuilder().step(index, step);
            if (index + 1 < current.steps().size()) {
                next.step(index + 1, current.steps().get(index + 1).reached(dueFromToday()))
                        .state(CaseState.APPROVING);
                return save(actor, AuditAction.APPROVE_CHANGE, current, next.build());
            }
            ChangeCase stored = save(actor, AuditAction.APPROVE_CHANGE, current,
                    next.state(CaseState.COMPLETED).closedAt(auditing.now()).build());
            complete(actor, stored);
            return stored;
        });
    }

    /**
     * Returns a case at its current step to the applicant with a reason (退回). The case stays
     * open; the applicant resubmits or withdraws it.
     *
     * @param actor  an actor who may decide the current step, not null
     * @param caseId  the case, not null
     * @param reason  why, 1 to 200 characters, not null
     * @return the case as stored, {@link CaseState#RETURNED}, not null
     * @throws AccessDeniedException if the actor may not decide the current step
     * @throws RegistryException as {@link #approve}, or {@link ErrorCode#INVALID_VALUE} for a
     *     blank reason
     */
    public ChangeCase returnCase(Actor actor, CaseId caseId, String reason) {
        requireNonNull(actor, "actor");
        requireNonNull(caseId, "caseId");
        String text = Texts.requiredLines(reason, "退回原因", "reason", MAX_REASON);
        return storage.unitOfWork().inTransaction(() -> {
            ChangeCase current = findCase(caseId);
            int index = decidableStep(actor, AuditAction.RETURN_CHANGE, current);
            ApprovalStep step = current.steps().get(index).decided(Decision.RETURNED,
                    actor.account(), auditing.now(), text);
            return save(actor, AuditAction.RETURN_CHANGE, current, current.toBuilder()
                    .step(index, step).state(CaseState.RETURNED).note(text).build());
        });
    }

    /**
     * Resubmits a returned case: the chain starts again at its first step, with new due dates.
     *
     * @param actor  an administrator of the applicant school, not null
     * @param caseId  the case, not null
     * @param comment  what was corrected, up to 200 characters, empty for none, not null
     * @return the case as stored, {@link CaseState#APPLIED}, not null
     * @throws AccessDeniedException if the actor is not of the applicant school
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND}, {@link ErrorCode#CASE_STATE}
     *     if the case is not returned, or {@link ErrorCode#STALE_VERSION}
     */
    public ChangeCase resubmit(Actor actor, CaseId caseId, String comment) {
        requireNonNull(actor, "actor");
        requireNonNull(caseId, "caseId");
        String text = Texts.optionalLines(comment, "说明", "comment", MAX_REASON);
        return storage.unitOfWork().inTransaction(() -> {
            ChangeCase current = findCase(caseId);
            requireApplicant(actor, AuditAction.RESUBMIT_CHANGE, current);
            requireState(current, EnumSet.of(CaseState.RETURNED));
            List<ApprovalStep> steps = new ArrayList<>();
            for (ApprovalStep step : current.steps()) {
                steps.add(ApprovalStep.pending(step.party(), step.scope()));
            }
            steps.set(0, steps.get(0).reached(dueFromToday()));
            return save(actor, AuditAction.RESUBMIT_CHANGE, current, current.toBuilder()
                    .steps(steps).state(CaseState.APPLIED).note(text).build());
        });
    }

    /**
     * Withdraws an open case (撤销) at the applicant's request.
     *
     * @param actor  an administrator of the applicant school, not null
     * @param caseId  the case, not null
     * @param reason  why, 1 to 200 characters, not null
     * @return the case as stored, {@link CaseState#WITHDRAWN}, not null
     * @throws AccessDeniedException if the actor is not of the applicant school
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND}, {@link ErrorCode#CASE_STATE}
     *     if the case is closed, or {@link ErrorCode#STALE_VERSION}
     */
    public ChangeCase withdraw(Actor actor, CaseId caseId, String reason) {
        requireNonNull(actor, "actor");
        requireNonNull(caseId, "caseId");
        String text = Texts.requiredLines(reason, "撤销原因", "reason", MAX_REASON);
        return storage.unitOfWork().inTransaction(() -> {
            ChangeCase current = findCase(caseId);
            requireApplicant(actor, AuditAction.WITHDRAW_CHANGE, current);
            requireState(current, EnumSet.of(CaseState.APPLIED, CaseState.APPROVING,
                    CaseState.RETURNED));
            return save(actor, AuditAction.WITHDRAW_CHANGE, current, closed(current, text));
        });
    }

    /**
     * Reads a case.
     *
     * @param actor  an actor whose scope contains the case's place, the applicant's or a
     *     step's, not null
     * @param caseId  the case, not null
     * @return the case, not null
     * @throws AccessDeniedException if the case does not concern the actor's area
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} for an unknown case
     */
    public ChangeCase find(Actor actor, CaseId caseId) {
        requireNonNull(actor, "actor");
        requireNonNull(caseId, "caseId");
        return storage.unitOfWork().inTransaction(() -> {
            ChangeCase current = findCase(caseId);
            if (!current.isVisibleTo(actor.scope())) {
                throw auditing.refuse(actor, AuditAction.VIEW_CHANGE, target(current),
                        "不在其管理范围内", "outside its scope");
            }
            return current;
        });
    }

    /**
     * Lists the cases waiting for the actor's decision, oldest first (待办).
     *
     * @param actor  an approver, not null
     * @return the cases whose current step the actor may decide, not null
     */
    public List<ChangeCase> inbox(Actor actor) {
        requireNonNull(actor, "actor");
        return storage.unitOfWork().inTransaction(
                () -> storage.changeCases().listPendingFor(actor.scope()));
    }

    /**
     * Moves a student to another class of the same grade in the same school (调班), without
     * review; the move is audited and recorded in the student's history.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param toClass  the class, of the same school and cohort, not null
     * @return the student as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND}, {@link
     *     ErrorCode#INVALID_STATUS} unless registered, {@link ErrorCode#CHANGE_REFUSED} for a
     *     class of another school or grade, or {@link ErrorCode#STALE_VERSION}
     */
    public Student changeClass(Actor actor, StudentId student, ClassId toClass) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        requireNonNull(toClass, "toClass");
        return storage.unitOfWork().inTransaction(() -> {
            Student current = schoolOwned(actor, AuditAction.CHANGE_CLASS, student);
            check(rules.status(current, ChangeKind.TRANSFER, REGISTERED));
            check(rules.suitableClass(current, stageOf(current), findClass(toClass), 0, 0));
            if (toClass.equals(current.classId())) {
                throw ChangeRefusal.of(ChangeRule.SUITABLE_CLASS, "学生已在该班级",
                        "The student is already in class " + toClass).toException();
            }
            Student stored = storage.students().update(
                    current.toBuilder().classId(toClass).build());
            auditing.recordChange(actor, AuditAction.CHANGE_CLASS, studentTarget(stored),
                    Auditing.diff(current.fields(), stored.fields()),
                    new StudentClassChanged(auditing.now(), stored.place(), stored.id(),
                            current.classId(), toClass, stored.version()));
            storage.history().append(stored.id(), HistoryEntry.of(auditing.now(),
                    HistoryKind.CLASS_CHANGE, actor.account(), Map.of(
                            "fromClass", current.classId().toString(),
                            "toClass", toClass.toString())));
            return stored;
        });
    }

    /**
     * Edits a student's data other than key data, directly; the change is audited and
     * recorded in the history by field name.
     *
     * @param actor  an administrator of the student's school, not null
     * @param student  the student, not null
     * @param details  the edited details, with the same name, sex and birth date, not null
     * @return the student as stored, not null
     * @throws AccessDeniedException if the actor is not of the student's school
     * @throws RegistryException with {@link ErrorCode#KEY_DATA_REQUIRES_REVIEW} if the name,
     *     sex or birth date differ, {@link ErrorCode#NOT_FOUND} or {@link
     *     ErrorCode#STALE_VERSION}
     */
    public Student editDetails(Actor actor, StudentId student, StudentDetails details) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        requireNonNull(details, "details");
        return storage.unitOfWork().inTransaction(() -> {
            Student current = schoolOwned(actor, AuditAction.EDIT_STUDENT, student);
            StudentDetails old = current.details();
            if (!old.name().equals(details.name()) || old.sex() != details.sex()
                    || !old.birthDate().equals(details.birthDate())) {
                throw new RegistryException(ErrorCode.KEY_DATA_REQUIRES_REVIEW,
                        "姓名、性别、出生日期须经关键信息变更审核后修改",
                        "Name, sex and birth date change only through a key-data correction");
            }
            Student stored = storage.students().update(
                    current.toBuilder().details(details).build());
            List<FieldChange> changes = detailChanges(old, details);
            auditing.recordChange(actor, AuditAction.EDIT_STUDENT, studentTarget(stored),
                    changes,
                    new StudentEdited(auditing.now(), stored.place(), stored.id(),
                            stored.status(), stored.version()));
            storage.history().append(stored.id(), HistoryEntry.of(auditing.now(),
                    HistoryKind.DETAILS_EDITED, actor.account(), Map.of("fields",
                            String.join(",", changes.stream().map(FieldChange::field)
                                    .toList()))));
            return stored;
        });
    }

    /**
     * Marks as withdrawn (视为退学) every senior student within the actor's area whose latest
     * suspension ended before a day and who has no open case to resume or renew. Each student
     * is changed in a unit of work of its own; a rerun changes no one twice.
     *
     * @param actor  an authority's administrator, not null
     * @param date  the day to judge by, usually today, not null
     * @return the students changed, in id order, not null
     * @throws AccessDeniedException if the actor is not an authority's
     */
    public List<StudentId> sweepExpiredSuspensions(Actor actor, LocalDate date) {
        requireNonNull(actor, "actor");
        requireNonNull(date, "date");
        AuditTarget area = AuditTarget.of(RecordKind.STUDENT, "*", actor.scope());
        if (!actor.scope().level().isAuthority()) {
            throw auditing.refuse(actor, AuditAction.DEEM_WITHDRAWN, area,
                    "：只有主管部门可以执行", "only an authority sweeps");
        }
        List<Student> suspended = storage.unitOfWork().inTransaction(() -> storage.students()
                .listWithin(actor.scope().division(), RegistrationStatus.SUSPENDED));
        List<StudentId> changed = new ArrayList<>();
        for (Student candidate : suspended) {
            boolean done = storage.unitOfWork().inTransaction(
                    () -> deemWithdrawn(actor, candidate.id(), date));
            if (done) {
                changed.add(candidate.id());
            }
        }
        return changed;
    }

    /**
     * Reads a student's full history, oldest first: the enrollment steps with their dates,
     * every change case with its steps (key-data corrections included), class changes, edits,
     * registry-number changes, resolutions of the problem queue and a deletion. The history
     * follows the student through transfers. A deleted record's history is read only by those
     * {@linkplain Student#isVisibleTo the record is visible to}.
     *
     * @param actor  an actor whose scope contains the student's school, not null
     * @param student  the student, not null
     * @return the history, not null
     * @throws AccessDeniedException if the student's school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} for an unknown student, or a
     *     deleted one the actor may not see
     */
    public StudentHistory history(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        return storage.unitOfWork().inTransaction(() -> {
            Scope place = placeOfStudent(student);
            auditing.requireScope(actor, AuditAction.VIEW_STUDENT_HISTORY,
                    AuditTarget.of(RecordKind.STUDENT, student.toString(), place));
            if (!findStudent(student).isVisibleTo(actor.scope())) {
                throw StoreFailures.notFound(RecordKind.STUDENT, student);
            }
            List<HistoryEntry> entries = new ArrayList<>(enrollmentEntries(student, place));
            entries.addAll(storage.history().list(student));
            for (ChangeCase changeCase : storage.changeCases().listForStudent(student)) {
                entries.add(HistoryEntry.of(changeCase));
            }
            entries.sort(Comparator.comparing(HistoryEntry::at));
            return new StudentHistory(student, entries);
        });
    }

    private ChangeCase apply(Actor actor, StudentId studentId, ChangeKind kind, String reason,
            List<String> proofs, boolean proofRequired, PlaceSupplier applicantPlace,
            Function<Context, ChangeDetails> details) {
        requireNonNull(actor, "actor");
        requireNonNull(studentId, "student");
        String text = Texts.requiredLines(reason, "变动原因", "reason", MAX_REASON);
        List<String> references = proofs(proofs, proofRequired);
        return storage.unitOfWork().inTransaction(() -> {
            Scope studentPlace = placeOfStudent(studentId);
            Scope applying = applicantPlace == null ? studentPlace : applicantPlace.get();
            AuditTarget target = AuditTarget.of(RecordKind.STUDENT, studentId.toString(),
                    applying);
            if (actor.role() != Role.SCHOOL_ADMINISTRATOR) {
                throw auditing.refuse(actor, AuditAction.APPLY_CHANGE, target,
                        "：变动申请由学校提出", "a school applies for changes");
            }
            auditing.requireScope(actor, AuditAction.APPLY_CHANGE, target);
            Student student = findStudent(studentId);
            SchoolStage stage = stageOf(student);
            Reach reach = Reach.between(studentPlace.division(), applying.division());
            Optional<ApprovalTable.Route> route = policy.approvals().route(kind, stage, reach);
            check(rules.route(kind, stage, reach, route));
            check(rules.noCompetingCase(kind,
                    storage.changeCases().listOpenForStudent(studentId)));
            ChangeDetails asked = details.apply(new Context(student, stage, applying));
            List<ApprovalStep> steps = resolve(route.get().approvers(), studentPlace, applying);
            if (!steps.isEmpty()) {
                steps.set(0, steps.get(0).reached(dueFromToday()));
            }
            ChangeCase applied = ChangeCase.builder().id(CaseId.random())
                    .student(studentId, studentPlace, stage)
                    .applicant(route.get().applicant(), applying, actor.account(),
                            auditing.now())
                    .reason(text, references).details(asked).steps(steps)
                    .state(steps.isEmpty() ? CaseState.COMPLETED : CaseState.APPLIED)
                    .closedAt(steps.isEmpty() ? auditing.now() : null).build();
            storage.changeCases().insert(applied);
            auditing.recordChange(actor, AuditAction.APPLY_CHANGE, target(applied),
                    Auditing.diff(Map.of(), facts(applied)), event(applied));
            if (steps.isEmpty()) {
                complete(actor, applied);
            }
            return applied;
        });
    }

    private List<ApprovalStep> resolve(List<Party> parties, Scope studentPlace,
            Scope receivingPlace) {
        List<ApprovalStep> resolved = new ArrayList<>();
        for (int i = 0; i < parties.size(); i++) {
            Scope scope = scopeOf(parties.get(i), studentPlace, receivingPlace);
            boolean repeated = false;
            for (int j = i + 1; j < parties.size(); j++) {
                repeated |= scopeOf(parties.get(j), studentPlace, receivingPlace).equals(scope);
            }
            if (!repeated) {
                resolved.add(ApprovalStep.pending(parties.get(i), scope));
            }
        }
        return resolved;
    }

    private static Scope scopeOf(Party party, Scope studentPlace, Scope receivingPlace) {
        return switch (party) {
            case SCHOOL, SENDING_SCHOOL -> studentPlace;
            case COUNTY_AUTHORITY, SENDING_AUTHORITY -> Scope.of(studentPlace.division());
            case CITY_AUTHORITY, SENDING_CITY_AUTHORITY ->
                    Scope.of(studentPlace.division().city());
            case RECEIVING_SCHOOL -> receivingPlace;
            case RECEIVING_AUTHORITY -> Scope.of(receivingPlace.division());
            case RECEIVING_CITY_AUTHORITY -> Scope.of(receivingPlace.division().city());
        };
    }

    private void complete(Actor actor, ChangeCase done) {
        Student current = findStudent(done.student());
        Student changed = switch (done.kind()) {
            case TRANSFER -> transferred(current, (ChangeDetails.Transfer) done.details());
            case SUSPENSION -> requireThen(current, done.kind(), ON_RECORD,
                    current.withStatus(RegistrationStatus.SUSPENDED, null));
            case RESUMPTION -> requireThen(current, done.kind(),
                    EnumSet.of(RegistrationStatus.SUSPENDED), current.toBuilder()
                            .status(RegistrationStatus.REGISTERED)
                            .classId(findClass(((ChangeDetails.Resumption) done.details())
                                    .toClass()).id()).build());
            case WITHDRAWAL -> requireThen(current, done.kind(), REGISTERED,
                    current.withStatus(RegistrationStatus.WITHDRAWN, null));
            case DROPOUT -> requireThen(current, done.kind(), REGISTERED,
                    current.withStatus(RegistrationStatus.DROPPED_OUT, null));
            case DEATH -> requireThen(current, done.kind(), ON_RECORD,
                    current.withStatus(RegistrationStatus.DECEASED, null));
            case GRADE_SKIP -> requireThen(current, done.kind(), REGISTERED, current.toBuilder()
                    .classId(findClass(((ChangeDetails.GradeSkip) done.details()).toClass())
                            .id()).build());
            case KEY_DATA_CORRECTION -> corrected(actor, current, done);
        };
        Student stored = storage.students().update(changed);
        auditing.recordChange(actor, AuditAction.COMPLETE_CHANGE, studentTarget(stored),
                Auditing.diff(current.fields(), stored.fields()),
                new StudentEdited(auditing.now(), stored.place(), stored.id(), stored.status(),
                        stored.version()));
        if (done.kind() == ChangeKind.TRANSFER) {
            withdrawCompetingTransfers(actor, done);
        }
    }

    private Student transferred(Student current, ChangeDetails.Transfer transfer) {
        check(rules.status(current, ChangeKind.TRANSFER, REGISTERED));
        if (!current.classId().equals(transfer.fromClass())) {
            throw ChangeRefusal.of(ChangeRule.SAME_GRADE,
                    "学生已不在申请时的班级，转学无法办结",
                    "The student left the class the transfer was applied from").toException();
        }
        SchoolClass target = findClass(transfer.toClass());
        return current.toBuilder().place(placeOfSchool(target.id())).classId(target.id())
                .build();
    }

    private Student corrected(Actor actor, Student current, ChangeCase done) {
        ChangeDetails.KeyDataCorrection correction =
                (ChangeDetails.KeyDataCorrection) done.details();
        check(rules.status(current, ChangeKind.KEY_DATA_CORRECTION, ON_RECORD));
        checkCorrection(current, correction);
        StudentDetails old = current.details();
        StudentDetails details = new StudentDetails(
                correction.name() == null ? old.name() : correction.name(),
                correction.sex() == null ? old.sex() : correction.sex(),
                correction.birthDate() == null ? old.birthDate() : correction.birthDate(),
                old.birthplace(), old.nativePlace(), old.ethnicity(), old.nationality(),
                old.overseasStatus(), old.health(), old.householdPlace(), old.householdType(),
                old.entryMonth(), old.attendanceMode(), old.source(), old.address(), old.phone(),
                old.onlyChild(), old.leftBehind(), old.migrant(), old.disability(),
                old.inclusiveClass());
        Student.Builder builder = current.toBuilder().details(details);
        Optional<IdentityNumber> number = correction.newIdentityNumber();
        if (number.isPresent()) {
            builder.identityDocument(IdentityDocument.of(
                    IdentityDocumentType.RESIDENT_IDENTITY_CARD, number.get().value()))
                    .key(StudentKey.ofIdentityNumber(number.get()));
            RegistryNumber old0 = current.registryNumber();
            if (old0.kind() == RegistryNumberKind.J || old0.kind() == RegistryNumberKind.L) {
                RegistryNumber issued = RegistryNumber.of(number.get());
                builder.registryNumber(issued);
                storage.history().append(current.id(), HistoryEntry.of(auditing.now(),
                        HistoryKind.REGISTRY_NUMBER_CHANGE, actor.account(), Map.of(
                                "from", old0.value(), "to", issued.value(),
                                "case", done.id().toString())));
            }
        }
        return builder.build();
    }

    private void checkCorrection(Student student, ChangeDetails.KeyDataCorrection correction) {
        LocalDate birthDate = correction.birthDate() == null
                ? student.details().birthDate() : correction.birthDate();
        check(rules.notFuture(birthDate, calendars.today(), "出生日期", "Birth date"));
        Optional<IdentityNumber> number = correction.newIdentityNumber().or(() ->
                student.identityDocument().flatMap(IdentityDocument::identityNumber));
        if (number.isPresent()) {
            check(rules.identityMatch(number.get(), birthDate,
                    correction.sex() == null ? student.details().sex() : correction.sex()));
        }
        if (correction.identityNumber() != null) {
            check(rules.uniqueIdentity(storage.students().findByKey(
                    StudentKey.ofIdentityNumber(correction.identityNumber())), student));
        }
    }

    private void withdrawCompetingTransfers(Actor actor, ChangeCase done) {
        for (ChangeCase other : storage.changeCases().listOpenForStudent(done.student())) {
            if (other.kind() == ChangeKind.TRANSFER && !other.id().equals(done.id())) {
                save(actor, AuditAction.WITHDRAW_CHANGE, other, closed(other,
                        "该生已通过转学申请" + done.id() + "转入其他学校 / the student transferred"
                                + " under case " + done.id()));
            }
        }
    }

    private boolean deemWithdrawn(Actor actor, StudentId id, LocalDate date) {
        Student student = findStudent(id);
        if (student.status() != RegistrationStatus.SUSPENDED
                || stageOf(student) != SchoolStage.SENIOR) {
            return false;
        }
        List<ChangeCase> cases = storage.changeCases().listForStudent(id);
        boolean pending = cases.stream().anyMatch(c -> c.state().isOpen()
                && (c.kind() == ChangeKind.RESUMPTION || c.kind() == ChangeKind.SUSPENSION));
        Optional<LocalDate> until = cases.stream()
                .filter(c -> c.kind() == ChangeKind.SUSPENSION
                        && c.state() == CaseState.COMPLETED)
                .map(c -> ((ChangeDetails.Suspension) c.details()).until())
                .max(Comparator.naturalOrder());
        if (pending || until.isEmpty() || !until.get().isBefore(date)) {
            return false;
        }
        Student stored = storage.students().update(
                student.withStatus(RegistrationStatus.WITHDRAWN, null));
        auditing.recordChange(actor, AuditAction.DEEM_WITHDRAWN, studentTarget(stored),
                Auditing.diff(student.fields(), stored.fields()),
                new StudentEdited(auditing.now(), stored.place(), stored.id(), stored.status(),
                        stored.version()));
        storage.history().append(id, HistoryEntry.of(auditing.now(),
                HistoryKind.DEEMED_WITHDRAWN, actor.account(),
                Map.of("suspendedUntil", until.get().toString(), "judgedOn", date.toString())));
        return true;
    }

    private List<HistoryEntry> enrollmentEntries(StudentId student, Scope place) {
        Scope province = Scope.of(place.division().province());
        List<HistoryEntry> entries = new ArrayList<>();
        for (AuditEntry entry : storage.auditTrail().find(province,
                AuditQuery.all().forTarget(RecordKind.STUDENT, student.toString())
                        .withOutcome(AuditEntry.Outcome.DONE))) {
            if (!ENROLLMENT_ACTIONS.contains(entry.action())) {
                continue;
            }
            HistoryKind kind = switch (entry.action()) {
                case COLLECT_STUDENT -> HistoryKind.COLLECTED;
                case SUBMIT_STUDENT -> HistoryKind.SUBMITTED;
                case APPROVE_STUDENT -> HistoryKind.REGISTERED;
                default -> HistoryKind.RETURNED;
            };
            entries.add(HistoryEntry.of(entry.time(), kind, entry.actor().account(),
                    Map.of("place", entry.target().place().toString())));
        }
        return entries;
    }

    private int decidableStep(Actor actor, AuditAction action, ChangeCase current) {
        if (!current.state().awaitsDecision()) {
            throw caseState(current);
        }
        int index = current.currentStepIndex().orElseThrow(() -> caseState(current));
        ApprovalStep step = current.steps().get(index);
        if (!step.isDecidableBy(actor.scope())) {
            throw auditing.refuse(actor, action, target(current),
                    "：当前审核环节属于" + step.party().chineseName() + "（" + step.scope() + "）",
                    "the current step is the " + step.party().englishName() + "'s ("
                            + step.scope() + ")");
        }
        return index;
    }

    private void requireApplicant(Actor actor, AuditAction action, ChangeCase current) {
        boolean applicant = actor.role() == Role.SCHOOL_ADMINISTRATOR
                && actor.scope().contains(current.applicantScope());
        if (!applicant) {
            throw auditing.refuse(actor, action, target(current), "：不是申请学校",
                    "not the applicant school");
        }
    }

    private static void requireState(ChangeCase current, Set<CaseState> allowed) {
        if (!allowed.contains(current.state())) {
            throw caseState(current);
        }
    }

    private static RegistryException caseState(ChangeCase current) {
        return new RegistryException(ErrorCode.CASE_STATE,
                current.kind().chineseName() + "申请" + current.id() + "的状态为“"
                        + current.state().chineseName() + "”，不能办理此操作",
                "Case " + current.id() + " is " + current.state().englishName());
    }

    private ChangeCase closed(ChangeCase current, String note) {
        return current.toBuilder().state(CaseState.WITHDRAWN).note(note)
                .closedAt(auditing.now()).build();
    }

    private ChangeCase save(Actor actor, AuditAction action, ChangeCase before,
            ChangeCase after) {
        ChangeCase stored = storage.changeCases().update(after);
        auditing.recordChange(actor, action, target(stored),
                Auditing.diff(facts(before), facts(stored)), event(stored));
        return stored;
    }

    private Student schoolOwned(Actor actor, AuditAction action, StudentId id) {
        AuditTarget target = AuditTarget.of(RecordKind.STUDENT, id.toString(),
                placeOfStudent(id));
        if (actor.role() != Role.SCHOOL_ADMINISTRATOR) {
            throw auditing.refuse(actor, action, target, "：由学校办理",
                    "the school does this");
        }
        auditing.requireScope(actor, action, target);
        return findStudent(id);
    }

    private Student requireThen(Student current, ChangeKind kind,
            Set<RegistrationStatus> allowed, Student changed) {
        check(rules.status(current, kind, allowed));
        return changed;
    }

    private LocalDate dueFromToday() {
        return workingDays.plus(calendars.today(), policy.stepWorkingDays());
    }

    private SchoolStage stageOf(Student student) {
        return findClass(student.classId()).profile().classType().stage();
    }

    private static List<String> proofs(List<String> proofs, boolean required) {
        requireNonNull(proofs, "proofs");
        List<String> references = new ArrayList<>();
        for (String proof : proofs) {
            references.add(Texts.required(proof, "证明材料", "proof", MAX_PROOF));
        }
        if (required && references.isEmpty()) {
            throw new RegistryException(ErrorCode.INVALID_VALUE, "须提供证明材料",
                    "Proof documents are required");
        }
        return references;
    }

    private static List<FieldChange> detailChanges(StudentDetails old, StudentDetails now) {
        List<FieldChange> changes = new ArrayList<>();
        for (var component : StudentDetails.class.getRecordComponents()) {
            try {
                Object before = component.getAccessor().invoke(old);
                Object after = component.getAccessor().invoke(now);
                if (!before.equals(after)) {
                    changes.add(FieldChange.of(component.getName(), String.valueOf(before),
                            String.valueOf(after)));
                }
            } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
            }
        }
        return changes;
    }

    private static void check(Optional<ChangeRefusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }

    private static Map<String, String> facts(ChangeCase changeCase) {
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("kind", changeCase.kind().name());
        facts.put("state", changeCase.state().name());
        facts.putAll(changeCase.details().facts());
        for (int i = 0; i < changeCase.steps().size(); i++) {
            ApprovalStep step = changeCase.steps().get(i);
            facts.put("step" + (i + 1), step.party().name() + " " + step.decision().name());
        }
        if (!changeCase.note().isEmpty()) {
            facts.put("note", changeCase.note());
        }
        return facts;
    }

    private ChangeCaseUpdated event(ChangeCase changeCase) {
        int approved = (int) changeCase.steps().stream()
                .filter(step -> step.decision() == Decision.APPROVED).count();
        return new ChangeCaseUpdated(auditing.now(), changeCase.place(), changeCase.id(),
                changeCase.student(), changeCase.kind(), changeCase.state(), approved,
                changeCase.version());
    }

    private static AuditTarget target(ChangeCase changeCase) {
        return AuditTarget.of(RecordKind.CHANGE_CASE, changeCase.id().toString(),
                changeCase.place());
    }

    private static AuditTarget studentTarget(Student student) {
        return AuditTarget.of(RecordKind.STUDENT, student.id().toString(), student.place());
    }

    private ChangeCase findCase(CaseId id) {
        return storage.changeCases().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.CHANGE_CASE, id));
    }

    private Student findStudent(StudentId id) {
        return storage.students().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
    }

    private Scope placeOfStudent(StudentId id) {
        return storage.students().placeOf(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
    }

    private SchoolClass findClass(ClassId id) {
        return storage.classes().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.CLASS, id));
    }

    private Scope placeOfSchool(ClassId id) {
        return storage.schools().placeOf(id.school())
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, id.school()));
    }

    /** Gives the place of the applying school, once the actor's role is known. */
    private interface PlaceSupplier {
        Scope get();
    }

    /** What the rules of an application judge. */
    private static final class Context {
        private final Student student;
        private final SchoolStage stage;
        private final Scope applicantPlace;

        private Context(Student student, SchoolStage stage, Scope applicantPlace) {
            this.student = student;
            this.stage = stage;
            this.applicantPlace = applicantPlace;
        }
    }
}
