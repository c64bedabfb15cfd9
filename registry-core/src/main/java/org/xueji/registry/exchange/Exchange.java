package org.xueji.registry.exchange;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.change.HistoryEntry;
import org.xueji.registry.change.HistoryKind;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.event.FeedEntry;
import org.xueji.registry.event.RegistryNumberReplaced;
import org.xueji.registry.event.StudentEvent;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.identity.RegistryNumberKind;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.spi.StudentSelection;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.RegistryNumberChange;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * Exchange with the national student registry system (全国中小学生学籍信息管理系统): exports of a
 * scope's students in the national layout, a change feed that sends each change once, and the
 * import of the national system's answers.
 *
 * <p><b>Export.</b> {@link #export(Actor, Appendable)} writes every student of the actor's
 * scope, whatever their status, as a {@link NationalCsv} file, status by status and in id order
 * within one, reading the store a page at a time so that a province's export stays bounded in
 * memory. A school's export pages through its authority's division and keeps the school's
 * students.
 *
 * <p><b>Change feed.</b> {@link #changesSince(Actor, long, int)} reads the committed events of
 * the outbox after a cursor and returns the students of the scope they concern, once each, in
 * their current state, with the cursor to persist. Polling again with that cursor continues
 * where the last poll stopped: an event is read by exactly one poll, so no change is sent twice
 * and none is missed, as long as the caller persists the cursor only after the batch was
 * delivered. A student who changed again after a poll is sent again by the next one. Change
 * cases, class changes, edits and graduations reach the feed through their
 * {@link StudentEvent}s; the 1 August rollover sends only the students it kept in their grade,
 * since every other student's grade follows from the school year on both sides.
 *
 * <p><b>Answers.</b> {@link #applyIssuedNumbers} replaces a temporary L number (or a J number)
 * by the G number the national system issued after verifying the identity, keeping the old
 * number in the {@link org.xueji.registry.spi.RegistryNumberHistory}, where a former number is
 * found again, and in the student's history ({@link HistoryKind#REGISTRY_NUMBER_CHANGE}), as a
 * key-data correction does. The student is keyed by the verified identity number from then on,
 * and a student who had no identity document gets the resident identity card. A line that
 * confirms the number held changes nothing, and importing the same answer again is harmless.
 * {@link #recordProblems} puts nationally flagged duplicates and population-register
 * mismatches on the problem queue, once each. Each line runs in a unit of work of its own and
 * gets an outcome; refusals of access are audited.
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#exchange()}. This class is thread-safe.
 */
public final class Exchange {

    private static final int PAGE = 500;
    private static final String ISSUED_REASON = "全国学籍系统核验后下发";

    private final RegistryStorage storage;
    private final Clock clock;
    private final Auditing auditing;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param clock  the source of the current time, not null
     */
    public Exchange(RegistryStorage storage, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.clock = requireNonNull(clock, "clock");
        this.auditing = new Auditing(storage, clock);
    }

    /**
     * Writes every student of the actor's scope as a national exchange file, by student id, and
     * records the export in the audit trail. A {@linkplain
     * org.xueji.registry.student.RegistrationStatus#DELETED deleted} record is exported only to
     * those {@linkplain Student#isVisibleTo it is visible to}: its school and its county, never a
     * city or the province.
     *
     * @param actor  the actor whose scope to export, not null
     * @param out  where to write the file, not null
     * @return the number of students written, not negative
     * @throws java.io.UncheckedIOException if writing fails
     */
    public long export(Actor actor, Appendable out) {
        requireNonNull(actor, "actor");
        requireNonNull(out, "out");
        NationalCsv.writeHeader(out);
        return export(actor, record -> NationalCsv.writeRow(out, record));
    }

    /**
     * Hands every student of the actor's scope, as a national record, to a consumer, in the
     * order and with the audit entry of {@link #export(Actor, Appendable)}; another file format
     * (a workbook) writes the same export this way. The consumer is called outside the store's
     * units of work, one page of students being held at a time.
     *
     * @param actor  the actor whose scope to export, not null
     * @param sink  what receives the records, one at a time, not null
     * @return the number of records handed over, not negative
     */
    public long export(Actor actor, Consumer<NationalRecord> sink) {
        requireNonNull(actor, "actor");
        requireNonNull(sink, "sink");
        Scope scope = actor.scope();
        long written = 0;
        for (RegistrationStatus status : RegistrationStatus.values()) {
            StudentSelection selection = StudentSelection.of(scope.division(), status);
            StudentId after = null;
            List<Student> page;
            do {
                StudentId from = after;
                page = storage.unitOfWork().inTransaction(
                        () -> storage.students().page(selection, from, PAGE));
                for (Student student : page) {
                    if (actor.mayActOn(student.place()) && student.isVisibleTo(scope)) {
                        sink.accept(NationalRecord.of(student));
                        written++;
                    }
                    after = student.id();
                }
            } while (page.size() == PAGE);
        }
        AuditTarget target = scope.school()
                .map(school -> AuditTarget.of(RecordKind.SCHOOL, school.value(), scope))
                .orElseGet(() -> AuditTarget.of(RecordKind.AUTHORITY,
                        scope.division().value(), scope));
        storage.unitOfWork().inTransaction(() -> storage.auditTrail().append(AuditEntry.done(
                auditing.now(), actor, AuditAction.EXPORT_STUDENTS, target, List.of())));
        return written;
    }

    /**
     * Reads the changes after a cursor: the students of the actor's scope that events after it
     * concern, once each, in their current state; a deleted record only for those it is
     * {@linkplain Student#isVisibleTo visible to}, as in {@link #export(Actor, Appendable)}.
     *
     * @param actor  the actor whose scope to follow, not null
     * @param cursor  the cursor of the previous batch, 0 for the start of the feed
     * @param limit  the most events to read in this poll, positive
     * @return the batch with the next cursor, not null
     * @throws IllegalArgumentException if the cursor is negative or the limit not positive
     */
    public ChangeBatch changesSince(Actor actor, long cursor, int limit) {
        requireNonNull(actor, "actor");
        if (cursor < 0 || limit <= 0) {
            throw new IllegalArgumentException("cursor " + cursor + ", limit " + limit);
        }
        return storage.unitOfWork().inTransaction(() -> {
            List<FeedEntry> entries = storage.eventFeed().readAfter(cursor, limit);
            Set<StudentId> changed = new LinkedHashSet<>();
            for (FeedEntry entry : entries) {
                if (entry.event() instanceof StudentEvent event
                        && actor.mayActOn(event.place())) {
                    changed.add(event.student());
                }
            }
            List<NationalRecord> records = new ArrayList<>();
            for (StudentId id : changed) {
                storage.students().find(id).filter(student -> actor.mayActOn(student.place())
                                && student.isVisibleTo(actor.scope()))
                        .map(NationalRecord::of).ifPresent(records::add);
            }
            long next = entries.isEmpty() ? cursor : entries.get(entries.size() - 1).position();
            return new ChangeBatch(records, next, entries.size() == limit);
        });
    }

    /**
     * Applies the national system's answer on registry numbers, line by line.
     *
     * @param actor  an actor whose scope holds the students, not null
     * @param answers  the lines, not null
     * @return one outcome per line, in order, not null
     */
    public List<AnswerOutcome> applyIssuedNumbers(Actor actor, List<IssuedNumber> answers) {
        requireNonNull(actor, "actor");
        return each(List.copyOf(answers), (index, answer) -> applyOne(actor, index, answer));
    }

    /**
     * Puts the problems the national system flagged on the problem queue, line by line; a
     * problem already queued for the student is not queued twice.
     *
     * @param actor  an actor whose scope holds the students, not null
     * @param problems  the lines, not null
     * @return one outcome per line, in order, not null
     */
    public List<AnswerOutcome> recordProblems(Actor actor, List<NationalProblem> problems) {
        requireNonNull(actor, "actor");
        return each(List.copyOf(problems), (index, problem) -> recordOne(actor, index, problem));
    }

    /**
     * Lists the registry numbers a student held before, oldest first.
     *
     * @param actor  an actor whose scope contains the student's school, not null
     * @param student  the student, not null
     * @return the replacements, not null
     * @throws AccessDeniedException if the student lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such student
     */
    public List<RegistryNumberChange> numberHistory(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        return storage.unitOfWork().inTransaction(() -> {
            Scope place = storage.students().placeOf(student)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, student));
            auditing.requireScope(actor, AuditAction.VIEW_STUDENT, target(student, place));
            return storage.registryNumberHistory().list(student);
        });
    }

    private AnswerOutcome applyOne(Actor actor, int index, IssuedNumber answer) {
        Optional<Student> holder = storage.students().findByRegistryNumber(answer.sent());
        if (holder.isEmpty()) {
            Optional<RegistryNumberChange> earlier = storage.registryNumberHistory()
                    .findByFormer(answer.sent())
                    .filter(change -> change.current().equals(answer.issued()));
            if (earlier.isPresent()) {
                Student student = inScope(actor, AuditAction.REPLACE_REGISTRY_NUMBER,
                        earlier.get().student(), answer.sent());
                return AnswerOutcome.done(index, AnswerResult.ALREADY_APPLIED, student.id());
            }
            throw StoreFailures.notFound(RecordKind.STUDENT, answer.sent().masked());
        }
        Student student = inScope(actor, AuditAction.REPLACE_REGISTRY_NUMBER, holder.get().id(),
                answer.sent());
        if (answer.sent().equals(answer.issued())) {
            return AnswerOutcome.done(index, AnswerResult.CONFIRMED, student.id());
        }
        checkReplacement(student, answer);
        IdentityNumber identity = answer.issued().identityNumber().orElseThrow();
        Student.Builder changed = student.toBuilder().registryNumber(answer.issued())
                .key(StudentKey.ofIdentityNumber(identity));
        if (student.identityDocument().isEmpty()) {
            changed.identityDocument(IdentityDocument.of(
                    IdentityDocumentType.RESIDENT_IDENTITY_CARD, identity.value(), clock));
        }
        Student stored = storage.students().update(changed.build());
        storage.registryNumberHistory().append(new RegistryNumberChange(student.id(),
                answer.sent(), answer.issued(), auditing.now(), actor.account(), ISSUED_REASON));
        storage.history().append(student.id(), HistoryEntry.of(auditing.now(),
                HistoryKind.REGISTRY_NUMBER_CHANGE, actor.account(), Map.of(
                        "from", answer.sent().value(), "to", answer.issued().value(),
                        "reason", ISSUED_REASON)));
        auditing.recordChange(actor, AuditAction.REPLACE_REGISTRY_NUMBER,
                target(stored.id(), stored.place()),
                Auditing.diff(student.fields(), stored.fields()),
                new RegistryNumberReplaced(auditing.now(), stored.place(), stored.id(),
                        answer.sent(), answer.issued(), stored.version()));
        return AnswerOutcome.done(index, AnswerResult.REPLACED, stored.id());
    }

    private void checkReplacement(Student student, IssuedNumber answer) {
        if (answer.sent().kind() == RegistryNumberKind.G
                || answer.issued().kind() != RegistryNumberKind.G) {
            throw new RegistryException(ErrorCode.INVALID_REGISTRY_NUMBER,
                    "只能以G开头的学籍号替换临时学籍号或自编学籍号",
                    "Only a G number replaces an L or J number");
        }
        Optional<IdentityNumber> own = student.identityDocument()
                .flatMap(IdentityDocument::identityNumber);
        if (own.isPresent() && !own.equals(answer.issued().identityNumber())) {
            throw new RegistryException(ErrorCode.INVALID_REGISTRY_NUMBER,
                    "下发的学籍号与学生的身份证件号不符",
                    "The issued number does not match the student's identity number");
        }
        storage.registryNumberHistory().findByFormer(answer.issued())
                .filter(change -> !change.student().equals(student.id()))
                .ifPresent(change -> {
                    throw StoreFailures.duplicate(RecordKind.STUDENT, answer.issued().masked());
                });
    }

    private AnswerOutcome recordOne(Actor actor, int index, NationalProblem problem) {
        StudentId id = storage.students().findByRegistryNumber(problem.student())
                .map(Student::id)
                .or(() -> storage.registryNumberHistory().findByFormer(problem.student())
                        .map(RegistryNumberChange::student))
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT,
                        problem.student().masked()));
        Student student = inScope(actor, AuditAction.RECORD_NATIONAL_PROBLEM, id,
                problem.student());
        boolean queued = storage.problems().listWithin(student.place()).stream()
                .anyMatch(entry -> entry.kind() == problem.kind()
                        && entry.student().equals(id));
        if (queued) {
            return AnswerOutcome.done(index, AnswerResult.ALREADY_APPLIED, id);
        }
        StudentId related = problem.relatedIfAny()
                .flatMap(number -> storage.students().findByRegistryNumber(number))
                .map(Student::id).orElse(null);
        storage.problems().add(new ProblemRecord(problem.kind(), id, related, student.place(),
                auditing.now()));
        storage.auditTrail().append(AuditEntry.done(auditing.now(), actor,
                AuditAction.RECORD_NATIONAL_PROBLEM, target(id, student.place()), List.of()));
        return AnswerOutcome.done(index, AnswerResult.RECORDED, id);
    }

    /**
     * Returns the student an answer's line names by a registry number, refusing (and auditing
     * the refusal) an actor whose scope does not hold it. The refusal names the student by the
     * line's registry number, masked, which is what the clerk has in front of them, and not by
     * its internal identifier; the audit entry keys the student by that identifier, like every
     * other entry about a student.
     */
    private Student inScope(Actor actor, AuditAction action, StudentId id, RegistryNumber number) {
        Scope place = storage.students().placeOf(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
        if (!actor.mayActOn(place)) {
            throw auditing.refuse(actor, action, target(id, place), number.masked(),
                    "不在其管理范围内", "outside its scope");
        }
        return storage.students().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
    }

    private <T> List<AnswerOutcome> each(List<T> lines, LineStep<T> step) {
        List<AnswerOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int index = i;
            T line = lines.get(i);
            try {
                outcomes.add(storage.unitOfWork().inTransaction(() -> step.apply(index, line)));
            } catch (RegistryException ex) {
                outcomes.add(AnswerOutcome.refused(index, null, ex));
            }
        }
        return outcomes;
    }

    private static AuditTarget target(StudentId id, Scope place) {
        return AuditTarget.of(RecordKind.STUDENT, id.toString(), place);
    }

    /**
     * One line's work, inside its unit of work.
     */
    @FunctionalInterface
    private interface LineStep<T> {
        AnswerOutcome apply(int index, T line);
    }
}
