package org.xueji.registry.organisation;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RecordKind;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Role;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditAction;
import org.xueji.registry.audit.AuditTarget;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.code.SchoolCategory;
import org.xueji.registry.code.SchoolStage;
import org.xueji.registry.event.AuthorityCreated;
import org.xueji.registry.event.AuthorityUpdated;
import org.xueji.registry.event.ClassCreated;
import org.xueji.registry.event.ClassUpdated;
import org.xueji.registry.event.SchoolCreated;
import org.xueji.registry.event.SchoolUpdated;
import org.xueji.registry.identity.DivisionCode;
import org.xueji.registry.internal.Auditing;
import org.xueji.registry.policy.RegistryPolicy;
import org.xueji.registry.spi.RegistryStorage;
import org.xueji.registry.spi.StoreFailures;

/**
 * The use cases of the registry's organisation (Articles 4 to 10): authorities, schools, branch
 * schools and classes.
 *
 * <p>Every operation takes the acting {@link Actor} first and decides access before it reads the
 * record it acts on: it looks up only where that record lies (an authority's division, or a
 * school's authority division and central school, through
 * {@link org.xueji.registry.spi.SchoolStore#placeOf}), then refuses with an
 * {@link AccessDeniedException} if the actor's scope does not contain it. A refusal is appended
 * to the audit trail in a transaction of its own, so it is kept though the operation fails. Every
 * change runs in one unit of work with its audit entry and domain event; a change based on a
 * stale version fails with {@link ErrorCode#STALE_VERSION}.
 *
 * <p>Obtain it from {@link org.xueji.registry.Registry#organisations()}. This class is
 * thread-safe.
 */
public final class Organisations {

    private final RegistryStorage storage;
    private final RegistryPolicy policy;
    private final Clock clock;
    private final Auditing auditing;

    /**
     * Creates the use cases over a storage; {@link org.xueji.registry.Registry} does this.
     *
     * @param storage  the storage, not null
     * @param policy  the province's rules, not null
     * @param clock  the source of the current time, not null
     */
    public Organisations(RegistryStorage storage, RegistryPolicy policy, Clock clock) {
        this.storage = requireNonNull(storage, "storage");
        this.policy = requireNonNull(policy, "policy");
        this.clock = requireNonNull(clock, "clock");
        this.auditing = new Auditing(storage, clock);
    }

    /**
     * Creates a city or county registry authority (Article 8). Only a province administrator
     * creates authorities, within its province.
     *
     * @param actor  the province administrator, not null
     * @param code  the authority's unit code, not null
     * @param division  the city or county the authority governs, not null
     * @param profile  the authority's other facts, not null
     * @return the authority as stored, version zero, not null
     * @throws AccessDeniedException if the actor is not a province administrator or the division
     *     lies outside its province
     * @throws RegistryException with {@link ErrorCode#ORGANISATION_RULE} if the division is a
     *     province, or {@link ErrorCode#DUPLICATE} if the unit code or the division already has
     *     an authority
     */
    public Authority createAuthority(Actor actor, UnitCode code, DivisionCode division,
            AuthorityProfile profile) {
        requireNonNull(actor, "actor");
        requireNonNull(code, "code");
        requireNonNull(division, "division");
        requireNonNull(profile, "profile");
        AuditTarget target = AuditTarget.of(RecordKind.AUTHORITY, code.value(), Scope.of(division));
        requireRole(actor, AuditAction.CREATE_AUTHORITY, target,
                actor.role() == Role.PROVINCE_ADMINISTRATOR);
        auditing.requireScope(actor, AuditAction.CREATE_AUTHORITY, target);
        if (division.level() == DivisionCode.Level.PROVINCE) {
            throw rule("学籍主管单位须为市级或县级，不能是省级行政区" + division,
                    "An authority governs a city or county, not the province " + division);
        }

        return transaction(() -> {
            if (storage.authorities().find(code).isPresent()) {
                throw StoreFailures.duplicate(RecordKind.AUTHORITY, code);
            }
            if (storage.authorities().findByDivision(division).isPresent()) {
                throw StoreFailures.duplicate(RecordKind.AUTHORITY, division);
            }
            Authority authority = Authority.of(code, division, profile, 0);
            storage.authorities().insert(authority);
            auditing.recordChange(actor, AuditAction.CREATE_AUTHORITY, target,
                    Auditing.diff(Map.of(), authority.fields()),
                    new AuthorityCreated(auditing.now(), target.place(), code, 0));
            return authority;
        });
    }

    /**
     * Reads an authority. The authority is looked up to learn its division before access is
     * decided.
     *
     * @param actor  an actor whose scope contains the authority's division, not null
     * @param code  the authority's unit code, not null
     * @return the authority, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such authority
     * @throws AccessDeniedException if the authority lies outside the actor's scope
     */
    public Authority findAuthority(Actor actor, UnitCode code) {
        requireNonNull(actor, "actor");
        requireNonNull(code, "code");
        return transaction(() -> authorityFor(actor, AuditAction.VIEW_AUTHORITY, code));
    }

    /**
     * Lists the authorities in the actor's scope, by division; a school's actor sees none.
     *
     * @param actor  the reader, not null
     * @return the authorities, not null
     */
    public List<Authority> listAuthorities(Actor actor) {
        requireNonNull(actor, "actor");
        if (!actor.scope().level().isAuthority()) {
            return List.of();
        }
        return transaction(() -> storage.authorities().listWithin(actor.scope().division()));
    }

    /**
     * Changes an authority's profile.
     *
     * @param actor  an actor whose scope contains the authority's division, not null
     * @param code  the authority's unit code, not null
     * @param expectedVersion  the version the change was based on
     * @param profile  the new profile, not null
     * @return the authority as stored, not null; unchanged if the profile is the same
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such authority,
     *     or {@link ErrorCode#STALE_VERSION} if it changed since that version
     * @throws AccessDeniedException if the authority lies outside the actor's scope
     */
    public Authority updateAuthority(Actor actor, UnitCode code, long expectedVersion,
            AuthorityProfile profile) {
        requireNonNull(actor, "actor");
        requireNonNull(code, "code");
        requireNonNull(profile, "profile");
        return transaction(() -> {
            Authority current = authorityFor(actor, AuditAction.UPDATE_AUTHORITY, code);
            Authority changed = current.withProfile(profile).withVersion(expectedVersion);
            if (changed.equals(current)) {
                return current;
            }
            Authority stored = storage.authorities().update(changed);
            auditing.recordChange(actor, AuditAction.UPDATE_AUTHORITY, authorityTarget(current),
                    Auditing.diff(current.fields(), stored.fields()),
                    new AuthorityUpdated(auditing.now(), current.scope(), code,
                            stored.version()));
            return stored;
        });
    }

    /**
     * Creates a school under an authority (Articles 6 and 9) and issues its administrator
     * account. Only a province administrator creates schools; city and county authorities then
     * manage the schools in their scope.
     *
     * <p>The identifier's type digits must be those of the category and its province digits
     * those of the authority's division. The identifier's serial is not checked against any
     * register of issued identifiers.
     *
     * @param actor  the province administrator, not null
     * @param identifier  the school identifier, not null
     * @param authority  the unit code of the school's authority, not null
     * @param profile  the school's other facts, not null
     * @param classesPerGrade  the approved scale, from 1 to 99
     * @return the school as stored and its administrator, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such authority,
     *     {@link ErrorCode#SCHOOL_IDENTIFIER_MISMATCH} if the identifier disagrees with the
     *     category or the authority, or {@link ErrorCode#DUPLICATE} if the identifier is taken
     * @throws AccessDeniedException if the actor is not a province administrator or the
     *     authority lies outside its scope
     * @throws IllegalArgumentException if the scale is out of range
     */
    public SchoolAccount createSchool(Actor actor, SchoolIdentifier identifier,
            UnitCode authority, SchoolProfile profile, int classesPerGrade) {
        requireNonNull(actor, "actor");
        requireNonNull(identifier, "identifier");
        requireNonNull(authority, "authority");
        requireNonNull(profile, "profile");
        return transaction(() -> {
            Authority owner = storage.authorities().find(authority)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.AUTHORITY, authority));
            School school = School.of(identifier, authority, owner.division(), null, profile,
                    classesPerGrade, 0);
            AuditTarget target = schoolTarget(identifier, school.scope());
            requireRole(actor, AuditAction.CREATE_SCHOOL, target,
                    actor.role() == Role.PROVINCE_ADMINISTRATOR);
            auditing.requireScope(actor, AuditAction.CREATE_SCHOOL, target);
            return insertSchool(actor, AuditAction.CREATE_SCHOOL, school);
        });
    }

    /**
     * Adds a branch school (分校) under a district central school (Article 7), and issues the
     * branch's administrator account. The central school's actors, and the authorities above it,
     * may add branches; a branch school cannot have branches of its own. Whether the central
     * school is a rural compulsory school is not checked.
     *
     * @param actor  an actor whose scope contains the new branch, not null
     * @param centralSchool  the central school, not null
     * @param branch  the branch school's identifier, not null
     * @param profile  the branch school's facts, not null
     * @param classesPerGrade  the branch school's approved scale, from 1 to 99
     * @return the branch school as stored and its administrator, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such central
     *     school, {@link ErrorCode#ORGANISATION_RULE} if it is itself a branch school,
     *     {@link ErrorCode#SCHOOL_IDENTIFIER_MISMATCH} if the branch's identifier disagrees with
     *     its category or authority, or {@link ErrorCode#DUPLICATE} if the identifier is taken
     * @throws AccessDeniedException if the central school lies outside the actor's scope
     * @throws IllegalArgumentException if the scale is out of range
     */
    public SchoolAccount addBranchSchool(Actor actor, SchoolIdentifier centralSchool,
            SchoolIdentifier branch, SchoolProfile profile, int classesPerGrade) {
        requireNonNull(actor, "actor");
        requireNonNull(centralSchool, "centralSchool");
        requireNonNull(branch, "branch");
        requireNonNull(profile, "profile");
        return transaction(() -> {
            Scope central = placeOf(centralSchool);
            if (central.level() == Scope.Level.BRANCH_SCHOOL) {
                auditing.requireScope(actor, AuditAction.ADD_BRANCH_SCHOOL,
                        schoolTarget(centralSchool, central));
                throw rule("分校" + centralSchool + "不能再设分校",
                        "Branch school " + centralSchool + " cannot have branch schools");
            }
            Scope place = Scope.ofBranchSchool(branch, centralSchool, central.division());
            auditing.requireScope(actor, AuditAction.ADD_BRANCH_SCHOOL,
                    schoolTarget(branch, place));
            School parent = storage.schools().find(centralSchool)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, centralSchool));
            School school = School.of(branch, parent.authority(), parent.division(),
                    centralSchool, profile, classesPerGrade, 0);
            return insertSchool(actor, AuditAction.ADD_BRANCH_SCHOOL, school);
        });
    }

    /**
     * Reads a school.
     *
     * @param actor  an actor whose scope contains the school, not null
     * @param identifier  the school identifier, not null
     * @return the school, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public School findSchool(Actor actor, SchoolIdentifier identifier) {
        requireNonNull(actor, "actor");
        requireNonNull(identifier, "identifier");
        return transaction(() -> schoolFor(actor, AuditAction.VIEW_SCHOOL, identifier));
    }

    /**
     * Lists the schools, branch schools included, in the actor's scope, by identifier: for an
     * authority every school within its division, for a central school itself and its branches,
     * for any other school itself.
     *
     * @param actor  the reader, not null
     * @return the schools, not null
     */
    public List<School> listSchools(Actor actor) {
        requireNonNull(actor, "actor");
        Scope scope = actor.scope();
        return transaction(() -> {
            if (scope.level().isAuthority()) {
                return storage.schools().listWithin(scope.division());
            }
            SchoolIdentifier own = scope.school().orElseThrow();
            Stream<School> self = storage.schools().find(own).stream();
            Stream<School> branches = scope.level() == Scope.Level.SCHOOL
                    ? storage.schools().listBranches(own).stream() : Stream.empty();
            return Stream.concat(self, branches)
                    .sorted(Comparator.comparing(School::identifier))
                    .collect(Collectors.toUnmodifiableList());
        });
    }

    /**
     * Lists the branch schools of a central school, by identifier.
     *
     * @param actor  an actor whose scope contains the central school, not null
     * @param centralSchool  the central school, not null
     * @return the branch schools, not null, empty if it has none
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school
     * @throws AccessDeniedException if the central school lies outside the actor's scope
     */
    public List<School> listBranchSchools(Actor actor, SchoolIdentifier centralSchool) {
        requireNonNull(actor, "actor");
        requireNonNull(centralSchool, "centralSchool");
        return transaction(() -> {
            Scope place = placeOf(centralSchool);
            auditing.requireScope(actor, AuditAction.VIEW_SCHOOL,
                    schoolTarget(centralSchool, place));
            return storage.schools().listBranches(centralSchool);
        });
    }

    /**
     * Changes a school's profile. A new category must still agree with the identifier's type
     * digits.
     *
     * @param actor  an actor whose scope contains the school, not null
     * @param identifier  the school identifier, not null
     * @param expectedVersion  the version the change was based on
     * @param profile  the new profile, not null
     * @return the school as stored, not null; unchanged if the profile is the same
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school,
     *     {@link ErrorCode#SCHOOL_IDENTIFIER_MISMATCH} if the category disagrees with the
     *     identifier, or {@link ErrorCode#STALE_VERSION} if it changed since that version
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public School updateSchool(Actor actor, SchoolIdentifier identifier, long expectedVersion,
            SchoolProfile profile) {
        requireNonNull(actor, "actor");
        requireNonNull(identifier, "identifier");
        requireNonNull(profile, "profile");
        return transaction(() -> {
            School current = schoolFor(actor, AuditAction.UPDATE_SCHOOL, identifier);
            checkIdentifier(identifier, profile.category(), current.division());
            return updateSchool(actor, AuditAction.UPDATE_SCHOOL, current,
                    current.withProfile(profile).withVersion(expectedVersion));
        });
    }

    /**
     * Changes a school's approved scale (核定办学规模). Only an authority approves a scale; a
     * school cannot change its own. Lowering the scale removes no class.
     *
     * @param actor  a province, city or county administrator whose scope contains the school,
     *     not null
     * @param identifier  the school identifier, not null
     * @param expectedVersion  the version the change was based on
     * @param classesPerGrade  the number of classes each grade may have, from 1 to 99
     * @return the school as stored, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school, or
     *     {@link ErrorCode#STALE_VERSION} if it changed since that version
     * @throws AccessDeniedException if the actor is a school's or the school lies outside its
     *     scope
     * @throws IllegalArgumentException if the scale is out of range
     */
    public School approveScale(Actor actor, SchoolIdentifier identifier, long expectedVersion,
            int classesPerGrade) {
        requireNonNull(actor, "actor");
        requireNonNull(identifier, "identifier");
        return transaction(() -> {
            Scope place = placeOf(identifier);
            AuditTarget target = schoolTarget(identifier, place);
            requireRole(actor, AuditAction.APPROVE_SCALE, target,
                    actor.scope().level().isAuthority());
            auditing.requireScope(actor, AuditAction.APPROVE_SCALE, target);
            School current = storage.schools().find(identifier)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, identifier));
            return updateSchool(actor, AuditAction.APPROVE_SCALE, current,
                    current.withClassesPerGrade(classesPerGrade).withVersion(expectedVersion));
        });
    }

    /**
     * Creates a class in a grade of the current school year (Article 10). The class stores its
     * cohort, so it moves up a grade at each rollover; its number is the next free one in its
     * cohort.
     *
     * <p>The class's school system decides the grade's stage, which the school's category must
     * teach and the class type must belong to. The school's approved scale limits the number of
     * classes per grade. Class names are unique within a grade of a school.
     *
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school, not null
     * @param grade  the grade the class is in this school year, not null
     * @param profile  the class's facts, not null
     * @return the class as stored, version zero, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school,
     *     {@link ErrorCode#GRADE_NOT_OFFERED} if the school does not teach the grade or the class
     *     type does not fit it, {@link ErrorCode#CLASS_SCALE_EXCEEDED} if the grade already has
     *     as many classes as the scale allows, or {@link ErrorCode#DUPLICATE} if the grade has a
     *     class of that name
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public SchoolClass createClass(Actor actor, SchoolIdentifier school, Grade grade,
            ClassProfile profile) {
        requireNonNull(actor, "actor");
        requireNonNull(school, "school");
        requireNonNull(grade, "grade");
        requireNonNull(profile, "profile");
        AcademicYear cohort = grade.cohortIn(policy.currentSchoolYear(clock));
        return transaction(() -> {
            Scope place = placeOf(school);
            auditing.requireScope(actor, AuditAction.CREATE_CLASS, AuditTarget.of(
                    RecordKind.CLASS, school + "-" + cohort.startYear(), place));
            School owner = storage.schools().find(school)
                    .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, school));
            checkOffered(owner, grade, profile);
            List<SchoolClass> siblings = storage.classes().listByCohort(school, cohort);
            if (siblings.size() >= owner.classesPerGrade()) {
                throw scaleExceeded(owner, grade);
            }
            checkNameFree(siblings, profile.name(), null);
            int number = siblings.stream().mapToInt(c -> c.id().number()).max().orElse(0) + 1;
            SchoolClass created = SchoolClass.of(ClassId.of(school, cohort, number), profile, 0);
            storage.classes().insert(created);
            auditing.recordChange(actor, AuditAction.CREATE_CLASS, classTarget(created.id(), place),
                    Auditing.diff(Map.of(), created.fields()),
                    new ClassCreated(auditing.now(), place, created.id(), 0));
            return created;
        });
    }

    /**
     * Reads a class.
     *
     * @param actor  an actor whose scope contains the class's school, not null
     * @param id  the class's identity, not null
     * @return the class, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such class
     * @throws AccessDeniedException if the class's school lies outside the actor's scope
     */
    public SchoolClass findClass(Actor actor, ClassId id) {
        requireNonNull(actor, "actor");
        requireNonNull(id, "id");
        return transaction(() -> classFor(actor, AuditAction.VIEW_CLASS, id));
    }

    /**
     * Lists a school's classes, by identity.
     *
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school, not null
     * @return the classes, not null
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such school
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public List<SchoolClass> listClasses(Actor actor, SchoolIdentifier school) {
        requireNonNull(actor, "actor");
        requireNonNull(school, "school");
        return transaction(() -> {
            Scope place = placeOf(school);
            auditing.requireScope(actor, AuditAction.VIEW_CLASS,
                    AuditTarget.of(RecordKind.CLASS, school.value(), place));
            return storage.classes().listBySchool(school);
        });
    }

    /**
     * Changes a class's profile, under the same rules as {@link #createClass} for the grade the
     * class is in this school year.
     *
     * @param actor  an actor whose scope contains the class's school, not null
     * @param id  the class's identity, not null
     * @param expectedVersion  the version the change was based on
     * @param profile  the new profile, not null
     * @return the class as stored, not null; unchanged if the profile is the same
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such class,
     *     {@link ErrorCode#GRADE_NOT_OFFERED} if the class type no longer fits the grade,
     *     {@link ErrorCode#DUPLICATE} if another class of the grade has the name, or
     *     {@link ErrorCode#STALE_VERSION} if it changed since that version
     * @throws AccessDeniedException if the class's school lies outside the actor's scope
     */
    public SchoolClass updateClass(Actor actor, ClassId id, long expectedVersion,
            ClassProfile profile) {
        requireNonNull(actor, "actor");
        requireNonNull(id, "id");
        requireNonNull(profile, "profile");
        AcademicYear year = policy.currentSchoolYear(clock);
        return transaction(() -> {
            SchoolClass current = classFor(actor, AuditAction.UPDATE_CLASS, id);
            SchoolClass changed = current.withProfile(profile).withVersion(expectedVersion);
            if (changed.equals(current)) {
                return current;
            }
            int gradeNumber = id.cohort().yearsUntil(year) + 1;
            if (gradeNumber >= Grade.FIRST && gradeNumber <= Grade.LAST) {
                School owner = storage.schools().find(id.school())
                        .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, id.school()));
                checkOffered(owner, Grade.of(gradeNumber), profile);
            }
            checkNameFree(storage.classes().listByCohort(id.school(), id.cohort()),
                    profile.name(), id);
            SchoolClass stored = storage.classes().update(changed);
            Scope place = placeOf(id.school());
            auditing.recordChange(actor, AuditAction.UPDATE_CLASS, classTarget(id, place),
                    Auditing.diff(current.fields(), stored.fields()),
                    new ClassUpdated(auditing.now(), place, id, stored.version()));
            return stored;
        });
    }

    private <T> T transaction(Supplier<T> work) {
        return storage.unitOfWork().inTransaction(work);
    }

    private Authority authorityFor(Actor actor, AuditAction action, UnitCode code) {
        Authority authority = storage.authorities().find(code)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.AUTHORITY, code));
        auditing.requireScope(actor, action, authorityTarget(authority));
        return authority;
    }

    private School schoolFor(Actor actor, AuditAction action, SchoolIdentifier identifier) {
        auditing.requireScope(actor, action, schoolTarget(identifier, placeOf(identifier)));
        return storage.schools().find(identifier)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, identifier));
    }

    private SchoolClass classFor(Actor actor, AuditAction action, ClassId id) {
        auditing.requireScope(actor, action, classTarget(id, placeOf(id.school())));
        return storage.classes().find(id)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.CLASS, id));
    }

    private Scope placeOf(SchoolIdentifier school) {
        return storage.schools().placeOf(school)
                .orElseThrow(() -> StoreFailures.notFound(RecordKind.SCHOOL, school));
    }

    private SchoolAccount insertSchool(Actor actor, AuditAction action, School school) {
        checkIdentifier(school.identifier(), school.profile().category(), school.division());
        if (storage.schools().find(school.identifier()).isPresent()) {
            throw StoreFailures.duplicate(RecordKind.SCHOOL, school.identifier());
        }
        storage.schools().insert(school);
        auditing.recordChange(actor, action, schoolTarget(school.identifier(), school.scope()),
                Auditing.diff(Map.of(), school.fields()),
                new SchoolCreated(auditing.now(), school.scope(), school.identifier(), 0));
        Actor administrator = Actor.administrator(school.identifier().value(), school.scope());
        return new SchoolAccount(school, administrator);
    }

    private School updateSchool(Actor actor, AuditAction action, School current, School changed) {
        if (changed.equals(current)) {
            return current;
        }
        School stored = storage.schools().update(changed);
        auditing.recordChange(actor, action, schoolTarget(current.identifier(), current.scope()),
                Auditing.diff(current.fields(), stored.fields()),
                new SchoolUpdated(auditing.now(), current.scope(), current.identifier(),
                        stored.version()));
        return stored;
    }

    private void requireRole(Actor actor, AuditAction action, AuditTarget target,
            boolean allowed) {
        if (!allowed) {
            throw auditing.refuse(actor, action, target,
                    "：" + actor.role().chineseName() + "不能执行此操作",
                    "a " + actor.role() + " may not do this");
        }
    }

    private static void checkIdentifier(SchoolIdentifier identifier, SchoolCategory category,
            DivisionCode division) {
        if (!identifier.typeCode().equals(category.identifierTypeCode())) {
            throw new RegistryException(ErrorCode.SCHOOL_IDENTIFIER_MISMATCH,
                    "学校标识码" + identifier + "的类型代码" + identifier.typeCode() + "与学校类别“"
                            + category.chineseName() + "”不符，应为" + category.identifierTypeCode(),
                    "School identifier " + identifier + " has type code " + identifier.typeCode()
                            + ", but category " + category.code() + " needs "
                            + category.identifierTypeCode());
        }
        if (!identifier.isInProvinceOf(division)) {
            throw new RegistryException(ErrorCode.SCHOOL_IDENTIFIER_MISMATCH,
                    "学校标识码" + identifier + "的省份代码" + identifier.provinceCode()
                            + "与主管单位所在行政区划" + division + "不符",
                    "School identifier " + identifier + " has province code "
                            + identifier.provinceCode() + ", but its authority lies in "
                            + division);
        }
    }

    private static void checkOffered(School school, Grade grade, ClassProfile profile) {
        SchoolStage stage = profile.schoolSystem().stageOf(grade.number());
        SchoolCategory category = school.profile().category();
        if (!category.teaches(stage)) {
            throw new RegistryException(ErrorCode.GRADE_NOT_OFFERED,
                    "学校" + school.identifier() + "（" + category.chineseName() + "）不设"
                            + grade.chineseName() + "（" + stage.chineseName() + "）",
                    "School " + school.identifier() + " (category " + category.code()
                            + ") does not teach grade " + grade.number() + " (" + stage + ")");
        }
        if (profile.classType().stage() != stage) {
            throw new RegistryException(ErrorCode.GRADE_NOT_OFFERED,
                    "班级类型“" + profile.classType().chineseName() + "”不适用于"
                            + grade.chineseName() + "（" + stage.chineseName() + "）",
                    "Class type " + profile.classType().code() + " does not fit grade "
                            + grade.number() + " (" + stage + ")");
        }
    }

    private static void checkNameFree(List<SchoolClass> siblings, String name, ClassId self) {
        for (SchoolClass sibling : siblings) {
            if (sibling.profile().name().equals(name) && !sibling.id().equals(self)) {
                throw StoreFailures.duplicate(RecordKind.CLASS, sibling.id() + " " + name);
            }
        }
    }

    private static RegistryException scaleExceeded(School school, Grade grade) {
        return new RegistryException(ErrorCode.CLASS_SCALE_EXCEEDED,
                "学校" + school.identifier() + "的" + grade.chineseName() + "已有"
                        + school.classesPerGrade() + "个班，达到核定办学规模，不能再建班",
                "School " + school.identifier() + " already has " + school.classesPerGrade()
                        + " classes in grade " + grade.number() + ", its approved scale");
    }

    private static RegistryException rule(String chinese, String english) {
        return new RegistryException(ErrorCode.ORGANISATION_RULE, chinese, english);
    }

    private static AuditTarget authorityTarget(Authority authority) {
        return AuditTarget.of(RecordKind.AUTHORITY, authority.code().value(), authority.scope());
    }

    private static AuditTarget schoolTarget(SchoolIdentifier school, Scope place) {
        return AuditTarget.of(RecordKind.SCHOOL, school.value(), place);
    }

    private static AuditTarget classTarget(ClassId id, Scope place) {
        return AuditTarget.of(RecordKind.CLASS, id.toString(), place);
    }
}
