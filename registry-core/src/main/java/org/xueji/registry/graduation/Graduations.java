package org.xueji.registry.graduation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
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
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Activity;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.event.GraduationReturned;
import org.xueji.registry.event.GraduationSubmitted;
import org.xueji.registry.event.StudentGraduated;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.internal.Texts;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * Graduation (毕业, 结业, 肄业) of the final grades, after the school year (Article 18).
 *
 * <p><b>Compulsory education</b> (primary and junior school): the school records each student's
 * graduation, one by one or for a whole class, and it is final: the student becomes
 * {@link RegistrationStatus#GRADUATED} with the {@link GraduationKind} kept on the record.
 * <b>Senior high</b>: the school submits a {@link GraduationCase}; the competent authority (the
 * school's registry authority) approves it, and the student is graduated, or returns it with a
 * reason, and the school may submit again. Using the other stage's procedure is refused with
 * {@link ErrorCode#WRONG_PROCEDURE}.
 *
 * <p><b>Which students.</b> Only registered students of the final grade of their stage under
 * their class's school system: grade 6 under 六三制 or 5 under 五四制 for primary, 9 for junior,
 * senior 3. A student with an open change case (a transfer, suspension, key-data correction
 * not yet closed, as the {@link org.xueji.registry.spi.OpenCases} port tells) is refused with
 * {@link ErrorCode#OPEN_CHANGE_CASE} until the case is closed; this is checked again when the
 * authority approves. Which kind a student earns is the school's decision and is not checked.
 *
 * <p><b>When.</b> Every call is open only inside the calendar's graduation window
 * ({@link Activity#RECORD_GRADUATION}: from the end of the school year to the deadline,
 * 31 July by default); outside it the call fails with
 * {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW}, naming the phase and the date. A student not
 * graduated by the rollover keeps the grade and is listed for follow-up.
 *
 * <p><b>Who.</b> Schools record and submit: a school administrator whose scope contains the
 * student's school. Only an administrator of the school's authority decides. Access is decided
 * from the student's place before the record is read, and refusals are audited.
 *
 * <p>Each student is handled in a unit of work of its own; the bulk methods return one outcome
 * per student. Obtain it from {@link org.xueji.registry.Registry#graduations()}. This class is
 * thread-safe.
 */
public final class Graduations {

    private final RegistryStorage storage;
    private final Auditing auditing;
    private final Calendars calendars;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Graduations(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.auditing = new Auditing(storage, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                requireNonNull(policy, "policy").calendar(), clock);
    }

    /**
     * Records a compulsory-education student's graduation; it is final.
     *
     * @param actor  a school administrator whose scope contains the student's school, not null
     * @param student  the student, not null
     * @param kind  毕业, 结业 or 肄业, not null
     * @return the student as stored, {@link RegistrationStatus#GRADUATED}, not null
     * @throws AccessDeniedException if the actor is not a school's or the school lies outside
     *     its scope
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, {@link ErrorCode#NOT_FOUND}, {@link ErrorCode#INVALID_STATUS} if the student is
     *     not registered, {@link ErrorCode#NOT_IN_FINAL_GRADE},
     *     {@link ErrorCode#WRONG_PROCEDURE} for a senior student, or
     *     {@link ErrorCode#OPEN_CHANGE_CASE}
     */
    public Student record(Actor actor, StudentId student, GraduationKind kind) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        requireNonNull(kind, "kind");
        requireWindow();
        return storage.unitOfWork().inTransaction(() -> recordOne(actor, student, kind));
    }

    /**
     * Records the graduation of compulsory-education students, each in a unit of work of its
     * own.
     *
     * @param actor  a school administrator, not null
     * @param students  the students with the kind each earned, in the order to report, not null
     * @return one outcome per student, in order, not null
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window
     */
    public List<GraduationOutcome> recordAll(Actor actor, Map<StudentId, GraduationKind> students) {
        requireNonNull(actor, "actor");
        requireWindow();
        List<GraduationOutcome> outcomes = new ArrayList<>();
        students.forEach((id, kind) -> outcomes.add(
                attempt(id, () -> recordOne(actor, id, requireNonNull(kind, "kind")))));
        return outcomes;
    }

    /**
     * Records the same graduation for every registered student of a compulsory-education class,
     * each in a unit of work of its own.
     *
     * @param actor  a school administrator whose scope contains the class's school, not null
     * @param classId  the class, not null
     * @param kind  the kind every student of the class earned, not null
     * @return one outcome per registered student of the class, by student id, not null
     * @throws AccessDeniedException if the class's school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, or {@link ErrorCode#NOT_FOUND} if there is no such class
     */
    public List<GraduationOutcome> recordClass(Actor actor, ClassId classId, GraduationKind kind) {
        requireNonNull(kind, "kind");
        return forClass(actor, classId, AuditAction.RECORD_GRADUATION,
                id -> recordOne(actor, id, kind));
    }

    /**
     * Submits a senior-high student's graduation for the authority's approval.
     *
     * @param actor  a school administrator whose scope contains the student's school, not null
     * @param student  the student, not null
     * @param kind  毕业, 结业 or 肄业, not null
     * @return the case as stored, {@link GraduationCase.State#SUBMITTED}, not null
     * @throws AccessDeniedException if the actor is not a school's or the school lies outside
     *     its scope
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, {@link ErrorCode#NOT_FOUND}, {@link ErrorCode#INVALID_STATUS} if the student is
     *     not registered or a submission waits for a decision,
     *     {@link ErrorCode#NOT_IN_FINAL_GRADE}, {@link ErrorCode#WRONG_PROCEDURE} for a
     *     compulsory-education student, or {@link ErrorCode#OPEN_CHANGE_CASE}
     */
    public GraduationCase submit(Actor actor, StudentId student, GraduationKind kind) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        requireNonNull(kind, "kind");
        requireWindow();
        return storage.unitOfWork().inTransaction(() -> submitOne(actor, student, kind));
    }

    /**
     * Submits the same graduation for every registered student of a senior class, each in a unit
     * of work of its own.
     *
     * @param actor  a school administrator whose scope contains the class's school, not null
     * @param classId  the class, not null
     * @param kind  the kind every student of the class earned, not null
     * @return one outcome per registered student of the class, by student id; a done outcome
     *     carries the student, unchanged until the authority approves, not null
     * @throws AccessDeniedException if the class's school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, or {@link ErrorCode#NOT_FOUND} if there is no such class
     */
    public List<GraduationOutcome> submitClass(Actor actor, ClassId classId, GraduationKind kind) {
        requireNonNull(kind, "kind");
        return forClass(actor, classId, AuditAction.SUBMIT_GRADUATION, id -> {
            submitOne(actor, id, kind);
            return find(id);
        });
    }

    /**
     * Approves a submitted senior-high graduation: the student is graduated.
     *
     * @param actor  an administrator of the student's school's authority, not null
     * @param student  the student, not null
     * @return the student as stored, {@link RegistrationStatus#GRADUATED}, not null
     * @throws AccessDeniedException if the actor is not of the school's authority
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, {@link ErrorCode#NOT_FOUND} if there is no such student or case,
     *     {@link ErrorCode#INVALID_STATUS} if the case is not submitted or the student not
     *     registered, or {@link ErrorCode#OPEN_CHANGE_CASE}
     */
    public Student approve(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        requireWindow();
        return storage.unitOfWork().inTransaction(() -> approveOne(actor, student));
    }

    /**
     * Approves submitted senior-high graduations, each in a unit of work of its own.
     *
     * @param actor  an administrator of the students' schools' authority, not null
     * @param students  the students, not null
     * @return one outcome per student, in order, not null
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window
     */
    public List<GraduationOutcome> approveAll(Actor actor, List<StudentId> students) {
        requireNonNull(actor, "actor");
        requireWindow();
        List<GraduationOutcome> outcomes = new ArrayList<>();
        for (StudentId id : List.copyOf(students)) {
            outcomes.add(attempt(id, () -> approveOne(actor, id)));
        }
        return outcomes;
    }

    /**
     * Returns a submitted senior-high graduation to the school with a reason (退回); the student
     * stays registered and the school may submit again.
     *
     * @param actor  an administrator of the student's school's authority, not null
     * @param student  the student, not null
     * @param reason  why, 1 to 200 characters, not null
     * @return the case as stored, {@link GraduationCase.State#RETURNED}, not null
     * @throws AccessDeniedException if the actor is not of the school's authority
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, {@link ErrorCode#NOT_FOUND} if there is no such student or case,
     *     {@link ErrorCode#INVALID_STATUS} if the case is not submitted, or
     *     {@link ErrorCode#INVALID_VALUE} if the reason is blank or too long
     */
    public GraduationCase returnToSchool(Actor actor, StudentId student, String reason) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        String text = Texts.required(reason, "退回原因", "reason", 200);
        requireWindow();
        return storage.unitOfWork().inTransaction(() -> {
            requireAuthority(actor, AuditAction.RETURN_GRADUATION, student);
            GraduationCase submitted = submittedCase(student);
            GraduationCase stored = storage.graduations().update(
                    submitted.decided(GraduationCase.State.RETURNED, text, auditing.now()));
            auditing.recordChange(actor, AuditAction.RETURN_GRADUATION, caseTarget(stored),
                    Auditing.diff(fields(submitted), fields(stored)),
                    new GraduationReturned(auditing.now(), stored.place(), student, text));
            return stored;
        });
    }

    /**
     * Finds a student's senior-high graduation case.
     *
     * @param actor  an actor whose scope contains the student's school, not null
     * @param student  the student, not null
     * @return the case, or empty if none was submitted
     * @throws AccessDeniedException if the student's school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such student
     */
    public Optional<GraduationCase> findCase(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        return storage.unitOfWork().inTransaction(() -> {
            auditing.requireScope(actor, AuditAction.VIEW_STUDENT, studentTarget(student));
            return storage.graduations().find(student);
        });
    }

    /**
     * Lists the submitted senior-high graduations waiting for an authority's decision.
     *
     * @param actor  an authority's administrator, not null
     * @return the cases of the schools whose authority is the actor's, by student; empty for a
     *     school's actor; not null
     */
    public List<GraduationCase> listSubmitted(Actor actor) {
        requireNonNull(actor, "actor");
        if (!actor.scope().level().isAuthority()) {
            return List.of();
        }
        return storage.unitOfWork().inTransaction(() -> storage.graduations()
                .listWithin(actor.scope().division(), GraduationCase.State.SUBMITTED).stream()
                .filter(found -> found.place().division().equals(actor.scope().division()))
                .toList());
    }

    private Student recordOne(Actor actor, StudentId id, GraduationKind kind) {
        requireSchoolActor(actor, AuditAction.RECORD_GRADUATION, id);
        Student current = find(id);
        requireGraduating(current, true);
        return change(actor, current.graduated(kind), stored -> new StudentGraduated(
                auditing.now(), stored.place(), stored.id(), kind, stored.version()));
    }

    private GraduationCase submitOne(Actor actor, StudentId id, GraduationKind kind) {
        requireSchoolActor(actor, AuditAction.SUBMIT_GRADUATION, id);
        Student current = find(id);
        requireGraduating(current, false);
        Optional<GraduationCase> existing = storage.graduations().find(id);
        if (existing.filter(found -> found.state() == GraduationCase.State.SUBMITTED)
                .isPresent()) {
            throw new RegistryException(ErrorCode.INVALID_STATUS,
                    "学生" + current.details().name() + "的毕业审核已提交，待主管单位审核",
                    "The graduation of student " + id + " is already submitted");
        }
        AcademicYear year = calendars.current().currentYear();
        GraduationCase stored;
        if (existing.isPresent()) {
            stored = storage.graduations().update(
                    existing.get().resubmitted(year, kind, auditing.now()));
        } else {
            stored = GraduationCase.submitted(id, current.place(), year, kind, auditing.now());
            storage.graduations().insert(stored);
        }
        auditing.recordChange(actor, AuditAction.SUBMIT_GRADUATION, caseTarget(stored),
                Auditing.diff(existing.map(Graduations::fields).orElse(Map.of()), fields(stored)),
                new GraduationSubmitted(auditing.now(), stored.place(), id, kind));
        return stored;
    }

    private Student approveOne(Actor actor, StudentId id) {
        requireAuthority(actor, AuditAction.APPROVE_GRADUATION, id);
        GraduationCase submitted = submittedCase(id);
        Student current = find(id);
        requireGraduating(current, false);
        GraduationCase approved = storage.graduations().update(
                submitted.decided(GraduationCase.State.APPROVED, null, auditing.now()));
        storage.auditTrail().append(AuditEntry.done(auditing.now(), actor,
                AuditAction.APPROVE_GRADUATION, caseTarget(approved),
                Auditing.diff(fields(submitted), fields(approved))));
        Student stored = storage.students().update(current.graduated(approved.kind()));
        auditing.recordChange(actor, AuditAction.APPROVE_GRADUATION, studentTarget(stored),
                Auditing.diff(current.fields(), stored.fields()),
                new StudentGraduated(auditing.now(), stored.place(), id, approved.kind(),
                        stored.version()));
        return stored;
    }

    private List<GraduationOutcome> forClass(Actor actor, ClassId classId, AuditAction action,
            Function<StudentId, Student> step) {
        requireNonNull(actor, "actor");
        requireNonNull(classId, "classId");
        requireWindow();
        List<StudentId> ids = storage.unitOfWork().inTransaction(() -> {
            SchoolClass found = storage.classes().find(classId)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.CLASS, classId));
            Scope place = storage.schools().find(found.school()).map(School::scope)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL,
                            found.school()));
            AuditTarget target = AuditTarget.of(RecordKind.CLASS, classId.toString(), place);
            if (actor.role() != Role.SCHOOL_ADMINISTRATOR) {
                throw auditing.refuse(actor, action, target,
                        "：" + actor.role().chineseName() + "不能办理", "only a school does this");
            }
            auditing.requireScope(actor, action, target);
            return storage.students()
                    .listBySchool(found.school(), RegistrationStatus.REGISTERED).stream()
                    .filter(student -> student.classId().equals(classId))
                    .map(Student::id).toList();
        });
        List<GraduationOutcome> outcomes = new ArrayList<>();
        for (StudentId id : ids) {
            outcomes.add(attempt(id, () -> step.apply(id)));
        }
        return outcomes;
    }

    private GraduationOutcome attempt(StudentId id, Supplier<?> step) {
        try {
            Object done = storage.unitOfWork().inTransaction(step);
            return GraduationOutcome.done(done instanceof Student
                    ? (Student) done : find(id));
        } catch (RegistryException ex) {
            return GraduationOutcome.refused(id, ex);
        }
    }

    private void requireWindow() {
        calendars.current().requireOpen(Activity.RECORD_GRADUATION, calendars.today());
    }

    private void requireSchoolActor(Actor actor, AuditAction action, StudentId id) {
        AuditTarget target = studentTarget(id);
        if (actor.role() != Role.SCHOOL_ADMINISTRATOR) {
            throw auditing.refuse(actor, action, target,
                    "：" + actor.role().chineseName() + "不能办理", "only a school does this");
        }
        auditing.requireScope(actor, action, target);
    }

    private void requireAuthority(Actor actor, AuditAction action, StudentId id) {
        AuditTarget target = studentTarget(id);
        boolean competent = actor.scope().level().isAuthority()
                && actor.scope().division().equals(target.place().division());
        if (!competent) {
            throw auditing.refuse(actor, action, target, "：不是该校的学籍主管单位",
                    "not the school's registry authority");
        }
    }

    /**
     * Checks that a student may graduate now by the given procedure: registered, in the final
     * grade of the stage, the stage compulsory for a record and senior for a submission, and no
     * open change case.
     */
    private void requireGraduating(Student student, boolean compulsoryProcedure) {
        if (student.status() != RegistrationStatus.REGISTERED) {
            throw new RegistryException(ErrorCode.INVALID_STATUS,
                    "学生" + student.details().name() + "的学籍状态为“"
                            + student.status().chineseName() + "”，应为“在籍”",
                    "Student " + student.id() + " is " + student.status().englishName()
                            + ", not registered");
        }
        SchoolStage stage = finalStage(student);
        if (stage.isCompulsory() != compulsoryProcedure) {
            throw new RegistryException(ErrorCode.WRONG_PROCEDURE,
                    stage.isCompulsory()
                            ? "义务教育阶段学生的毕业由学校直接办理，无需提交审核"
                            : "高中学生毕业须由学校提交、主管单位审核",
                    stage.isCompulsory()
                            ? "Compulsory-education graduation is recorded by the school"
                            : "Senior-high graduation is submitted for the authority's approval");
        }
        if (storage.openCases().hasOpenCase(student.id())) {
            throw new RegistryException(ErrorCode.OPEN_CHANGE_CASE,
                    "学生" + student.details().name() + "有未办结的学籍异动，须办结后方可办理毕业",
                    "Student " + student.id() + " has an open change case; close it first");
        }
    }

    private SchoolStage finalStage(Student student) {
        AcademicYear year = calendars.current().currentYear();
        int grade = student.cohort().yearsUntil(year) + 1;
        SchoolSystem system = storage.classes().find(student.classId())
                .map(found -> found.profile().schoolSystem())
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.CLASS, student.classId()));
        boolean inSchool = grade >= SchoolSystem.FIRST_GRADE && grade <= SchoolSystem.LAST_GRADE;
        if (!inSchool || !system.isFinalGrade(grade)) {
            throw new RegistryException(ErrorCode.NOT_IN_FINAL_GRADE,
                    "学生" + student.details().name() + "在" + year + "学年不在"
                            + system.chineseName() + "的毕业年级",
                    "Student " + student.id() + " is not in a final grade of "
                            + system.code() + " in " + year);
        }
        return system.stageOf(grade);
    }

    private GraduationCase submittedCase(StudentId id) {
        GraduationCase found = storage.graduations().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.GRADUATION_CASE, id));
        if (found.state() != GraduationCase.State.SUBMITTED) {
            throw new RegistryException(ErrorCode.INVALID_STATUS,
                    "毕业审核的状态为“" + found.state().chineseName() + "”，应为“待审核”",
                    "The graduation case of " + id + " is " + found.state().englishName()
                            + ", not submitted");
        }
        return found;
    }

    private Student change(Actor actor, Student changed, Function<Student, DomainEvent> event) {
        Student current = find(changed.id());
        Student stored = storage.students().update(changed);
        auditing.recordChange(actor, AuditAction.RECORD_GRADUATION, studentTarget(stored),
                Auditing.diff(current.fields(), stored.fields()), event.apply(stored));
        return stored;
    }

    private AuditTarget studentTarget(StudentId id) {
        Scope place = storage.students().placeOf(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
        return AuditTarget.of(RecordKind.STUDENT, id.toString(), place);
    }

    private static AuditTarget studentTarget(Student student) {
        return AuditTarget.of(RecordKind.STUDENT, student.id().toString(), student.place());
    }

    private static AuditTarget caseTarget(GraduationCase graduationCase) {
        return AuditTarget.of(RecordKind.GRADUATION_CASE, graduationCase.student().toString(),
                graduationCase.place());
    }

    private Student find(StudentId id) {
        return storage.students().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
    }

    private static Map<String, String> fields(GraduationCase graduationCase) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", graduationCase.year().toString());
        fields.put("kind", graduationCase.kind().name());
        fields.put("state", graduationCase.state().name());
        graduationCase.returned().ifPresent(reason -> fields.put("returnReason", reason));
        return fields;
    }
}
