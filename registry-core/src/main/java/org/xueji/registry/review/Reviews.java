package org.xueji.registry.review;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Role;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.calendar.Activity;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.enrollment.EnrollmentRule;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.event.DomainEvent;
import org.xueji.registry.event.StudentApproved;
import org.xueji.registry.event.StudentReturned;
import org.xueji.registry.event.StudentSubmitted;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.internal.Texts;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * The review of new students (学籍审核, Article 15): the school submits collected students for
 * review after its own pre-review (预审核); the competent authority approves them, and they are
 * registered (在籍), or returns them to the school with a reason, and they are collected again.
 *
 * <p><b>Who.</b> A school administrator whose scope contains the student's school submits: the
 * school's own, or a branch school's central school, which manages the branch's registry. Only
 * the student's school's registry authority (学籍主管单位) decides: an administrator of the
 * division that is the school's authority's. A branch school has its central school's
 * authority, so that authority reviews the branch's students; the central school submits them
 * but does not decide. Province and city administrators above a county authority do not decide
 * for it. Access is decided from the student's place before the record is read, and refusals
 * are audited.
 *
 * <p><b>When.</b> Submitting and deciding are open inside the calendar's windows (until
 * 30 September unless the province allows a late window); outside them every call fails with
 * {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW}.
 *
 * <p><b>Photo.</b> An entry-grade student is submitted only with a JPEG photo within the
 * policy's size limit, taken in the school year's start year.
 *
 * <p>Each student is handled in a unit of work of its own; the bulk methods return one outcome
 * per student. Obtain it from {@link org.xueji.registry.Registry#reviews()}. This class is
 * thread-safe.
 */
public final class Reviews {

    private final RegistryStorage storage;
    private final RegistryPolicy policy;
    private final Auditing auditing;
    private final Calendars calendars;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Reviews(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.policy = requireNonNull(policy, "policy");
        this.auditing = new Auditing(storage, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                policy.calendar(), clock);
    }

    /**
     * Submits a collected student for review.
     *
     * @param actor  a school administrator whose scope contains the student's school, not null
     * @param student  the student, not null
     * @return the student as stored, {@link RegistrationStatus#SUBMITTED}, not null
     * @throws AccessDeniedException if the actor is not a school's or the school lies outside
     *     its scope
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, {@link ErrorCode#NOT_FOUND} if there is no such student,
     *     {@link ErrorCode#INVALID_STATUS} if it is not collected, or
     *     {@link ErrorCode#PHOTO_REQUIRED} or {@link ErrorCode#INVALID_PHOTO} if an entry-grade
     *     student lacks a fitting photo
     */
    public Student submit(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        calendars.current().requireOpen(Activity.SUBMIT_FOR_REVIEW, calendars.today());
        return storage.unitOfWork().inTransaction(() -> submitOne(actor, student));
    }

    /**
     * Submits collected students for review, each in a unit of work of its own.
     *
     * @param actor  a school administrator, not null
     * @param students  the students, not null
     * @return one outcome per student, in order, not null
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window
     */
    public List<ReviewOutcome> submitAll(Actor actor, List<StudentId> students) {
        requireNonNull(actor, "actor");
        calendars.current().requireOpen(Activity.SUBMIT_FOR_REVIEW, calendars.today());
        return each(students, id -> submitOne(actor, id));
    }

    /**
     * Approves a submitted student, who becomes registered (在籍).
     *
     * @param actor  an administrator of the student's school's authority, not null
     * @param student  the student, not null
     * @return the student as stored, {@link RegistrationStatus#REGISTERED}, not null
     * @throws AccessDeniedException if the actor is not of the school's authority
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, {@link ErrorCode#NOT_FOUND} if there is no such student,
     *     {@link ErrorCode#INVALID_STATUS} if it is not submitted, or
     *     {@link ErrorCode#STALE_VERSION} if another decision on the student was stored while
     *     this one was made (of two decisions at once, one is stored and the other fails)
     */
    public Student approve(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        calendars.current().requireOpen(Activity.APPROVE_NEW_STUDENTS, calendars.today());
        return storage.unitOfWork().inTransaction(() -> approveOne(actor, student));
    }

    /**
     * Approves submitted students in bulk, each in a unit of work of its own.
     *
     * @param actor  an administrator of the students' schools' authority, not null
     * @param students  the students, not null
     * @return one outcome per student, in order, not null
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window
     */
    public List<ReviewOutcome> approveAll(Actor actor, List<StudentId> students) {
        requireNonNull(actor, "actor");
        calendars.current().requireOpen(Activity.APPROVE_NEW_STUDENTS, calendars.today());
        return each(students, id -> approveOne(actor, id));
    }

    /**
     * Returns a submitted student to the school with a reason (退回); the student is collected
     * again and the school sees the reason on the record until it submits again.
     *
     * @param actor  an administrator of the student's school's authority, not null
     * @param student  the student, not null
     * @param reason  why, 1 to 200 characters, not null
     * @return the student as stored, {@link RegistrationStatus#COLLECTED}, not null
     * @throws AccessDeniedException if the actor is not of the school's authority
     * @throws RegistryException with {@link ErrorCode#OUTSIDE_CALENDAR_WINDOW} outside the
     *     window, {@link ErrorCode#NOT_FOUND} if there is no such student,
     *     {@link ErrorCode#INVALID_STATUS} if it is not submitted,
     *     {@link ErrorCode#STALE_VERSION} if another decision on the student was stored while
     *     this one was made, or {@link ErrorCode#INVALID_VALUE} if the reason is blank or too
     *     long
     */
    public Student returnToSchool(Actor actor, StudentId student, String reason) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        String text = Texts.requiredLines(reason, "退回原因", "reason", 200);
        calendars.current().requireOpen(Activity.APPROVE_NEW_STUDENTS, calendars.today());
        return storage.unitOfWork().inTransaction(() -> {
            Student current = forDecision(actor, AuditAction.RETURN_STUDENT, student);
            requireStatus(current, RegistrationStatus.SUBMITTED);
            return change(actor, AuditAction.RETURN_STUDENT,
                    current.withStatus(RegistrationStatus.COLLECTED, text),
                    stored -> new StudentReturned(auditing.now(), stored.place(), stored.id(),
                            text, stored.version()));
        });
    }

    /**
     * Lists the submitted students waiting for an authority's decision, by id.
     *
     * @param actor  an authority's administrator, not null
     * @return the students of the schools whose authority is the actor's, empty for a school's
     *     actor, not null
     */
    public List<Student> listSubmitted(Actor actor) {
        requireNonNull(actor, "actor");
        if (!actor.scope().level().isAuthority()) {
            return List.of();
        }
        return storage.unitOfWork().inTransaction(() -> storage.students()
                .listWithin(actor.scope().division(), RegistrationStatus.SUBMITTED).stream()
                .filter(student -> student.county().equals(actor.scope().division()))
                .toList());
    }

    private Student submitOne(Actor actor, StudentId id) {
        Scope place = placeOf(id);
        AuditTarget target = target(id, place);
        if (actor.role() != Role.SCHOOL_ADMINISTRATOR) {
            throw auditing.refuse(actor, AuditAction.SUBMIT_STUDENT, target,
                    "：" + actor.role().chineseName() + "不能提交审核", "only a school submits");
        }
        auditing.requireScope(actor, AuditAction.SUBMIT_STUDENT, target);
        Student current = find(id);
        requireStatus(current, RegistrationStatus.COLLECTED);
        checkPhoto(current);
        return change(actor, AuditAction.SUBMIT_STUDENT,
                current.withStatus(RegistrationStatus.SUBMITTED, null),
                stored -> new StudentSubmitted(auditing.now(), stored.place(), stored.id(),
                        stored.version()));
    }

    private Student approveOne(Actor actor, StudentId id) {
        Student current = forDecision(actor, AuditAction.APPROVE_STUDENT, id);
        requireStatus(current, RegistrationStatus.SUBMITTED);
        return change(actor, AuditAction.APPROVE_STUDENT,
                current.withStatus(RegistrationStatus.REGISTERED, null),
                stored -> new StudentApproved(auditing.now(), stored.place(), stored.id(),
                        stored.version()));
    }

    private Student forDecision(Actor actor, AuditAction action, StudentId id) {
        Scope place = placeOf(id);
        AuditTarget target = target(id, place);
        if (!actor.scope().isRegistryAuthorityOf(place)) {
            throw auditing.refuse(actor, action, target, "：不是该校的学籍主管单位",
                    "not the school's registry authority");
        }
        return find(id);
    }

    private void checkPhoto(Student student) {
        int gradeNumber = student.cohort().yearsUntil(calendars.current().currentYear()) + 1;
        boolean entryGrade = gradeNumber >= Grade.FIRST && gradeNumber <= Grade.LAST
                && storage.classes().find(student.classId())
                        .map(c -> c.profile().schoolSystem().isEntryGrade(gradeNumber))
                        .orElse(false);
        if (!entryGrade) {
            return;
        }
        int entryYear = calendars.current().currentYear().startYear();
        Photo photo = storage.photos().find(student.id())
                .filter(found -> found.takenOn().getYear() == entryYear)
                .orElseThrow(() -> new RegistryException(ErrorCode.PHOTO_REQUIRED,
                        "学生" + student.details().name() + "缺少" + entryYear + "年拍摄的照片",
                        "Student " + student.id() + " has no photo taken in " + entryYear));
        if (!policy.photos().allowsSize(photo.size())) {
            throw new RegistryException(ErrorCode.INVALID_PHOTO,
                    "照片大小" + photo.size() + "字节，超过" + policy.photos().maxBytes() + "字节的上限",
                    "The photo has " + photo.size() + " bytes, above the limit");
        }
    }

    private Student change(Actor actor, AuditAction action, Student changed,
            Function<Student, DomainEvent> event) {
        Student current = find(changed.id());
        Student stored = storage.students().update(changed);
        auditing.recordChange(actor, action, target(stored.id(), stored.place()),
                Auditing.diff(current.fields(), stored.fields()), event.apply(stored));
        return stored;
    }

    private List<ReviewOutcome> each(List<StudentId> students,
            Function<StudentId, Student> step) {
        List<ReviewOutcome> outcomes = new ArrayList<>();
        for (StudentId id : List.copyOf(students)) {
            try {
                Student stored = storage.unitOfWork().inTransaction(() -> step.apply(id));
                outcomes.add(new ReviewOutcome(id, stored, null));
            } catch (RegistryException ex) {
                FormField field = ex.code() == ErrorCode.PHOTO_REQUIRED
                        || ex.code() == ErrorCode.INVALID_PHOTO ? FormField.PHOTO : FormField.FORM;
                EnrollmentRule rule = field == FormField.PHOTO
                        ? EnrollmentRule.PHOTO : EnrollmentRule.REVIEW;
                outcomes.add(new ReviewOutcome(id, null, Refusal.of(rule, field, ex)));
            }
        }
        return outcomes;
    }

    private static void requireStatus(Student student, RegistrationStatus expected) {
        if (student.status() != expected) {
            throw new RegistryException(ErrorCode.INVALID_STATUS,
                    "学生" + student.details().name() + "的学籍状态为“"
                            + student.status().chineseName() + "”，应为“"
                            + expected.chineseName() + "”",
                    "Student " + student.id() + " is " + student.status().englishName()
                            + ", not " + expected.englishName());
        }
    }

    private Scope placeOf(StudentId id) {
        return storage.students().placeOf(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
    }

    private Student find(StudentId id) {
        return storage.students().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, id));
    }

    private static AuditTarget target(StudentId id, Scope place) {
        return AuditTarget.of(RecordKind.STUDENT, id.toString(), place);
    }
}
