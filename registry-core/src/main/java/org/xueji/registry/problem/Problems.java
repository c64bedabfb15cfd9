package org.xueji.registry.problem;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.change.CaseId;
import org.xueji.registry.change.CaseState;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeKind;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.change.HistoryKind;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.event.ProblemRecorded;
import org.xueji.registry.event.ProblemResolved;
import org.xueji.registry.event.StudentEdited;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.identity.DivisionDirectory;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.IdentityNumberProblem;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Texts;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.spi.StudentSelection;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * The problem queue (问题学籍): duplicate suspects, students entering a later stage without an
 * earlier record, problems the national system flags through the exchange, identity numbers
 * that fail the current rules, students whose class is gone, and identity numbers on two
 * records; listed, found by a {@linkplain #scan scan}, and resolved by the authority by proof,
 * correction or deletion.
 *
 * <p><b>Who.</b> Anyone reads the entries about students whose school lies in the actor's
 * scope. Only the student's registry authority resolves an entry: the county authority whose
 * division is the school's, by the same rule as the review of new students ({@link
 * Scope#isRegistryAuthorityOf}); a city or the province above it does not act for it, a school
 * does not resolve. Access is decided from the entry, which holds no personal data, before any
 * student record is read; refusals are audited. A scan is run by an authority over an area
 * inside its scope.
 *
 * <p><b>Deletion.</b> Resolving by deletion moves a record to {@link
 * RegistrationStatus#DELETED}: it frees its key and registry number for the real record and
 * is seen afterwards only by its school, a branch's central school and its county authority
 * (see {@link Student#isVisibleTo}). The deleted student's other open entries are resolved
 * with it. Entries resolved by deletion are listed only to those who see the record.
 *
 * <p><b>History.</b> Every resolution appends a {@link HistoryKind#PROBLEM_RESOLVED} entry to
 * the student's history, and a deletion a {@link HistoryKind#RECORD_DELETED} entry to the
 * deleted student's, which {@link org.xueji.registry.change.Changes#history} shows in order.
 *
 * <p>Every write runs in one unit of work with its audit entry and event; entries are updated
 * optimistically by version. Obtain it from {@link org.xueji.registry.Registry#problems()}.
 * This class is thread-safe.
 */
public final class Problems {

    private static final int MAX_NOTE = 200;
    private static final int PAGE = 200;
    private static final Set<RegistrationStatus> SCANNED = EnumSet.of(
            RegistrationStatus.COLLECTED, RegistrationStatus.SUBMITTED,
            RegistrationStatus.REGISTERED, RegistrationStatus.SUSPENDED,
            RegistrationStatus.DROPPED_OUT);

    private final RegistryStorage storage;
    private final Clock clock;
    private final Optional<DivisionDirectory> directory;
    private final Auditing auditing;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Problems(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.clock = requireNonNull(clock, "clock");
        this.directory = requireNonNull(policy, "policy").divisionDirectory();
        this.auditing = new Auditing(storage, clock);
    }

    /**
     * Lists every entry about students whose school lies in the actor's scope, oldest first.
     *
     * @param actor  the reader, not null
     * @return the entries, not null
     */
    public List<ProblemRecord> list(Actor actor) {
        return list(actor, ProblemFilter.all());
    }

    /**
     * Lists the entries that fit a filter about students whose school lies in the actor's
     * scope, oldest first. Entries resolved by deletion are left out for a reader the deleted
     * record is not visible to.
     *
     * @param actor  the reader, not null
     * @param filter  which states and kinds, not null
     * @return the entries, not null
     */
    public List<ProblemRecord> list(Actor actor, ProblemFilter filter) {
        requireNonNull(actor, "actor");
        requireNonNull(filter, "filter");
        return storage.unitOfWork().inTransaction(() -> storage.problems()
                .list(actor.scope(), filter).stream()
                .filter(problem -> isVisible(problem, actor.scope()))
                .toList());
    }

    /**
     * Reads an entry.
     *
     * @param actor  an actor whose scope contains the student's school, not null
     * @param problem  the entry, not null
     * @return the entry, not null
     * @throws AccessDeniedException if the student's school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} for an unknown entry, or one
     *     resolved by a deletion the actor may not see
     */
    public ProblemRecord find(Actor actor, ProblemId problem) {
        requireNonNull(actor, "actor");
        requireNonNull(problem, "problem");
        return storage.unitOfWork().inTransaction(() -> {
            ProblemRecord current = findProblem(problem);
            auditing.requireScope(actor, AuditAction.VIEW_PROBLEMS, target(current));
            if (!isVisible(current, actor.scope())) {
                throw StoreFailures.notFound(RecordKind.PROBLEM, problem);
            }
            return current;
        });
    }

    /**
     * Dismisses an open entry with proof (举证排除): the suspicion was wrong. A later scan does
     * not raise the same kind again for the student.
     *
     * @param actor  an administrator of the student's registry authority, not null
     * @param problem  the entry, not null
     * @param note  why, 1 to 200 characters, not null
     * @param proofs  references of the proof documents, at least one, each 1 to 100
     *     characters, not null
     * @return the entry as stored, resolved, not null
     * @throws AccessDeniedException if the actor is not the student's registry authority
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND}, {@link
     *     ErrorCode#PROBLEM_RESOLVED} if the entry is resolved, {@link ErrorCode#INVALID_VALUE}
     *     for a blank note or proof, or {@link ErrorCode#STALE_VERSION}
     */
    public ProblemRecord resolveByProof(Actor actor, ProblemId problem, String note,
            List<String> proofs) {
        requireNonNull(actor, "actor");
        requireNonNull(problem, "problem");
        String text = Texts.required(note, "说明", "note", MAX_NOTE);
        List<String> references = proofs(proofs);
        return storage.unitOfWork().inTransaction(() -> {
            ProblemRecord current = forResolution(actor, problem);
            return resolve(actor, current, new ProblemResolution(ResolutionKind.PROOF, text,
                    references, null, actor.account(), auditing.now()));
        });
    }

    /**
     * Resolves an open entry by a key-data correction (更正关键信息): a completed {@linkplain
     * ChangeKind#KEY_DATA_CORRECTION correction case} about the entry's student or its related
     * student, filed by the school through {@link
     * org.xueji.registry.change.Changes#applyCorrection} and approved.
     *
     * @param actor  an administrator of the student's registry authority, not null
     * @param problem  the entry, not null
     * @param correctionCase  the correction case, not null
     * @param note  a note, up to 200 characters, empty for none, not null
     * @return the entry as stored, resolved, not null
     * @throws AccessDeniedException if the actor is not the student's registry authority
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} for an unknown entry or case,
     *     {@link ErrorCode#PROBLEM_RESOLVED} if the entry is resolved, {@link
     *     ErrorCode#INVALID_VALUE} if the case is not a correction of either student, {@link
     *     ErrorCode#CASE_STATE} if it is not completed, or {@link ErrorCode#STALE_VERSION}
     */
    public ProblemRecord resolveByCorrection(Actor actor, ProblemId problem,
            CaseId correctionCase, String note) {
        requireNonNull(actor, "actor");
        requireNonNull(problem, "problem");
        requireNonNull(correctionCase, "correctionCase");
        String text = Texts.optional(note, "说明", "note", MAX_NOTE);
        return storage.unitOfWork().inTransaction(() -> {
            ProblemRecord current = forResolution(actor, problem);
            ChangeCase found = storage.changeCases().find(correctionCase)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.CHANGE_CASE,
                            correctionCase));
            boolean concerned = found.student().equals(current.student())
                    || found.student().equals(current.relatedStudent());
            if (found.kind() != ChangeKind.KEY_DATA_CORRECTION || !concerned) {
                throw new RegistryException(ErrorCode.INVALID_VALUE,
                        "变动申请" + correctionCase + "不是该问题学籍所涉学生的关键信息变更",
                        "Case " + correctionCase + " is not a key-data correction of the"
                                + " students the problem concerns");
            }
            if (found.state() != CaseState.COMPLETED) {
                throw new RegistryException(ErrorCode.CASE_STATE,
                        "关键信息变更" + correctionCase + "尚未办结",
                        "Correction " + correctionCase + " is " + found.state()
                                + ", not completed");
            }
            return resolve(actor, current, new ProblemResolution(ResolutionKind.CORRECTION,
                    text, List.of(), correctionCase, actor.account(), auditing.now()));
        });
    }

    /**
     * Resolves an open entry by deleting a record (删除学籍): the entry's student or its related
     * student, such as the second record of a duplicated child. The record becomes {@link
     * RegistrationStatus#DELETED}; the deleted student's other open entries are resolved with
     * it.
     *
     * @param actor  an administrator of the registry authority of both the entry's student and
     *     the deleted one, not null
     * @param problem  the entry, not null
     * @param toDelete  the student to delete, the entry's or its related student, not null
     * @param note  why, 1 to 200 characters, not null
     * @return the entry as stored, resolved, not null
     * @throws AccessDeniedException if the actor is not the registry authority of the entry's
     *     or the deleted student
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND}, {@link
     *     ErrorCode#PROBLEM_RESOLVED} if the entry is resolved, {@link ErrorCode#INVALID_VALUE}
     *     if the student is not one the entry concerns, {@link ErrorCode#INVALID_STATUS} if it
     *     is deleted already, {@link ErrorCode#OPEN_CHANGE_CASE} if it has an open change case,
     *     or {@link ErrorCode#STALE_VERSION}
     */
    public ProblemRecord resolveByDeletion(Actor actor, ProblemId problem, StudentId toDelete,
            String note) {
        requireNonNull(actor, "actor");
        requireNonNull(problem, "problem");
        requireNonNull(toDelete, "toDelete");
        String text = Texts.required(note, "删除原因", "note", MAX_NOTE);
        return storage.unitOfWork().inTransaction(() -> {
            ProblemRecord current = forResolution(actor, problem);
            if (!toDelete.equals(current.student())
                    && !toDelete.equals(current.relatedStudent())) {
                throw new RegistryException(ErrorCode.INVALID_VALUE,
                        "学生" + toDelete + "不是该问题学籍所涉学生",
                        "Student " + toDelete + " is not one the problem concerns");
            }
            Student deleted = delete(actor, toDelete, text);
            ProblemResolution resolution = new ProblemResolution(ResolutionKind.DELETION, text,
                    List.of(), null, actor.account(), auditing.now());
            ProblemRecord resolved = resolve(actor, current, resolution);
            for (ProblemKind kind : ProblemKind.values()) {
                storage.problems().findOpen(kind, deleted.id())
                        .ifPresent(other -> resolve(actor, other, resolution));
            }
            return resolved;
        });
    }

    /**
     * Scans the students of an area for problems (排查问题学籍) and adds an open entry for each
     * one found that has none: {@link ProblemKind#IDENTITY_NUMBER_INVALID} for an identity card
     * number that fails {@link IdentityNumber#check} today (against the policy's division
     * directory if it has one), {@link ProblemKind#CLASS_MISSING} for a class no longer stored,
     * {@link ProblemKind#DUPLICATE_IDENTITY} for an identity number by which another student is
     * keyed, and {@link ProblemKind#DUPLICATE_SUSPECT} for a student without an identity number
     * whose name, sex and birth date another student shares.
     *
     * <p>It reads students in school (collected, submitted, registered, suspended, dropped
     * out), never deleted ones, page by page, each page in a unit of work of its own, so its
     * cost per transaction is bounded. It is idempotent: a problem with an open entry of the
     * same kind for the student is counted as already open, and one the authority dismissed
     * with proof is counted as dismissed; neither is added again. A failure leaves the pages
     * before it done; a rerun completes the rest.
     *
     * @param actor  an authority's administrator whose scope contains the area, not null
     * @param area  the division whose students to scan, of any level, not null
     * @return the counts and the entries added, not null
     * @throws AccessDeniedException if the actor is not an authority's or the area lies
     *     outside its scope
     */
    public ScanReport scan(Actor actor, DivisionCode area) {
        requireNonNull(actor, "actor");
        requireNonNull(area, "area");
        AuditTarget target = AuditTarget.of(RecordKind.PROBLEM, "*", Scope.of(area));
        if (!actor.scope().level().isAuthority()) {
            throw auditing.refuse(actor, AuditAction.SCAN_PROBLEMS, target,
                    "：只有主管部门可以排查", "only an authority scans");
        }
        auditing.requireScope(actor, AuditAction.SCAN_PROBLEMS, target);
        Tally tally = new Tally();
        for (RegistrationStatus status : SCANNED) {
            StudentSelection selection = StudentSelection.of(area, status);
            StudentId after = null;
            List<Student> page;
            do {
                StudentId start = after;
                page = storage.unitOfWork().inTransaction(() -> {
                    List<Student> read = storage.students().page(selection, start, PAGE);
                    read.forEach(student -> scanOne(actor, student, tally));
                    return read;
                });
                tally.scanned += page.size();
                after = page.isEmpty() ? null : page.get(page.size() - 1).id();
            } while (page.size() == PAGE);
        }
        return new ScanReport(tally.scanned, tally.found, tally.added, tally.alreadyOpen,
                tally.dismissed);
    }

    private void scanOne(Actor actor, Student student, Tally tally) {
        for (Map.Entry<ProblemKind, Optional<StudentId>> finding
                : findings(student).entrySet()) {
            ProblemKind kind = finding.getKey();
            tally.found++;
            if (storage.problems().findOpen(kind, student.id()).isPresent()) {
                tally.alreadyOpen++;
            } else if (wasDismissed(kind, student.id())) {
                tally.dismissed++;
            } else {
                ProblemRecord added = new ProblemRecord(kind, student.id(),
                        finding.getValue().orElse(null), student.place(), auditing.now());
                storage.problems().add(added);
                auditing.recordChange(actor, AuditAction.SCAN_PROBLEMS, target(added),
                        Auditing.diff(Map.of(), added.facts()),
                        new ProblemRecorded(auditing.now(), added.place(), added.id(),
                                kind, added.student()));
                tally.added.add(added);
            }
        }
    }

    private Map<ProblemKind, Optional<StudentId>> findings(Student student) {
        Map<ProblemKind, Optional<StudentId>> found = new LinkedHashMap<>();
        Optional<String> number = student.identityDocument()
                .filter(document -> document.type() == IdentityDocumentType.RESIDENT_IDENTITY_CARD)
                .flatMap(document -> document.number());
        if (number.isPresent() && checkNumber(number.get()).isPresent()) {
            found.put(ProblemKind.IDENTITY_NUMBER_INVALID, Optional.empty());
        }
        if (storage.classes().find(student.classId()).isEmpty()) {
            found.put(ProblemKind.CLASS_MISSING, Optional.empty());
        }
        Optional<IdentityNumber> identity = student.identityDocument()
                .flatMap(document -> document.identityNumber());
        if (identity.isPresent()) {
            storage.students().findByKey(StudentKey.ofIdentityNumber(identity.get()))
                    .filter(holder -> !holder.id().equals(student.id()))
                    .ifPresent(holder -> found.put(ProblemKind.DUPLICATE_IDENTITY,
                            Optional.of(holder.id())));
        } else {
            storage.students().findByPerson(student.details().name(),
                    student.details().sex(), student.details().birthDate()).stream()
                    .filter(other -> !other.id().equals(student.id()))
                    .findFirst()
                    .ifPresent(other -> found.put(ProblemKind.DUPLICATE_SUSPECT,
                            Optional.of(other.id())));
        }
        return found;
    }

    private Optional<IdentityNumberProblem> checkNumber(String number) {
        return directory.isPresent()
                ? IdentityNumber.check(number, clock, directory.get())
                : IdentityNumber.check(number, clock);
    }

    private boolean wasDismissed(ProblemKind kind, StudentId student) {
        return storage.problems().listForStudent(student).stream()
                .anyMatch(problem -> problem.kind() == kind && problem.resolutionIfAny()
                        .filter(r -> r.kind() == ResolutionKind.PROOF).isPresent());
    }

    private ProblemRecord forResolution(Actor actor, ProblemId id) {
        ProblemRecord current = findProblem(id);
        requireAuthority(actor, target(current), current.place());
        if (!current.isOpen()) {
            throw new RegistryException(ErrorCode.PROBLEM_RESOLVED,
                    "问题学籍" + id + "已处理", "Problem " + id + " is resolved already");
        }
        return current;
    }

    private void requireAuthority(Actor actor, AuditTarget target, Scope place) {
        if (!actor.scope().isRegistryAuthorityOf(place)) {
            throw auditing.refuse(actor, AuditAction.RESOLVE_PROBLEM, target,
                    "：不是该校的学籍主管单位", "not the school's registry authority");
        }
    }

    private ProblemRecord resolve(Actor actor, ProblemRecord current,
            ProblemResolution resolution) {
        ProblemRecord stored = storage.problems().update(current.resolvedBy(resolution));
        auditing.recordChange(actor, AuditAction.RESOLVE_PROBLEM, target(stored),
                Auditing.diff(current.facts(), stored.facts()),
                new ProblemResolved(auditing.now(), stored.place(), stored.id(), stored.kind(),
                        stored.student(), resolution.kind(), stored.version()));
        Map<String, String> facts = new LinkedHashMap<>();
        facts.put("problem", stored.id().toString());
        facts.put("problemKind", stored.kind().name());
        facts.putAll(resolution.facts());
        storage.history().append(stored.student(), HistoryEntry.of(resolution.resolvedAt(),
                HistoryKind.PROBLEM_RESOLVED, actor.account(), facts));
        return stored;
    }

    private Student delete(Actor actor, StudentId id, String note) {
        Scope place = storage.students().placeOf(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
        requireAuthority(actor, AuditTarget.of(RecordKind.STUDENT, id.toString(), place), place);
        Student current = storage.students().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
        if (current.status() == RegistrationStatus.DELETED) {
            throw new RegistryException(ErrorCode.INVALID_STATUS,
                    "学生" + current.details().name() + "的学籍已删除",
                    "Student " + id + " is deleted already");
        }
        if (!storage.changeCases().listOpenForStudent(id).isEmpty()) {
            throw new RegistryException(ErrorCode.OPEN_CHANGE_CASE,
                    "学生" + current.details().name() + "有未办结的学籍变动，不能删除",
                    "Student " + id + " has an open change case and cannot be deleted");
        }
        Student stored = storage.students().update(
                current.withStatus(RegistrationStatus.DELETED, null));
        auditing.recordChange(actor, AuditAction.DELETE_STUDENT,
                AuditTarget.of(RecordKind.STUDENT, id.toString(), place),
                Auditing.diff(current.fields(), stored.fields()),
                new StudentEdited(auditing.now(), place, id, stored.status(),
                        stored.version()));
        storage.history().append(id, HistoryEntry.of(auditing.now(), HistoryKind.RECORD_DELETED,
                actor.account(), Map.of("status", current.status().name(), "note", note)));
        return stored;
    }

    private boolean isVisible(ProblemRecord problem, Scope reader) {
        boolean deletion = problem.resolutionIfAny()
                .filter(r -> r.kind() == ResolutionKind.DELETION).isPresent();
        return !deletion || storage.students().find(problem.student())
                .map(student -> student.isVisibleTo(reader)).orElse(false);
    }

    private ProblemRecord findProblem(ProblemId id) {
        return storage.problems().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.PROBLEM, id));
    }

    private static List<String> proofs(List<String> proofs) {
        requireNonNull(proofs, "proofs");
        List<String> references = new ArrayList<>();
        for (String proof : proofs) {
            references.add(Texts.required(proof, "证明材料", "proof", 100));
        }
        if (references.isEmpty()) {
            throw new RegistryException(ErrorCode.INVALID_VALUE, "须提供证明材料",
                    "At least one proof is required");
        }
        return references;
    }

    private static AuditTarget target(ProblemRecord problem) {
        return AuditTarget.of(RecordKind.PROBLEM, problem.id().toString(), problem.place());
    }

    /** The counts of one scan, kept across its units of work. */
    private static final class Tally {
        private long scanned;
        private int found;
        private int alreadyOpen;
        private int dismissed;
        private final List<ProblemRecord> added = new ArrayList<>();
    }
}
