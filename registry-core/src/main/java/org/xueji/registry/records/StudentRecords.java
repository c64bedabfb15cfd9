package org.xueji.registry.records;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Role;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.StudentId;

/**
 * The records a school keeps for its students without review (Article 17): family members,
 * resume, exam results, evaluations, awards and punishments.
 *
 * <p>A school administrator whose scope contains the student's school adds entries; any actor
 * whose scope contains it reads them. Each addition is audited.
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#records()}. This class is thread-safe.
 */
public final class StudentRecords {

    private final RegistryStorage storage;
    private final Auditing auditing;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param clock  the source of the current time, not null
     */
    public StudentRecords(RegistryStorage storage, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.auditing = new Auditing(storage, clock);
    }

    /**
     * Adds an entry to a student's records.
     *
     * @param actor  a school administrator whose scope contains the student's school, not null
     * @param student  the student, not null
     * @param entry  the entry, not null
     * @throws AccessDeniedException if the actor is not a school's or the school lies outside
     *     its scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such student
     */
    public void add(Actor actor, StudentId student, RecordEntry entry) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        requireNonNull(entry, "entry");
        storage.unitOfWork().inTransaction(() -> {
            AuditTarget target = target(student);
            if (actor.role() != Role.SCHOOL_ADMINISTRATOR) {
                throw auditing.refuse(actor, AuditAction.ADD_STUDENT_RECORD, target,
                        "：学生档案记录由学校维护", "the school keeps these records");
            }
            auditing.requireScope(actor, AuditAction.ADD_STUDENT_RECORD, target);
            storage.records().append(student, entry);
            storage.auditTrail().append(AuditEntry.done(auditing.now(), actor,
                    AuditAction.ADD_STUDENT_RECORD, target, Auditing.diff(Map.of(), Map.of(
                            "kind", entry.kind().name(), "date", entry.date().toString(),
                            "title", entry.title()))));
            return null;
        });
    }

    /**
     * Lists a student's entries in the order they were added.
     *
     * @param actor  an actor whose scope contains the student's school, not null
     * @param student  the student, not null
     * @return the entries, not null
     * @throws AccessDeniedException if the school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such student
     */
    public List<RecordEntry> list(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        return storage.unitOfWork().inTransaction(() -> {
            auditing.requireScope(actor, AuditAction.VIEW_STUDENT_RECORDS, target(student));
            return storage.records().list(student);
        });
    }

    private AuditTarget target(StudentId student) {
        Scope place = storage.students().placeOf(student)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, student));
        return AuditTarget.of(RecordKind.STUDENT_RECORD, student.toString(), place);
    }
}
