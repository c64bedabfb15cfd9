package org.xueji.registry.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.InputStream;
import java.io.StringReader;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xueji.registry.Registry;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.access.Scope;
import org.xueji.registry.audit.AuditEntry;
import org.xueji.registry.audit.AuditLog;
import org.xueji.registry.audit.AuditQuery;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.calendar.SchoolCalendar;
import org.xueji.registry.change.ChangeCase;
import org.xueji.registry.change.ChangeDetails;
import org.xueji.registry.change.Changes;
import org.xueji.registry.enrollment.Enrollment;
import org.xueji.registry.exchange.AnswerOutcome;
import org.xueji.registry.exchange.ChangeBatch;
import org.xueji.registry.exchange.Exchange;
import org.xueji.registry.exchange.IssuedNumber;
import org.xueji.registry.exchange.NationalCsv;
import org.xueji.registry.exchange.NationalProblem;
import org.xueji.registry.exchange.NationalRecord;
import org.xueji.registry.graduation.GraduationCase;
import org.xueji.registry.graduation.GraduationOutcome;
import org.xueji.registry.graduation.Graduations;
import org.xueji.registry.organisation.Authority;
import org.xueji.registry.organisation.Organisations;
import org.xueji.registry.organisation.School;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.organisation.UnitCode;
import org.xueji.registry.photo.PhotoFileResult;
import org.xueji.registry.photo.PhotoImportResult;
import org.xueji.registry.photo.Photos;
import org.xueji.registry.photo.ZipLimits;
import org.xueji.registry.problem.ProblemFilter;
import org.xueji.registry.problem.ProblemKind;
import org.xueji.registry.problem.ProblemRecord;
import org.xueji.registry.problem.Problems;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.records.StudentRecords;
import org.xueji.registry.review.ReviewOutcome;
import org.xueji.registry.review.Reviews;
import org.xueji.registry.statistics.ChangeCounts;
import org.xueji.registry.statistics.ClassSize;
import org.xueji.registry.statistics.PendingReview;
import org.xueji.registry.statistics.Statistics;
import org.xueji.registry.statistics.StatisticsReport;
import org.xueji.registry.statistics.StudentCount;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.RegistryNumberChange;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * Every use case and listing of every service on {@link Registry}, called by actors at each level
 * against records of one branch school. Actors outside the branch's chain (another county, a
 * sibling branch, a school of another county) must be refused, leave a refusal in the audit
 * trail and change nothing; actors on the chain read the records; no listing returns a record
 * outside its caller's scope. A reflective check keeps the matrix complete.
 */
class AccessMatrixTest {

    private static final List<String> OUTSIDERS = List.of("otherCounty", "sibling", "otherSchool");
    private static final List<String> INSIDERS =
            List.of("province", "city", "county", "central", "branch");

    /** Methods that take no actor and read only policy or the calendar, shared by all. */
    private static final Set<String> ACTOR_FREE = Set.of(
            "SchoolCalendar.current/0", "SchoolCalendar.today/0", "SchoolCalendar.phase/0",
            "SchoolCalendar.term/0", "SchoolCalendar.check/1", "SchoolCalendar.require/1",
            "SchoolCalendar.rolloverReport/1");

    private static final List<Op> OPS = ops();

    @Test
    void everyPublicMethodOfEveryServiceIsInTheMatrix() {
        Set<String> covered = OPS.stream().map(Op::key).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (Class<?> service : services()) {
            for (Method method : service.getDeclaredMethods()) {
                String key = service.getSimpleName() + "." + method.getName() + "/"
                        + (method.getParameterCount() - actorParameters(method));
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic()
                        && !Modifier.isStatic(method.getModifiers())
                        && !covered.contains(key) && !ACTOR_FREE.contains(key)) {
                    missing.add(key);
                }
            }
        }

        assertThat(missing).as("public methods missing from the access matrix").isEmpty();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("outsiderCells")
    void anActorOutsideTheBranchIsRefusedAuditedAndChangesNothing(Op op, String role) {
        ScopeFixture f = new ScopeFixture();
        Actor actor = actor(f, role);
        String before = fingerprint(f);
        long refusals = refusals(f, actor);

        Object[] result = new Object[1];
        Throwable thrown = catchThrowable(() -> result[0] = op.call().apply(f, actor));

        if (op.kind() == Kind.LISTING && thrown == null) {
            assertInScope(f, actor, result[0]);
            return;
        }
        if (op.kind() == Kind.CHANGE && thrown == null) {
            assertInScope(f, actor, result[0]);
        } else {
            assertThat(thrown).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(refusals(f, actor)).as("refusals audited").isGreaterThan(refusals);
        assertThat(fingerprint(f)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("insiderReads")
    void anActorOnTheBranchChainReadsItsRecords(Op op, String role) {
        ScopeFixture f = new ScopeFixture();
        Actor actor = actor(f, role);

        Object result = op.call().apply(f, actor);

        assertInScope(f, actor, result);
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("listingCells")
    void aListingHoldsNothingOutsideItsCallersScope(Op op, String role) {
        ScopeFixture f = new ScopeFixture();
        Actor actor = actor(f, role);
        long refusals = refusals(f, actor);

        Object[] result = new Object[1];
        Throwable thrown = catchThrowable(() -> result[0] = op.call().apply(f, actor));

        if (thrown == null) {
            assertInScope(f, actor, result[0]);
        } else {
            assertThat(thrown).isInstanceOf(AccessDeniedException.class);
            assertThat(refusals(f, actor)).as("refusals audited").isGreaterThan(refusals);
        }
    }

    static Stream<Arguments> outsiderCells() {
        return OPS.stream().flatMap(op -> OUTSIDERS.stream().map(role -> Arguments.of(op, role)));
    }

    static Stream<Arguments> insiderReads() {
        return OPS.stream().filter(op -> op.kind() == Kind.READ)
                .flatMap(op -> INSIDERS.stream().map(role -> Arguments.of(op, role)));
    }

    static Stream<Arguments> listingCells() {
        return OPS.stream().filter(op -> op.kind() == Kind.LISTING)
                .flatMap(op -> Stream.concat(INSIDERS.stream(), OUTSIDERS.stream())
                        .map(role -> Arguments.of(op, role)));
    }

    private static List<Op> ops() {
        List<Op> ops = new ArrayList<>();
        organisationOps(ops);
        enrollmentOps(ops);
        changeOps(ops);
        graduationOps(ops);
        problemOps(ops);
        exchangeOps(ops);
        photoOps(ops);
        statisticsOps(ops);
        ops.add(new Op(AuditLog.class, "list", 1, Kind.LISTING,
                (f, a) -> f.registry.audit().list(a, AuditQuery.all())));
        ops.add(new Op(SchoolCalendar.class, "rollover", 1, Kind.CHANGE,
                (f, a) -> f.registry.calendar().rollover(a, AcademicYear.of(2026))));
        ops.add(new Op(SchoolCalendar.class, "rollover", 2, Kind.CHANGE,
                (f, a) -> f.registry.calendar().rollover(a, AcademicYear.of(2026), 10)));
        return List.copyOf(ops);
    }

    private static void organisationOps(List<Op> ops) {
        Class<?> s = Organisations.class;
        ops.add(new Op(s, "createAuthority", 3, Kind.CHANGE, (f, a) -> org(f).createAuthority(
                a, UnitCode.parse("3401110002"), ScopeFixture.BAOHE,
                ScopeFixture.authority("包河区第二教育局"))));
        ops.add(new Op(s, "findAuthority", 1, Kind.READ_AUTHORITY,
                (f, a) -> org(f).findAuthority(a, ScopeFixture.BAOHE_BUREAU)));
        ops.add(new Op(s, "listAuthorities", 0, Kind.LISTING,
                (f, a) -> org(f).listAuthorities(a)));
        ops.add(new Op(s, "updateAuthority", 3, Kind.CHANGE, (f, a) -> org(f).updateAuthority(
                a, ScopeFixture.BAOHE_BUREAU, 0, ScopeFixture.authority("包河区教育局"))));
        ops.add(new Op(s, "createSchool", 4, Kind.CHANGE, (f, a) -> org(f).createSchool(
                a, SchoolIdentifier.parse("2134000009"), ScopeFixture.BAOHE_BUREAU,
                ScopeFixture.school("新学校", org.xueji.registry.code.SchoolCategory.PRIMARY_SCHOOL),
                1)));
        ops.add(new Op(s, "addBranchSchool", 4, Kind.CHANGE, (f, a) -> org(f).addBranchSchool(
                a, ScopeFixture.CENTRAL, SchoolIdentifier.parse("2134000009"),
                ScopeFixture.school("新教学点",
                        org.xueji.registry.code.SchoolCategory.PRIMARY_TEACHING_POINT), 1)));
        ops.add(new Op(s, "findSchool", 1, Kind.READ,
                (f, a) -> org(f).findSchool(a, ScopeFixture.BRANCH)));
        ops.add(new Op(s, "listSchools", 0, Kind.LISTING, (f, a) -> org(f).listSchools(a)));
        ops.add(new Op(s, "listBranchSchools", 1, Kind.LISTING,
                (f, a) -> org(f).listBranchSchools(a, ScopeFixture.CENTRAL)));
        ops.add(new Op(s, "updateSchool", 3, Kind.CHANGE, (f, a) -> org(f).updateSchool(a,
                ScopeFixture.BRANCH, 0, ScopeFixture.school("新民小学二",
                        org.xueji.registry.code.SchoolCategory.PRIMARY_SCHOOL))));
        ops.add(new Op(s, "approveScale", 3, Kind.CHANGE,
                (f, a) -> org(f).approveScale(a, ScopeFixture.BRANCH, 0, 3)));
        ops.add(new Op(s, "createClass", 3, Kind.CHANGE, (f, a) -> org(f).createClass(a,
                ScopeFixture.BRANCH, Grade.of(2), ScopeFixture.classProfile("二（1）班"))));
        ops.add(new Op(s, "findClass", 1, Kind.READ,
                (f, a) -> org(f).findClass(a, f.branchClass.id())));
        ops.add(new Op(s, "listClasses", 1, Kind.LISTING,
                (f, a) -> org(f).listClasses(a, ScopeFixture.BRANCH)));
        ops.add(new Op(s, "updateClass", 3, Kind.CHANGE, (f, a) -> org(f).updateClass(a,
                f.branchClass.id(), 0, ScopeFixture.classProfile("一（9）班"))));
    }

    private static void enrollmentOps(List<Op> ops) {
        Class<?> e = Enrollment.class;
        ops.add(new Op(e, "enroll", 3, Kind.CHANGE, (f, a) -> f.registry.enrollment()
                .enroll(a, ScopeFixture.BRANCH, Grade.of(1), f.form())));
        ops.add(new Op(e, "enrollAll", 3, Kind.CHANGE, (f, a) -> f.registry.enrollment()
                .enrollAll(a, ScopeFixture.BRANCH, Grade.of(1), List.of(f.form()))));
        ops.add(new Op(e, "storePhoto", 2, Kind.CHANGE, (f, a) -> {
            f.registry.enrollment().storePhoto(a, f.collected.id(), ScopeFixture.photo());
            return null;
        }));
        ops.add(new Op(e, "find", 1, Kind.READ,
                (f, a) -> f.registry.enrollment().find(a, f.registered.id())));
        ops.add(new Op(e, "list", 2, Kind.LISTING, (f, a) -> f.registry.enrollment()
                .list(a, ScopeFixture.BRANCH, RegistrationStatus.REGISTERED)));
        ops.add(new Op(e, "check", 3, Kind.CHANGE, (f, a) -> f.registry.enrollment()
                .check(a, ScopeFixture.BRANCH, Grade.of(1), List.of(f.form()))));
        ops.add(new Op(e, "findByKey", 2, Kind.READ, (f, a) -> f.registry.enrollment()
                .findByKey(a, ScopeFixture.BRANCH, f.registered.key())));
        Class<?> r = Reviews.class;
        ops.add(new Op(r, "submit", 1, Kind.CHANGE,
                (f, a) -> f.registry.reviews().submit(a, f.collected.id())));
        ops.add(new Op(r, "submitAll", 1, Kind.CHANGE,
                (f, a) -> f.registry.reviews().submitAll(a, List.of(f.collected.id()))));
        ops.add(new Op(r, "approve", 1, Kind.CHANGE,
                (f, a) -> f.registry.reviews().approve(a, f.submitted.id())));
        ops.add(new Op(r, "approveAll", 1, Kind.CHANGE,
                (f, a) -> f.registry.reviews().approveAll(a, List.of(f.submitted.id()))));
        ops.add(new Op(r, "returnToSchool", 2, Kind.CHANGE,
                (f, a) -> f.registry.reviews().returnToSchool(a, f.submitted.id(), "照片不清")));
        ops.add(new Op(r, "listSubmitted", 0, Kind.LISTING,
                (f, a) -> f.registry.reviews().listSubmitted(a)));
        Class<?> rec = StudentRecords.class;
        ops.add(new Op(rec, "add", 2, Kind.CHANGE, (f, a) -> {
            f.registry.records().add(a, f.registered.id(), new RecordEntry(
                    RecordEntryKind.FAMILY_MEMBER, LocalDate.of(2025, 9, 1), "父亲", "务农"));
            return null;
        }));
        ops.add(new Op(rec, "list", 1, Kind.READ,
                (f, a) -> f.registry.records().list(a, f.registered.id())));
    }

    private static void changeOps(List<Op> ops) {
        Class<?> c = Changes.class;
        List<String> proof = List.of("证明-001");
        LocalDate day = LocalDate.of(2025, 9, 12);
        ops.add(new Op(c, "applyTransfer", 4, Kind.CHANGE, (f, a) -> ch(f).applyTransfer(
                a, f.registered.id(), f.secondClass.id(), "随父母迁居", proof)));
        ops.add(new Op(c, "applySuspension", 4, Kind.CHANGE, (f, a) -> ch(f).applySuspension(
                a, f.registered.id(), day, "因病", proof)));
        ops.add(new Op(c, "applyResumption", 4, Kind.CHANGE, (f, a) -> ch(f).applyResumption(
                a, f.registered.id(), f.secondClass.id(), "病愈", proof)));
        ops.add(new Op(c, "applyWithdrawal", 4, Kind.CHANGE, (f, a) -> ch(f).applyWithdrawal(
                a, f.registered.id(), day, "出国", proof)));
        ops.add(new Op(c, "reportDropout", 4, Kind.CHANGE, (f, a) -> ch(f).reportDropout(
                a, f.registered.id(), day, "失联", proof)));
        ops.add(new Op(c, "cancelForDeath", 4, Kind.CHANGE, (f, a) -> ch(f).cancelForDeath(
                a, f.registered.id(), day, "死亡", proof)));
        ops.add(new Op(c, "applyGradeSkip", 4, Kind.CHANGE, (f, a) -> ch(f).applyGradeSkip(
                a, f.registered.id(), f.secondClass.id(), "跳级", proof)));
        ops.add(new Op(c, "applyCorrection", 4, Kind.CHANGE, (f, a) -> ch(f).applyCorrection(
                a, f.registered.id(), new ChangeDetails.KeyDataCorrection("新名字", null, null,
                        null), "改名", proof)));
        ops.add(new Op(c, "approve", 2, Kind.CHANGE,
                (f, a) -> ch(f).approve(a, f.suspension.id(), "同意")));
        ops.add(new Op(c, "returnCase", 2, Kind.CHANGE,
                (f, a) -> ch(f).returnCase(a, f.suspension.id(), "材料不全")));
        ops.add(new Op(c, "resubmit", 2, Kind.CHANGE,
                (f, a) -> ch(f).resubmit(a, f.suspension.id(), "已补")));
        ops.add(new Op(c, "withdraw", 2, Kind.CHANGE,
                (f, a) -> ch(f).withdraw(a, f.suspension.id(), "撤回")));
        ops.add(new Op(c, "find", 1, Kind.READ, (f, a) -> ch(f).find(a, f.suspension.id())));
        ops.add(new Op(c, "inbox", 0, Kind.LISTING, (f, a) -> ch(f).inbox(a)));
        ops.add(new Op(c, "changeClass", 2, Kind.CHANGE,
                (f, a) -> ch(f).changeClass(a, f.registered.id(), f.secondClass.id())));
        ops.add(new Op(c, "editDetails", 2, Kind.CHANGE, (f, a) -> ch(f).editDetails(
                a, f.registered.id(), f.registered.details())));
        ops.add(new Op(c, "sweepExpiredSuspensions", 1, Kind.LISTING,
                (f, a) -> ch(f).sweepExpiredSuspensions(a, LocalDate.of(2027, 9, 1))));
        ops.add(new Op(c, "history", 1, Kind.READ,
                (f, a) -> ch(f).history(a, f.registered.id())));
    }

    private static void graduationOps(List<Op> ops) {
        Class<?> g = Graduations.class;
        ops.add(new Op(g, "record", 2, Kind.CHANGE, (f, a) -> grad(f).record(
                a, f.registered.id(), GraduationKind.GRADUATED)));
        ops.add(new Op(g, "recordAll", 1, Kind.CHANGE, (f, a) -> grad(f).recordAll(
                a, Map.of(f.registered.id(), GraduationKind.GRADUATED))));
        ops.add(new Op(g, "recordClass", 2, Kind.CHANGE, (f, a) -> grad(f).recordClass(
                a, f.branchClass.id(), GraduationKind.GRADUATED)));
        ops.add(new Op(g, "submit", 2, Kind.CHANGE, (f, a) -> grad(f).submit(
                a, f.registered.id(), GraduationKind.GRADUATED)));
        ops.add(new Op(g, "submitClass", 2, Kind.CHANGE, (f, a) -> grad(f).submitClass(
                a, f.branchClass.id(), GraduationKind.GRADUATED)));
        ops.add(new Op(g, "approve", 1, Kind.CHANGE,
                (f, a) -> grad(f).approve(a, f.registered.id())));
        ops.add(new Op(g, "approveAll", 1, Kind.CHANGE,
                (f, a) -> grad(f).approveAll(a, List.of(f.registered.id()))));
        ops.add(new Op(g, "returnToSchool", 2, Kind.CHANGE,
                (f, a) -> grad(f).returnToSchool(a, f.registered.id(), "材料不全")));
        ops.add(new Op(g, "findCase", 1, Kind.READ,
                (f, a) -> grad(f).findCase(a, f.registered.id())));
        ops.add(new Op(g, "listSubmitted", 0, Kind.LISTING, (f, a) -> grad(f).listSubmitted(a)));
    }

    private static void problemOps(List<Op> ops) {
        Class<?> p = Problems.class;
        ops.add(new Op(p, "list", 0, Kind.LISTING, (f, a) -> f.registry.problems().list(a)));
        ops.add(new Op(p, "list", 1, Kind.LISTING,
                (f, a) -> f.registry.problems().list(a, ProblemFilter.all())));
        ops.add(new Op(p, "find", 1, Kind.READ,
                (f, a) -> f.registry.problems().find(a, f.problem.id())));
        ops.add(new Op(p, "resolveByProof", 3, Kind.CHANGE, (f, a) -> f.registry.problems()
                .resolveByProof(a, f.problem.id(), "双胞胎", List.of("出生证明-001"))));
        ops.add(new Op(p, "resolveByCorrection", 3, Kind.CHANGE, (f, a) -> f.registry.problems()
                .resolveByCorrection(a, f.problem.id(), f.suspension.id(), "已更正")));
        ops.add(new Op(p, "resolveByDeletion", 3, Kind.CHANGE, (f, a) -> f.registry.problems()
                .resolveByDeletion(a, f.problem.id(), f.duplicate.id(), "重复建籍")));
        ops.add(new Op(p, "scan", 1, Kind.CHANGE,
                (f, a) -> f.registry.problems().scan(a, ScopeFixture.BAOHE)));
    }

    private static void exchangeOps(List<Op> ops) {
        Class<?> x = Exchange.class;
        ops.add(new Op(x, "export", 1, Kind.LISTING, (f, a) -> {
            StringBuilder out = new StringBuilder();
            f.registry.exchange().export(a, out);
            return NationalCsv.read(new StringReader(out.toString()));
        }));
        ops.add(new Op(x, "changesSince", 2, Kind.LISTING,
                (f, a) -> f.registry.exchange().changesSince(a, 0, 10_000)));
        ops.add(new Op(x, "applyIssuedNumbers", 1, Kind.CHANGE, (f, a) -> f.registry.exchange()
                .applyIssuedNumbers(a, List.of(new IssuedNumber(f.registered.registryNumber(),
                        f.registered.registryNumber())))));
        ops.add(new Op(x, "recordProblems", 1, Kind.CHANGE, (f, a) -> f.registry.exchange()
                .recordProblems(a, List.of(new NationalProblem(f.registered.registryNumber(),
                        ProblemKind.POPULATION_REGISTER_MISMATCH, null)))));
        ops.add(new Op(x, "numberHistory", 1, Kind.READ,
                (f, a) -> f.registry.exchange().numberHistory(a, f.registered.id())));
    }

    private static void photoOps(List<Op> ops) {
        Class<?> p = Photos.class;
        ops.add(new Op(p, "importZip", 1, Kind.CHANGE,
                (f, a) -> f.registry.photos().importZip(a, photoArchive(f))));
        ops.add(new Op(p, "importZip", 2, Kind.CHANGE, (f, a) -> f.registry.photos()
                .importZip(a, photoArchive(f), ZipLimits.defaults())));
    }

    private static void statisticsOps(List<Op> ops) {
        Class<?> s = Statistics.class;
        ops.add(new Op(s, "report", 1, Kind.LISTING,
                (f, a) -> f.registry.statistics().report(a, LocalDate.of(2025, 9, 10))));
        ops.add(new Op(s, "changes", 2, Kind.LISTING, (f, a) -> f.registry.statistics()
                .changes(a, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30))));
    }

    /**
     * Returns an archive with a photo of the registered student, named by identity number, and
     * one of the collected student, named by school, class and name.
     */
    private static InputStream photoArchive(ScopeFixture f) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(f.registered.identityDocument().orElseThrow().number().orElseThrow() + ".jpg",
                ScopeFixture.jpeg());
        files.put(ScopeFixture.BRANCH.value() + "_01"
                + String.format("%02d", f.branchClass.id().number()) + "_"
                + f.collected.details().name() + ".jpg", ScopeFixture.jpeg());
        return ScopeFixture.zip(files);
    }

    private static Organisations org(ScopeFixture f) {
        return f.registry.organisations();
    }

    private static Changes ch(ScopeFixture f) {
        return f.registry.changes();
    }

    /**
     * Returns the graduation service on a day in its window, 6 July 2026.
     */
    private static Graduations grad(ScopeFixture f) {
        f.clock.setDay(LocalDate.of(2026, 7, 6));
        return f.registry.graduations();
    }

    private static List<Class<?>> services() {
        List<Class<?>> services = new ArrayList<>();
        for (Method method : Registry.class.getDeclaredMethods()) {
            Class<?> type = method.getReturnType();
            if (Modifier.isPublic(method.getModifiers()) && method.getParameterCount() == 0
                    && type.getPackageName().startsWith("org.xueji.registry.")
                    && !type.getPackageName().endsWith(".policy")
                    && !type.getPackageName().endsWith(".calendar")
                    || type == SchoolCalendar.class) {
                services.add(type);
            }
        }
        assertThat(services).hasSizeGreaterThanOrEqualTo(9);
        return services;
    }

    private static int actorParameters(Method method) {
        return (int) Arrays.stream(method.getParameterTypes()).filter(t -> t == Actor.class)
                .count();
    }

    private static Actor actor(ScopeFixture f, String role) {
        return Map.of("province", f.province, "city", f.city, "county", f.county,
                "otherCounty", f.otherCounty, "central", f.central, "branch", f.branch,
                "sibling", f.sibling, "otherSchool", f.otherSchool).get(role);
    }

    private static long refusals(ScopeFixture f, Actor actor) {
        return f.registry.audit().list(f.province, AuditQuery.all()
                        .withOutcome(AuditEntry.Outcome.REFUSED).withLimit(100_000))
                .stream().filter(entry -> entry.actor().equals(actor)).count();
    }

    /**
     * Describes every record of the branch and its county as the store holds it.
     */
    private static String fingerprint(ScopeFixture f) {
        StringBuilder text = new StringBuilder();
        for (StudentId id : List.of(f.registered.id(), f.collected.id(), f.submitted.id(),
                f.duplicate.id(), f.suspension.student())) {
            Student student = f.student(id);
            text.append(student.id()).append(student.status()).append(student.version())
                    .append(student.classId()).append(student.details())
                    .append(student.registryNumber())
                    .append(f.storage.photos().find(id).map(ScopeFixture::describe))
                    .append(f.storage.registryNumberHistory().list(id).size()).append('|');
        }
        for (RegistrationStatus status : RegistrationStatus.values()) {
            text.append(f.registry.enrollment().list(f.province, ScopeFixture.BRANCH, status)
                    .size()).append(',');
        }
        text.append(f.registry.organisations().listSchools(f.province).stream()
                .map(s -> s.identifier() + ":" + s.version()).sorted().toList());
        text.append(f.registry.organisations().listAuthorities(f.province).stream()
                .map(x -> x.code() + ":" + x.version()).sorted().toList());
        text.append(f.registry.organisations().listClasses(f.province, ScopeFixture.BRANCH)
                .stream().map(k -> k.id() + ":" + k.version()).sorted().toList());
        ChangeCase suspension = f.registry.changes().find(f.province, f.suspension.id());
        text.append(suspension.state()).append(suspension.version());
        text.append(f.registry.changes().inbox(f.province).size());
        text.append(f.registry.problems().find(f.province, f.problem.id()).state());
        text.append(f.registry.problems().list(f.province).size());
        text.append(f.registry.records().list(f.province, f.registered.id()).size());
        text.append(f.registry.graduations().findCase(f.province, f.registered.id()));
        return text.toString();
    }

    private static void assertInScope(ScopeFixture f, Actor actor, Object result) {
        for (Object element : elements(result)) {
            Optional<Scope> place = place(f, element);
            place.ifPresent(scope -> assertThat(actor.mayActOn(scope))
                    .as("%s sees %s", actor, element).isTrue());
        }
    }

    private static Collection<?> elements(Object result) {
        if (result instanceof Collection<?> collection) {
            return collection;
        }
        if (result instanceof Optional<?> optional) {
            return optional.stream().toList();
        }
        if (result instanceof ChangeBatch batch) {
            return batch.records();
        }
        if (result instanceof PhotoImportResult photos) {
            return photos.files();
        }
        if (result instanceof StatisticsReport report) {
            List<Object> rows = new ArrayList<>(report.students().rows());
            rows.addAll(report.classes().classes());
            rows.addAll(report.pendingReviews().pending());
            rows.add(report.scope());
            return rows;
        }
        if (result instanceof ChangeCounts counts) {
            return List.of(counts.scope());
        }
        return result == null ? List.of() : List.of(result);
    }

    private static Optional<Scope> place(ScopeFixture f, Object element) {
        if (element instanceof Student student) {
            return Optional.of(student.place());
        }
        if (element instanceof StudentId id) {
            return Optional.of(f.student(id).place());
        }
        if (element instanceof ReviewOutcome outcome) {
            return Optional.ofNullable(outcome.student()).map(Student::place);
        }
        if (element instanceof GraduationOutcome outcome) {
            return Optional.ofNullable(outcome.student()).map(Student::place);
        }
        if (element instanceof School school) {
            return Optional.of(school.scope());
        }
        if (element instanceof Authority authority) {
            return Optional.of(authority.scope());
        }
        if (element instanceof SchoolClass schoolClass) {
            return Optional.of(f.registry.organisations()
                    .findSchool(f.province, schoolClass.school()).scope());
        }
        if (element instanceof ChangeCase changeCase) {
            return Optional.of(changeCase.place());
        }
        if (element instanceof GraduationCase graduationCase) {
            return Optional.of(graduationCase.place());
        }
        if (element instanceof ProblemRecord problem) {
            return Optional.of(f.student(problem.student()).place());
        }
        if (element instanceof AuditEntry entry) {
            return Optional.of(entry.target().place());
        }
        if (element instanceof Scope scope) {
            return Optional.of(scope);
        }
        if (element instanceof AnswerOutcome outcome) {
            return outcome.studentIfFound().map(id -> f.student(id).place());
        }
        if (element instanceof PhotoFileResult file) {
            return file.matchedStudent().map(id -> f.student(id).place());
        }
        if (element instanceof RegistryNumberChange change) {
            return Optional.of(f.student(change.student()).place());
        }
        if (element instanceof NationalRecord record) {
            return Optional.of(f.storage.students()
                    .findByRegistryNumber(record.registryNumber(f.clock)).orElseThrow().place());
        }
        if (element instanceof StudentCount count) {
            return Optional.of(schoolScope(f, count.school()));
        }
        if (element instanceof ClassSize size) {
            return Optional.of(schoolScope(f, size.classId().school()));
        }
        if (element instanceof PendingReview pending) {
            return Optional.of(f.student(pending.student()).place());
        }
        return Optional.empty();
    }

    private static Scope schoolScope(ScopeFixture f, SchoolIdentifier school) {
        return f.registry.organisations().findSchool(f.province, school).scope();
    }

    enum Kind {
        /** Reads one record of the branch. */
        READ,
        /** Reads the county's authority, which a school does not read. */
        READ_AUTHORITY,
        /** Lists records, each of which must lie in the caller's scope. */
        LISTING,
        /** Changes records of the branch or its county. */
        CHANGE
    }

    /**
     * One method of one service with arguments that aim at the branch school.
     */
    record Op(Class<?> service, String method, int arity, Kind kind,
            BiFunction<ScopeFixture, Actor, Object> call) {

        String key() {
            return service.getSimpleName() + "." + method + "/" + arity;
        }

        @Override
        public String toString() {
            return key();
        }
    }
}
