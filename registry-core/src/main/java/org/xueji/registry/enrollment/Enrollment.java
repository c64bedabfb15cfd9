package org.xueji.registry.enrollment;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
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
import org.xueji.registry.calendar.AcademicCalendar;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Activity;
import org.xueji.registry.calendar.CalendarRefusal;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.code.Sex;
import org.xueji.registry.event.StudentCollected;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.InvalidRegionalNumberException;
import org.xueji.registry.identity.RegionalNumberPrefix;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.internal.Calendars;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.policy.ClassSizeCheck;
import org.xueji.registry.policy.EntryAgePolicy;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.Photo;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;
import org.xueji.registry.student.StudentFlag;
import org.xueji.registry.student.StudentId;
import org.xueji.registry.student.StudentKey;

/**
 * The collection of new students (新生信息采集, Articles 12 to 15): a school enters new students
 * of an entry grade one by one or as a batch of {@link NewStudentForm}s; each form is checked
 * against the {@linkplain EnrollmentRule rules} and either stored as a collected student with
 * its numbers, or refused with every rule that refused it.
 *
 * <p><b>Who.</b> A school administrator whose scope contains the school: the school's own, or
 * for a branch school also its district central school's, which manages the branch's registry.
 * Authorities review; they do not collect.
 *
 * <p><b>Transactions.</b> {@link #enrollAll} checks and writes the forms in chunks of 500, each
 * chunk in one unit of work: one read of the registered keys for the chunk, one count per class,
 * one block of regional numbers per prefix, and one set-based insert of the accepted students
 * with their audit entries and events ({@link org.xueji.registry.spi.StudentStore#insertAll}).
 * Each form is still checked in order against the stored data and the chunk's earlier accepted
 * forms (class sizes, duplicate suspects), so the results are those of enrolling the forms one
 * at a time; a refused form changes nothing. The student store enforces uniqueness again when it
 * writes: if it refuses a duplicate that another writer stored after the chunk's reads, or a
 * number runs out, the chunk rolls back and its forms are enrolled again one by one, each in a
 * unit of work of its own, so two schools racing to enroll one child get one student and one
 * {@link ErrorCode#DUPLICATE} refusal, never an exception out of the batch, and the rolled-back
 * attempt's numbers are gaps. A storage failure that is not a refusal ends the batch with an
 * exception: the chunks before it are kept, the chunk under way is stored not at all, never in
 * part. The duplicate-suspect check reads the chunk's people with one query
 * ({@link org.xueji.registry.spi.StudentStore#findByPeople}); a J registry number still comes
 * from the sequence one at a time.
 *
 * <p>Each chunk's unit of work, and each form's when forms are enrolled one by one, first
 * {@linkplain org.xueji.registry.spi.SchoolStore#hold holds} the school, so forms racing for a
 * class's last places are decided one after another and the class-size rule is never passed by
 * two writers at once; enrollments into one school wait for each other. The entry grade's classes
 * are read once, when a batch opens, and each form's class is looked up among them; a class
 * created or renamed while a batch runs is seen from the next batch on.
 *
 * <p><b>Numbers.</b> Grade 1 gets a G registry number from the student's identity number, or a
 * J number (school location, birth date, a sequence from the number sequence port) when the
 * student has none. Grade 7 and senior grade 1 keep the registry number of the record found
 * under the same key, moved into the new school; with no such record, the student is registered
 * new and flagged {@link StudentFlag#NO_EARLIER_RECORD} for the authority. Every accepted form
 * gets a new regional number; serials come from the sequence port and are never reused.
 *
 * <p><b>Photos.</b> A photo attached to a form is stored with the student; one may also be
 * stored later with {@link #storePhoto}. The entry-year photo rule is checked when the school
 * submits the student for review, not at collection, because clerks enter forms from a
 * spreadsheet first and add photos afterwards.
 *
 * <p><b>Duplicate suspects.</b> A form whose name, sex and birth date match another student
 * with a different key is accepted, flagged {@link StudentFlag#DUPLICATE_SUSPECT} and put on the
 * problem queue; it is not merged.
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#enrollment()}. This class is
 * thread-safe.
 */
public final class Enrollment {

    private static final Pattern CLASS_ID = Pattern.compile("\\d{10}-\\d{4}-\\d{2}");
    private static final int MAX_J_SEQUENCE = 999;
    private static final int CHUNK_SIZE = 500;

    private final RegistryStorage storage;
    private final RegistryPolicy policy;
    private final Clock clock;
    private final Auditing auditing;
    private final Calendars calendars;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Enrollment(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.policy = requireNonNull(policy, "policy");
        this.clock = requireNonNull(clock, "clock");
        this.auditing = new Auditing(storage, clock);
        this.calendars = new Calendars(storage.calendar(), storage.unitOfWork(),
                policy.calendar(), clock);
    }

    /**
     * Collects one new student.
     *
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school, not null
     * @param grade  the entry grade, not null
     * @param form  the form, not null
     * @return the result, accepted or refused, not null
     * @throws AccessDeniedException if the actor is not a school's or the school lies outside
     *     its scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school, or
     *     {@link ErrorCode#GRADE_NOT_OFFERED} if the grade is not an entry grade the school
     *     teaches
     */
    public EnrollmentResult enroll(Actor actor, SchoolIdentifier school, Grade grade,
            NewStudentForm form) {
        requireNonNull(form, "form");
        return enrollAll(actor, school, grade, List.of(form)).results().get(0);
    }

    /**
     * Collects a batch of new students, in chunks of forms each in a unit of work of its own as
     * the class documentation describes, and returns one result per form. A later form with
     * the same key as an earlier form of the batch is refused, whatever became of the earlier
     * one.
     *
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school, not null
     * @param grade  the entry grade (grade 1, or the first grade of junior or senior school in
     *     the school's school system), not null
     * @param forms  the forms, not null
     * @return the results, in the forms' order, not null
     * @throws AccessDeniedException if the actor is not a school's or the school lies outside
     *     its scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school, or
     *     {@link ErrorCode#GRADE_NOT_OFFERED} if the grade is not an entry grade the school
     *     teaches
     */
    public BatchResult enrollAll(Actor actor, SchoolIdentifier school, Grade grade,
            List<NewStudentForm> forms) {
        return run(actor, school, grade, forms, false);
    }

    /**
     * Checks a batch of new students' forms against every rule, as {@link #enrollAll} would,
     * and stores nothing: no student, number, photo, problem, audit entry or event. The rules
     * that need the stored data (already registered, a real class with room) read it.
     *
     * <p>Each form is checked against the data as stored, not as the batch's earlier forms
     * would have left it: a class is checked for room for this one student, so a batch that
     * would fill a class past its cap only together is not refused here. Forms of the batch
     * with the same key are refused as {@link #enrollAll} refuses them.
     *
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school, not null
     * @param grade  the entry grade, not null
     * @param forms  the forms, not null
     * @return the results, in the forms' order; an accepted result holds no student, not null
     * @throws AccessDeniedException if the actor is not a school's or the school lies outside
     *     its scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school, or
     *     {@link ErrorCode#GRADE_NOT_OFFERED} if the grade is not an entry grade the school
     *     teaches
     */
    public BatchResult check(Actor actor, SchoolIdentifier school, Grade grade,
            List<NewStudentForm> forms) {
        return run(actor, school, grade, forms, true);
    }

    /**
     * Finds the student of a school with a key, such as the one a duplicate refusal names.
     *
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school, not null
     * @param key  the student's key, not null
     * @return the student, or empty if no student of the school has that key
     * @throws AccessDeniedException if the school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school
     */
    public Optional<Student> findByKey(Actor actor, SchoolIdentifier school, StudentKey key) {
        requireNonNull(actor, "actor");
        requireNonNull(school, "school");
        requireNonNull(key, "key");
        return storage.unitOfWork().inTransaction(() -> {
            Scope place = storage.schools().placeOf(school)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, school));
            auditing.requireScope(actor, AuditAction.VIEW_STUDENT,
                    AuditTarget.of(RecordKind.SCHOOL, school.value(), place));
            return storage.students().findByKey(key)
                    .filter(found -> found.school().equals(school));
        });
    }

    private BatchResult run(Actor actor, SchoolIdentifier school, Grade grade,
            List<NewStudentForm> forms, boolean checkOnly) {
        requireNonNull(actor, "actor");
        requireNonNull(school, "school");
        requireNonNull(grade, "grade");
        List<NewStudentForm> batch = List.copyOf(forms);
        Batch context = storage.unitOfWork().inTransaction(
                () -> open(actor, school, grade, checkOnly));
        List<EnrollmentResult> results = new ArrayList<>(batch.size());
        Set<StudentKey> seen = new HashSet<>();
        List<Prepared> chunk = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            Prepared prepared = prepare(context, i, batch.get(i), seen);
            if (checkOnly) {
                results.add(enrollOne(actor, context, prepared));
                continue;
            }
            chunk.add(prepared);
            if (chunk.size() == CHUNK_SIZE || i == batch.size() - 1) {
                results.addAll(enrollChunk(actor, context, chunk));
                chunk = new ArrayList<>();
            }
        }
        return new BatchResult(results);
    }

    /**
     * Stores a student's photo, replacing an earlier one.
     *
     * @param actor  a school administrator whose scope contains the student's school, not null
     * @param student  the student, not null
     * @param photo  the photo, not null
     * @throws AccessDeniedException if the student's school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such student,
     *     or {@link ErrorCode#INVALID_PHOTO} if the photo is larger than the policy allows
     */
    public void storePhoto(Actor actor, StudentId student, Photo photo) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        requireNonNull(photo, "photo");
        storage.unitOfWork().inTransaction(() -> {
            Scope place = storage.students().placeOf(student)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, student));
            AuditTarget target = AuditTarget.of(RecordKind.STUDENT, student.toString(), place);
            requireSchoolActor(actor, AuditAction.STORE_PHOTO, target);
            auditing.requireScope(actor, AuditAction.STORE_PHOTO, target);
            checkPhotoSize(photo).ifPresent(refusal -> {
                throw refusal.toException();
            });
            storage.photos().save(student, photo);
            storage.auditTrail().append(AuditEntry.done(
                    auditing.now(), actor, AuditAction.STORE_PHOTO, target, List.of()));
            return null;
        });
    }

    /**
     * Reads a student. A {@linkplain RegistrationStatus#DELETED deleted} record is found only
     * by those {@linkplain Student#isVisibleTo it is visible to}; for a city or the province
     * above its county it is not found.
     *
     * @param actor  an actor whose scope contains the student's school, not null
     * @param student  the student, not null
     * @return the student, not null
     * @throws AccessDeniedException if the student's school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such student, or
     *     none the actor may see
     */
    public Student find(Actor actor, StudentId student) {
        requireNonNull(actor, "actor");
        requireNonNull(student, "student");
        return storage.unitOfWork().inTransaction(() -> {
            Scope place = storage.students().placeOf(student)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, student));
            auditing.requireScope(actor, AuditAction.VIEW_STUDENT,
                    AuditTarget.of(RecordKind.STUDENT, student.toString(), place));
            return storage.students().find(student)
                    .filter(found -> found.isVisibleTo(actor.scope()))
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.STUDENT, student));
        });
    }

    /**
     * Lists a school's students in a status, by id. Deleted students are listed only to those
     * {@linkplain Student#isVisibleTo they are visible to}; to others the list is empty.
     *
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school, not null
     * @param status  the status, not null
     * @return the students, not null
     * @throws AccessDeniedException if the school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school
     */
    public List<Student> list(Actor actor, SchoolIdentifier school, RegistrationStatus status) {
        requireNonNull(actor, "actor");
        requireNonNull(school, "school");
        requireNonNull(status, "status");
        return storage.unitOfWork().inTransaction(() -> {
            Scope place = storage.schools().placeOf(school)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, school));
            auditing.requireScope(actor, AuditAction.VIEW_STUDENT,
                    AuditTarget.of(RecordKind.SCHOOL, school.value(), place));
            return storage.students().listBySchool(school, status).stream()
                    .filter(found -> found.isVisibleTo(actor.scope())).toList();
        });
    }

    private Batch open(Actor actor, SchoolIdentifier schoolId, Grade grade, boolean checkOnly) {
        Scope place = storage.schools().placeOf(schoolId)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, schoolId));
        AuditTarget target = AuditTarget.of(RecordKind.SCHOOL, schoolId.value(), place);
        requireSchoolActor(actor, AuditAction.COLLECT_STUDENT, target);
        auditing.requireScope(actor, AuditAction.COLLECT_STUDENT, target);
        School school = storage.schools().find(schoolId)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, schoolId));
        SchoolStage stage = school.profile().schoolSystem().stageOf(grade.number());
        if (!school.profile().schoolSystem().isEntryGrade(grade.number())
                || !school.profile().category().teaches(stage)) {
            throw new RegistryException(ErrorCode.GRADE_NOT_OFFERED,
                    grade.chineseName() + "不是学校" + schoolId + "招收新生的起始年级",
                    "Grade " + grade.number() + " is not an entry grade of school " + schoolId);
        }
        AcademicCalendar calendar = calendars.current();
        LocalDate today = calendars.today();
        Optional<CalendarRefusal> closed = calendar.check(Activity.COLLECT_NEW_STUDENTS, today);
        AcademicYear year = calendar.currentYear();
        List<SchoolClass> classes = storage.classes().listByCohort(schoolId, grade.cohortIn(year));
        return new Batch(school, place, grade, stage, year, closed, checkOnly, classes);
    }

    /** Reads a form and applies the rules that need no stored data. */
    private Prepared prepare(Batch batch, int index, NewStudentForm form, Set<StudentKey> seen) {
        FormReader.Reading reading = FormReader.read(form, batch.year.startYear(), clock);
        List<Refusal> refusals = new ArrayList<>();
        batch.closed.ifPresent(closed -> refusals.add(new Refusal(
                EnrollmentRule.COLLECTION_WINDOW, ErrorCode.OUTSIDE_CALENDAR_WINDOW,
                FormField.FORM, closed.chineseMessage(), closed.englishMessage())));
        refusals.addAll(reading.refusals());
        StudentDetails details = reading.details();
        StudentKey key = null;
        if (details != null) {
            refusals.addAll(checkIdentity(details, reading.document()));
            key = keyOf(details, reading.document(), reading.guardians(), refusals);
            refusals.addAll(checkAge(batch, details));
            refusals.addAll(checkInclusiveClass(details));
        }
        if (key != null && !seen.add(key)) {
            refusals.add(new Refusal(EnrollmentRule.NOT_TWICE_IN_BATCH, ErrorCode.DUPLICATE,
                    FormField.IDENTITY_NUMBER, "本批次中已有同一学生（" + key + "）的信息表",
                    "The batch already holds a form for the same student (" + key + ")"));
        }
        form.photo().flatMap(this::checkPhotoSize).ifPresent(refusals::add);
        return new Prepared(index, form, reading, key, List.copyOf(refusals));
    }

    /** Checks and writes one prepared form in a unit of work of its own. */
    private EnrollmentResult enrollOne(Actor actor, Batch batch, Prepared prepared) {
        int index = prepared.index();
        try {
            return storage.unitOfWork().inTransaction(() -> {
                if (!batch.checkOnly) {
                    storage.schools().hold(batch.school.identifier());
                }
                return collect(actor, batch, index, prepared.form(), prepared.reading(),
                        prepared.key(), prepared.refusals());
            });
        } catch (InvalidRegionalNumberException ex) {
            return EnrollmentResult.refused(index, List.of(
                    Refusal.of(EnrollmentRule.NUMBERS, FormField.FORM, ex)));
        } catch (RegistryException ex) {
            if (ex.code() != ErrorCode.DUPLICATE && ex.code() != ErrorCode.NUMBERS_EXHAUSTED) {
                throw ex;
            }
            EnrollmentRule rule = ex.code() == ErrorCode.DUPLICATE
                    ? EnrollmentRule.NOT_REGISTERED : EnrollmentRule.NUMBERS;
            return EnrollmentResult.refused(index, List.of(
                    Refusal.of(rule, FormField.IDENTITY_NUMBER, ex)));
        }
    }

    /**
     * Checks and writes a chunk of prepared forms in one unit of work, with set-based reads and
     * writes; if the store refuses a duplicate (raced in by another writer) or a number runs
     * out, the chunk rolls back and its forms are enrolled again one by one, so that each gets
     * its own result. Numbers taken by the rolled-back attempt are gaps, never reused.
     */
    private List<EnrollmentResult> enrollChunk(Actor actor, Batch batch, List<Prepared> chunk) {
        try {
            return storage.unitOfWork().inTransaction(() -> collectChunk(actor, batch, chunk));
        } catch (InvalidRegionalNumberException ex) {
            return oneByOne(actor, batch, chunk);
        } catch (RegistryException ex) {
            if (ex.code() != ErrorCode.DUPLICATE && ex.code() != ErrorCode.NUMBERS_EXHAUSTED) {
                throw ex;
            }
            return oneByOne(actor, batch, chunk);
        }
    }

    private List<EnrollmentResult> oneByOne(Actor actor, Batch batch, List<Prepared> chunk) {
        List<EnrollmentResult> results = new ArrayList<>(chunk.size());
        for (Prepared prepared : chunk) {
            results.add(enrollOne(actor, batch, prepared));
        }
        return results;
    }

    /**
     * The work of {@link #enrollChunk} inside its unit of work: the forms are checked in order
     * as {@link #collect} checks them one at a time, each against the stored data and the
     * chunk's earlier accepted forms (class sizes, duplicate suspects), with one read of the
     * registered keys and one count per class for the whole chunk; the accepted students are
     * then written together, with their audit entries and events.
     */
    private List<EnrollmentResult> collectChunk(Actor actor, Batch batch, List<Prepared> chunk) {
        storage.schools().hold(batch.school.identifier());
        Map<StudentKey, Student> registered = storage.students().findByKeys(chunk.stream()
                .map(Prepared::key).filter(Objects::nonNull).toList());
        Map<String, Optional<SchoolClass>> classes = new HashMap<>();
        for (Prepared form : chunk) {
            String text = form.form().value(FormField.CLASS).strip();
            if (!text.isEmpty()) {
                classes.computeIfAbsent(text, any -> findClass(batch, text));
            }
        }
        Map<Person, List<Student>> storedPeople = new HashMap<>();
        for (Student student : storage.students().findByPeople(chunk.stream()
                .map(form -> form.reading().details()).filter(Objects::nonNull).toList())) {
            storedPeople.computeIfAbsent(Person.of(student.details()), any -> new ArrayList<>())
                    .add(student);
        }
        Map<ClassId, Integer> classSizes = new HashMap<>(storage.students().countInClasses(
                classes.values().stream().flatMap(Optional::stream).map(SchoolClass::id)
                        .distinct().toList()));
        Map<Person, List<Accepted>> acceptedPeople = new HashMap<>();
        List<Accepted> accepted = new ArrayList<>();
        EnrollmentResult[] results = new EnrollmentResult[chunk.size()];
        for (int i = 0; i < chunk.size(); i++) {
            Prepared form = chunk.get(i);
            List<Refusal> refusals = new ArrayList<>(form.refusals());
            List<Refusal> warnings = new ArrayList<>();
            String classText = form.form().value(FormField.CLASS).strip();
            Optional<SchoolClass> schoolClass = classText.isEmpty() ? Optional.empty()
                    : classes.get(classText);
            if (!classText.isEmpty() && schoolClass.isEmpty()) {
                refusals.add(noSuchClass(batch, classText));
            }
            schoolClass.ifPresent(found -> checkClassSize(batch, found,
                    classSizes.get(found.id()) + 1, refusals, warnings));
            Optional<Student> earlierRecord = Optional.ofNullable(
                    form.key() == null ? null : registered.get(form.key()));
            earlierRecord.filter(found -> !continuesFromEarlierStage(batch, found))
                    .ifPresent(found -> refusals.add(alreadyRegistered(form.key(), found)));
            if (!refusals.isEmpty()) {
                results[i] = EnrollmentResult.refused(form.index(), refusals);
                continue;
            }
            classSizes.merge(schoolClass.orElseThrow().id(), 1, Integer::sum);
            Accepted next = accept(batch, i, form, schoolClass.orElseThrow(), earlierRecord,
                    warnings, storedPeople, acceptedPeople);
            accepted.add(next);
            acceptedPeople.computeIfAbsent(Person.of(next.details()), any -> new ArrayList<>())
                    .add(next);
        }
        assignRegionalNumbers(batch, accepted);
        writeChunk(actor, batch, accepted);
        for (Accepted done : accepted) {
            results[done.position()] = new EnrollmentResult(done.form().index(), done.stored,
                    List.of(), done.warnings());
        }
        return List.of(results);
    }

    /** Builds the student of an accepted form of a chunk, all but its regional number. */
    private Accepted accept(Batch batch, int position, Prepared form, SchoolClass schoolClass,
            Optional<Student> earlierRecord, List<Refusal> warnings,
            Map<Person, List<Student>> storedPeople, Map<Person, List<Accepted>> acceptedPeople) {
        StudentDetails details = form.reading().details();
        StudentKey key = form.key();
        Set<StudentId> lookalikes = new TreeSet<>();
        storedPeople.getOrDefault(Person.of(details), List.of())
                .stream().filter(other -> !other.key().equals(key))
                .forEach(other -> lookalikes.add(other.id()));
        acceptedPeople.getOrDefault(Person.of(details), List.of()).stream()
                .filter(other -> !other.form().key().equals(key))
                .forEach(other -> lookalikes.add(other.id()));
        StudentId id = earlierRecord.map(Student::id).orElseGet(StudentId::random);
        Student.Builder builder = collected(batch, id, form.reading(), key, schoolClass,
                earlierRecord, !lookalikes.isEmpty());
        return new Accepted(position, form, id, builder, earlierRecord,
                List.copyOf(lookalikes), hasNoEarlierRecord(batch, earlierRecord), warnings);
    }

    /** Gives the accepted students their regional numbers, one block per prefix. */
    private void assignRegionalNumbers(Batch batch, List<Accepted> accepted) {
        Map<RegionalNumberPrefix, List<Accepted>> byPrefix = new LinkedHashMap<>();
        for (Accepted student : accepted) {
            byPrefix.computeIfAbsent(regionalPrefix(batch, student.details()),
                    any -> new ArrayList<>()).add(student);
        }
        byPrefix.forEach((prefix, students) -> {
            long[] serials = storage.sequences().next("R:" + prefix.value(), students.size());
            for (int i = 0; i < students.size(); i++) {
                students.get(i).builder().regionalNumber(RegionalStudentNumber.of(prefix,
                        (int) Math.min(serials[i], Integer.MAX_VALUE)));
            }
        });
    }

    /** Writes a chunk's accepted students, then their photos, problems, audit and events. */
    private void writeChunk(Actor actor, Batch batch, List<Accepted> accepted) {
        List<Student> fresh = new ArrayList<>();
        for (Accepted student : accepted) {
            student.stored = student.builder().build();
            if (student.earlierRecord().isEmpty()) {
                fresh.add(student.stored);
            }
        }
        storage.students().insertAll(fresh);
        List<AuditEntry> entries = new ArrayList<>(accepted.size());
        List<StudentCollected> events = new ArrayList<>(accepted.size());
        for (Accepted student : accepted) {
            if (student.earlierRecord().isPresent()) {
                student.stored = storage.students().update(student.stored);
            }
            Student stored = student.stored;
            student.form().form().photo()
                    .ifPresent(photo -> storage.photos().save(stored.id(), photo));
            if (student.noEarlierRecord()) {
                storage.problems().add(new ProblemRecord(ProblemKind.NO_EARLIER_RECORD,
                        stored.id(), null, batch.place, auditing.now()));
            }
            for (StudentId other : student.lookalikes()) {
                storage.problems().add(new ProblemRecord(ProblemKind.DUPLICATE_SUSPECT,
                        stored.id(), other, batch.place, auditing.now()));
            }
            Map<String, String> before = student.earlierRecord().map(Student::fields)
                    .orElse(Map.of());
            entries.add(AuditEntry.done(auditing.now(), actor, AuditAction.COLLECT_STUDENT,
                    AuditTarget.of(RecordKind.STUDENT, stored.id().toString(), batch.place),
                    Auditing.diff(before, stored.fields())));
            events.add(new StudentCollected(auditing.now(), batch.place, stored.id(),
                    stored.version()));
        }
        storage.auditTrail().appendAll(entries);
        storage.events().publishAll(events);
    }

    private EnrollmentResult collect(Actor actor, Batch batch, int index, NewStudentForm form,
            FormReader.Reading reading, StudentKey key, List<Refusal> earlier) {
        List<Refusal> refusals = new ArrayList<>(earlier);
        List<Refusal> warnings = new ArrayList<>();
        Optional<SchoolClass> schoolClass = resolveClass(batch, form, refusals);
        schoolClass.ifPresent(found -> checkClassSize(batch, found,
                storage.students().countInClass(found.id()) + 1, refusals, warnings));
        Optional<Student> earlierRecord = Optional.empty();
        if (key != null) {
            earlierRecord = storage.students().findByKey(key);
            earlierRecord.filter(found -> !continuesFromEarlierStage(batch, found))
                    .ifPresent(found -> refusals.add(alreadyRegistered(key, found)));
        }
        if (!refusals.isEmpty()) {
            return EnrollmentResult.refused(index, refusals);
        }
        if (batch.checkOnly) {
            return EnrollmentResult.checked(index, warnings);
        }

        StudentDetails details = reading.details();
        List<Student> lookalikes = storage.students().findByPerson(details.name(),
                details.sex(), details.birthDate()).stream()
                .filter(other -> !other.key().equals(key)).toList();
        boolean noEarlierRecord = hasNoEarlierRecord(batch, earlierRecord);
        StudentId id = earlierRecord.map(Student::id).orElseGet(StudentId::random);
        Student student = collected(batch, id, reading, key, schoolClass.orElseThrow(),
                earlierRecord, !lookalikes.isEmpty())
                .regionalNumber(newRegionalNumber(batch, details)).build();
        Student stored = write(earlierRecord, student);
        form.photo().ifPresent(photo -> storage.photos().save(stored.id(), photo));
        if (noEarlierRecord) {
            storage.problems().add(new ProblemRecord(ProblemKind.NO_EARLIER_RECORD, stored.id(),
                    null, batch.place, auditing.now()));
        }
        for (Student other : lookalikes) {
            storage.problems().add(new ProblemRecord(ProblemKind.DUPLICATE_SUSPECT, stored.id(),
                    other.id(), batch.place, auditing.now()));
        }
        Map<String, String> before = earlierRecord.map(Student::fields).orElse(Map.of());
        auditing.recordChange(actor, AuditAction.COLLECT_STUDENT,
                AuditTarget.of(RecordKind.STUDENT, stored.id().toString(), batch.place),
                Auditing.diff(before, stored.fields()),
                new StudentCollected(auditing.now(), batch.place, stored.id(), stored.version()));
        return new EnrollmentResult(index, stored, List.of(), warnings);
    }

    /**
     * The collected student an accepted form makes, all but its regional number: the earlier
     * record of the same key moved into this school with the form's data, or a new student of
     * the given id with a new registry number, flagged for the authority when a later entry grade found no earlier
     * record or the registry holds someone of the same name, sex and birth date.
     */
    private Student.Builder collected(Batch batch, StudentId newId, FormReader.Reading reading,
            StudentKey key, SchoolClass schoolClass, Optional<Student> earlierRecord,
            boolean lookalike) {
        StudentDetails details = reading.details();
        Student.Builder builder = earlierRecord.map(Student::toBuilder).orElseGet(() ->
                Student.builder().id(newId)
                        .registryNumber(newRegistryNumber(batch, details, reading.document())));
        builder.key(key).details(details).identityDocument(reading.document())
                .guardians(reading.guardians()).place(batch.place).classId(schoolClass.id())
                .status(RegistrationStatus.COLLECTED).returnReason(null);
        if (hasNoEarlierRecord(batch, earlierRecord)) {
            builder.flag(StudentFlag.NO_EARLIER_RECORD);
        }
        if (lookalike) {
            builder.flag(StudentFlag.DUPLICATE_SUSPECT);
        }
        return builder;
    }

    /** Tells whether a student entering a later entry grade arrives without an earlier record. */
    private static boolean hasNoEarlierRecord(Batch batch, Optional<Student> earlierRecord) {
        return batch.grade.number() != Grade.FIRST && earlierRecord.isEmpty();
    }

    private Student write(Optional<Student> earlierRecord, Student student) {
        if (earlierRecord.isPresent()) {
            return storage.students().update(student);
        }
        storage.students().insert(student);
        return student;
    }

    private boolean continuesFromEarlierStage(Batch batch, Student found) {
        if (batch.grade.number() == Grade.FIRST
                || found.status() == RegistrationStatus.COLLECTED
                || found.status() == RegistrationStatus.SUBMITTED) {
            return false;
        }
        return storage.classes().find(found.classId())
                .map(earlierClass -> earlierClass.profile().classType().stage() != batch.stage)
                .orElse(false);
    }

    private static Refusal alreadyRegistered(StudentKey key, Student found) {
        return new Refusal(EnrollmentRule.NOT_REGISTERED, ErrorCode.DUPLICATE,
                FormField.IDENTITY_NUMBER,
                "该学生（" + key + "）已有学籍（学籍号" + found.registryNumber().masked() + "，"
                        + found.status().chineseName() + "），不得重复建籍",
                "The student (" + key + ") already has a registry (" + found.registryNumber()
                        + ", " + found.status().englishName() + ")");
    }

    private List<Refusal> checkIdentity(StudentDetails details, IdentityDocument document) {
        List<Refusal> refusals = new ArrayList<>();
        Optional<IdentityNumber> number = document == null ? Optional.empty()
                : document.identityNumber();
        if (number.isEmpty()) {
            return refusals;
        }
        if (!number.get().birthDate().equals(details.birthDate())) {
            refusals.add(new Refusal(EnrollmentRule.IDENTITY_DOCUMENT,
                    ErrorCode.IDENTITY_MISMATCH, FormField.BIRTH_DATE,
                    "出生日期" + details.birthDate() + "与身份证件号码" + number.get().masked()
                            + "中的出生日期不符",
                    "Birth date " + details.birthDate() + " disagrees with identity number "
                            + number.get().masked()));
        }
        if (number.get().sex() != details.sex()) {
            refusals.add(new Refusal(EnrollmentRule.IDENTITY_DOCUMENT,
                    ErrorCode.IDENTITY_MISMATCH, FormField.SEX,
                    "性别“" + details.sex().chineseName() + "”与身份证件号码"
                            + number.get().masked() + "不符",
                    "Sex " + details.sex() + " disagrees with identity number "
                            + number.get().masked()));
        }
        return refusals;
    }

    private static StudentKey keyOf(StudentDetails details, IdentityDocument document,
            List<Guardian> guardians, List<Refusal> refusals) {
        if (document != null && document.identityNumber().isPresent()) {
            return StudentKey.ofIdentityNumber(document.identityNumber().get());
        }
        Optional<IdentityNumber> guardian = guardians.stream()
                .map(Guardian::identityNumber).flatMap(Optional::stream).findFirst();
        if (guardian.isPresent()) {
            return StudentKey.ofGuardian(guardian.get(), details.name(), details.birthDate());
        }
        if (document != null && document.number().isPresent()) {
            return StudentKey.ofDocument(document);
        }
        refusals.add(new Refusal(EnrollmentRule.IDENTITY_DOCUMENT, ErrorCode.INVALID_VALUE,
                FormField.GUARDIAN1_DOCUMENT_NUMBER,
                "学生无身份证件号码时，须填写监护人的居民身份证号码",
                "A student without an identity number needs a guardian's identity number"));
        return null;
    }

    private List<Refusal> checkAge(Batch batch, StudentDetails details) {
        if (batch.grade.number() != Grade.FIRST) {
            return List.of();
        }
        EntryAgePolicy rule = policy.entryAge();
        int entryYear = batch.year.startYear();
        EntryAgePolicy.Verdict verdict = rule.check(details.birthDate(), entryYear,
                details.disability());
        if (verdict.allowsEntry()) {
            return List.of();
        }
        LocalDate cutOff = rule.cutOff().atYear(entryYear);
        int age = rule.ageOnCutOff(details.birthDate(), entryYear);
        String chinese = verdict == EntryAgePolicy.Verdict.TOO_YOUNG
                ? "截至" + cutOff + "未满" + rule.entryAge() + "周岁，属学龄前儿童，不得建立学籍"
                : "截至" + cutOff + "已满" + age + "周岁，超过一年级入学年龄";
        String english = verdict == EntryAgePolicy.Verdict.TOO_YOUNG
                ? "Not " + rule.entryAge() + " by " + cutOff + ": a preschool child"
                : "Aged " + age + " by " + cutOff + ", older than grade 1 allows";
        return List.of(new Refusal(EnrollmentRule.ENTRY_AGE, ErrorCode.ENTRY_AGE,
                FormField.BIRTH_DATE, chinese, english));
    }

    private static List<Refusal> checkInclusiveClass(StudentDetails details) {
        if (details.inclusiveClass().isConsistentWith(details.disability())) {
            return List.of();
        }
        return List.of(new Refusal(EnrollmentRule.INCLUSIVE_CLASS,
                ErrorCode.INCLUSIVE_CLASS_MISMATCH, FormField.INCLUSIVE_CLASS,
                "随班就读“" + details.inclusiveClass().chineseName() + "”与残疾类型“"
                        + details.disability().chineseName() + "”不符",
                "Inclusive class " + details.inclusiveClass().code()
                        + " disagrees with disability " + details.disability().code()));
    }

    private Optional<Refusal> checkPhotoSize(Photo photo) {
        if (policy.photos().allowsSize(photo.size())) {
            return Optional.empty();
        }
        int limit = policy.photos().maxBytes();
        return Optional.of(new Refusal(EnrollmentRule.PHOTO, ErrorCode.INVALID_PHOTO,
                FormField.PHOTO, "照片大小" + photo.size() + "字节，超过" + limit + "字节的上限",
                "The photo has " + photo.size() + " bytes, above the limit of " + limit));
    }

    private Optional<SchoolClass> resolveClass(Batch batch, NewStudentForm form,
            List<Refusal> refusals) {
        String text = form.value(FormField.CLASS).strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<SchoolClass> found = findClass(batch, text);
        if (found.isEmpty()) {
            refusals.add(noSuchClass(batch, text));
        }
        return found;
    }

    /** Finds the class a form names, by id or by name, among the batch's entry classes. */
    private static Optional<SchoolClass> findClass(Batch batch, String text) {
        return Optional.ofNullable(CLASS_ID.matcher(text).matches()
                ? batch.classesById.get(ClassId.parse(text)) : batch.classesByName.get(text));
    }

    private static Refusal noSuchClass(Batch batch, String text) {
        SchoolIdentifier school = batch.school.identifier();
        return new Refusal(EnrollmentRule.REAL_CLASS, ErrorCode.NOT_FOUND,
                FormField.CLASS, "学校" + school + "的" + batch.grade.chineseName() + "没有班级“"
                        + text + "”",
                "School " + school + " has no class '" + text + "' in grade "
                        + batch.grade.number());
    }

    private void checkClassSize(Batch batch, SchoolClass schoolClass, int size,
            List<Refusal> refusals, List<Refusal> warnings) {
        ClassSizeCheck check = policy.classSizes().check(batch.stage, size);
        if (check.verdict() == ClassSizeCheck.Verdict.ALLOWED) {
            return;
        }
        String name = schoolClass.profile().name();
        String chinese = "班级“" + name + "”人数将达" + size + "人，属于"
                + check.band().chineseName() + "（班额上限" + check.cap() + "人）";
        String english = "Class '" + name + "' would have " + size + " students, "
                + check.band().englishName() + " (cap " + check.cap() + ")";
        Refusal refusal = new Refusal(EnrollmentRule.CLASS_SIZE, ErrorCode.CLASS_SIZE_EXCEEDED,
                FormField.CLASS, chinese, english);
        (check.isRefused() ? refusals : warnings).add(refusal);
    }

    private RegistryNumber newRegistryNumber(Batch batch, StudentDetails details,
            IdentityDocument document) {
        if (document != null && document.identityNumber().isPresent()) {
            return RegistryNumber.of(document.identityNumber().get());
        }
        long sequence = storage.sequences().next("J:" + batch.place.division() + ":"
                + details.birthDate()) - 1;
        if (sequence > MAX_J_SEQUENCE) {
            throw new RegistryException(ErrorCode.NUMBERS_EXHAUSTED,
                    "行政区划" + batch.place.division() + "下同一出生日期的J学籍号已用尽",
                    "No J registry number is left for division " + batch.place.division()
                            + " and this birth date");
        }
        return RegistryNumber.assigned(batch.place.division(), details.birthDate(),
                (int) sequence);
    }

    private RegionalStudentNumber newRegionalNumber(Batch batch, StudentDetails details) {
        RegionalNumberPrefix prefix = regionalPrefix(batch, details);
        long serial = storage.sequences().next("R:" + prefix.value());
        return RegionalStudentNumber.of(prefix, (int) Math.min(serial, Integer.MAX_VALUE));
    }

    private RegionalNumberPrefix regionalPrefix(Batch batch, StudentDetails details) {
        return policy.regionalNumbers().prefix(batch.place.division(), batch.year.startYear(),
                Integer.parseInt(batch.school.profile().districtCode()), batch.stage,
                details.sex(), false);
    }

    private void requireSchoolActor(Actor actor, AuditAction action, AuditTarget target) {
        if (actor.role() != Role.SCHOOL_ADMINISTRATOR) {
            throw auditing.refuse(actor, action, target,
                    "：" + actor.role().chineseName() + "不能执行此操作",
                    "a " + actor.role() + " may not do this");
        }
    }

    /**
     * What every form of one batch shares.
     */
    private static final class Batch {
        private final School school;
        private final Scope place;
        private final Grade grade;
        private final SchoolStage stage;
        private final AcademicYear year;
        private final Optional<CalendarRefusal> closed;
        private final boolean checkOnly;
        private final Map<ClassId, SchoolClass> classesById = new HashMap<>();
        private final Map<String, SchoolClass> classesByName = new HashMap<>();

        /**
         * Opens a batch; {@code classes} are the entry grade's classes, read once for the whole
         * batch, by id and by name (the first of a name, in the store's order, as a scan would
         * find it).
         */
        Batch(School school, Scope place, Grade grade, SchoolStage stage, AcademicYear year,
                Optional<CalendarRefusal> closed, boolean checkOnly, List<SchoolClass> classes) {
            this.school = school;
            this.place = place;
            this.grade = grade;
            this.stage = stage;
            this.year = year;
            this.closed = closed;
            this.checkOnly = checkOnly;
            for (SchoolClass schoolClass : classes) {
                classesById.put(schoolClass.id(), schoolClass);
                classesByName.putIfAbsent(schoolClass.profile().name(), schoolClass);
            }
        }
    }

    /** A form read and checked against the rules that need no stored data. */
    private record Prepared(int index, NewStudentForm form, FormReader.Reading reading,
            StudentKey key, List<Refusal> refusals) {
    }

    /** What duplicate suspects are matched on: name, sex and birth date. */
    private record Person(String name, Sex sex, LocalDate birthDate) {
        static Person of(StudentDetails details) {
            return new Person(details.name(), details.sex(), details.birthDate());
        }
    }

    /** An accepted form of a chunk, its student being built and then stored. */
    private static final class Accepted {
        private final int position;
        private final Prepared form;
        private final StudentId id;
        private final Student.Builder builder;
        private final Optional<Student> earlierRecord;
        private final List<StudentId> lookalikes;
        private final boolean noEarlierRecord;
        private final List<Refusal> warnings;
        private Student stored;

        Accepted(int position, Prepared form, StudentId id, Student.Builder builder,
                Optional<Student> earlierRecord, List<StudentId> lookalikes,
                boolean noEarlierRecord, List<Refusal> warnings) {
            this.position = position;
            this.form = form;
            this.id = id;
            this.builder = builder;
            this.earlierRecord = earlierRecord;
            this.lookalikes = lookalikes;
            this.noEarlierRecord = noEarlierRecord;
            this.warnings = warnings;
        }

        int position() {
            return position;
        }

        Prepared form() {
            return form;
        }

        StudentId id() {
            return id;
        }

        Student.Builder builder() {
            return builder;
        }

        StudentDetails details() {
            return form.reading().details();
        }

        Optional<Student> earlierRecord() {
            return earlierRecord;
        }

        List<StudentId> lookalikes() {
            return lookalikes;
        }

        boolean noEarlierRecord() {
            return noEarlierRecord;
        }

        List<Refusal> warnings() {
            return warnings;
        }
    }
}
