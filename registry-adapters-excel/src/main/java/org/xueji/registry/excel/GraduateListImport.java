package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.Activity;
import org.xueji.registry.calendar.CalendarRefusal;
import org.xueji.registry.code.SchoolSystem;
import org.xueji.registry.graduation.GraduationCase;
import org.xueji.registry.graduation.GraduationOutcome;
import org.xueji.registry.graduation.Graduations;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.GraduationKind;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * Imports a school's graduate list (毕业生名单, Article 18) into {@link Graduations}, as a dry
 * run that stores nothing, or for real: a compulsory-education student's graduation is
 * recorded ({@link Graduations#recordAll}); a senior-high student's is submitted for the
 * authority's approval ({@link Graduations#submit}). Which procedure a row takes follows the
 * student's stage under the class's school system, so a school with junior and senior classes
 * imports one list.
 *
 * <p><b>Columns.</b> The first sheet is read; its header is looked for among the first
 * {@value HeaderMatcher#DEFAULT_SEARCH_ROWS} rows, as {@link #columns()} lists: the student's
 * identity number (身份证件号) or registry number (学籍号), at least one; the name (姓名),
 * checked against the record; the kind (毕业类型) by its name 毕业, 结业 or 肄业, or by its
 * code {@code GRADUATED}, {@code COMPLETED} or {@code ATTENDED} (the core keeps no numeric
 * code for it). The core keeps no certificate number or date, so such columns are ignored and
 * named in the report with the other unknown columns.
 *
 * <p><b>Rows.</b> Each non-blank row is read whole and all its problems are reported at once,
 * with sheet, row, column, cell and code: a student not found among the school's students
 * within the actor's scope, a name that differs from the record, a kind that is missing or not
 * known, the same student named by an earlier row. Outside the calendar's graduation window
 * every row gets the calendar's refusal ({@link ErrorCode#OUTSIDE_CALENDAR_WINDOW}, naming the
 * phase and the date) and nothing is stored. On a real import the core's refusals (not
 * registered, not in a final grade, an open change case, the other stage's procedure) are
 * reported on their row with the core's code and message.
 *
 * <p><b>Importing twice.</b> A student whose graduation is already recorded with the row's kind
 * is reported as {@link RowOutcome#ALREADY_GRADUATED}, and a senior student whose submission
 * with that kind waits for the authority as {@link RowOutcome#ALREADY_SUBMITTED}; neither is a
 * problem and nothing changes. A graduation recorded with another kind is final and the row is
 * refused; a submission the authority returned is submitted again.
 *
 * <p><b>Dry run.</b> {@link Graduations} has no check-only path, so the dry run does the checks
 * above (student found, name, kind, window, already done) and no more: whether the student is
 * registered, in a final grade and without an open change case is decided by the core only on
 * the real import.
 *
 * <p><b>Storing.</b> A real import reads the whole sheet once before it stores anything, so a
 * broken file stores nothing. Compulsory rows go to {@link Graduations#recordAll} in chunks of
 * {@link ImportOptions#chunkSize()} rows, each student in a unit of work of its own; senior rows
 * are submitted one by one. The school's students are held in memory while the import runs.
 *
 * <p>This class is thread-safe; each call reads its file on its own.
 */
public final class GraduateListImport {

    private static final Logger LOG = LoggerFactory.getLogger(GraduateListImport.class);

    static final String KIND = "KIND";
    static final String RULE = "GRADUATION";
    static final String CALENDAR_RULE = "CALENDAR";

    private static final List<ColumnDefinition> COLUMNS = definitions();
    private static final HeaderMatcher MATCHER = HeaderMatcher.of(COLUMNS);

    private GraduateListImport() {
    }

    /**
     * Returns the columns a graduate list may have, keyed {@code IDENTITY_NUMBER},
     * {@code REGISTRY_NUMBER}, {@code NAME} and {@code KIND}.
     *
     * @return an unmodifiable list, not null
     */
    public static List<ColumnDefinition> columns() {
        return COLUMNS;
    }

    /**
     * Checks every row of a graduate list and stores nothing, with the default options.
     *
     * @param registry  the registry, not null
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school whose students the list names, not null
     * @param file  the .xlsx or .xls file, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column, or {@link ErrorCode#NOT_FOUND} if there is no such school
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport dryRun(Registry registry, Actor actor, SchoolIdentifier school,
            Path file) {
        return dryRun(registry, actor, school, file, ImportOptions.defaults());
    }

    /**
     * Checks every row of a graduate list and stores nothing.
     *
     * @param registry  the registry, not null
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school whose students the list names, not null
     * @param file  the .xlsx or .xls file, not null
     * @param options  the options, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column, or {@link ErrorCode#NOT_FOUND} if there is no such school
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport dryRun(Registry registry, Actor actor, SchoolIdentifier school,
            Path file, ImportOptions options) {
        return run(registry, actor, school, file, options, true);
    }

    /**
     * Imports a graduate list: reads it through once to make sure it can be read, then records
     * (compulsory education) or submits (senior high) the graduation of every row without a
     * problem.
     *
     * @param registry  the registry, not null
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school whose students the list names, not null
     * @param file  the .xlsx or .xls file, not null
     * @param options  the options, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook; nothing is stored
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column (nothing is stored), or {@link ErrorCode#NOT_FOUND} if there is no
     *     such school
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport importInto(Registry registry, Actor actor,
            SchoolIdentifier school, Path file, ImportOptions options) {
        return run(registry, actor, school, file, options, false);
    }

    private static ImportReport run(Registry registry, Actor actor, SchoolIdentifier school,
            Path file, ImportOptions options, boolean dryRun) {
        requireNonNull(registry, "registry");
        requireNonNull(actor, "actor");
        requireNonNull(school, "school");
        requireNonNull(file, "file");
        requireNonNull(options, "options");
        StudentLocator locator = StudentLocator.of(registry, actor, school, true);
        Map<ClassId, SchoolSystem> systems = new HashMap<>();
        for (SchoolClass schoolClass : registry.organisations().listClasses(actor, school)) {
            systems.put(schoolClass.id(), schoolClass.profile().schoolSystem());
        }
        LOG.debug("Importing the graduate list of school {} from {}{}", school,
                file.getFileName(), dryRun ? " (dry run)" : "");
        if (!dryRun) {
            ImportRun.readThrough(file, options.limits());
        }
        try (WorkbookReader workbook = WorkbookReader.open(file, options.limits());
                SheetRows sheet = workbook.sheet(0)) {
            HeaderMatcher.LocatedHeader located = MATCHER.locate(sheet);
            HeaderMatch match = located.match().requireComplete();
            StudentLocator.requireKeyColumn(match);
            Optional<CalendarRefusal> closed = registry.calendar()
                    .check(Activity.RECORD_GRADUATION);
            closed.ifPresent(refusal -> LOG.warn("Graduate list of school {}: {}; every row"
                    + " is refused", school, refusal.englishMessage()));
            try (ImportRun run = new ImportRun(match, dryRun, options)) {
                Chunk chunk = new Chunk(registry, actor, match, run, dryRun, closed);
                Map<StudentId, Integer> named = new HashMap<>();
                AcademicYear year = registry.currentSchoolYear();
                Iterator<Row> rows = located.dataRows();
                while (rows.hasNext()) {
                    Row row = rows.next();
                    if (row.isBlank()) {
                        continue;
                    }
                    chunk.add(read(row, match, locator, named, systems, year));
                    if (chunk.size() == options.chunkSize()) {
                        chunk.flush();
                    }
                }
                chunk.flush();
                return run.finish();
            }
        }
    }

    private static Pending read(Row row, HeaderMatch match, StudentLocator locator,
            Map<StudentId, Integer> named, Map<ClassId, SchoolSystem> systems,
            AcademicYear year) {
        List<ImportProblem> problems = new ArrayList<>();
        Optional<Student> student = locator.locate(row, match, problems);
        Optional<GraduationKind> kind = readKind(row, match, problems);
        if (student.isPresent()) {
            Integer earlier = named.putIfAbsent(student.get().id(), row.rowNumber());
            if (earlier != null) {
                problems.add(StudentLocator.problem(row, match, StudentLocator.IDENTITY,
                        "NOT_TWICE_IN_FILE", ErrorCode.DUPLICATE,
                        "与第 " + earlier + " 行是同一学生，同一名单中每名学生只能出现一次",
                        "the same student as row " + earlier + "; a list names each student"
                                + " once"));
            }
        }
        if (!problems.isEmpty()) {
            return new Pending(row, null, null, false, problems);
        }
        Student found = student.get();
        return new Pending(row, found, kind.get(), isCompulsory(found, systems, year), problems);
    }

    private static Optional<GraduationKind> readKind(Row row, HeaderMatch match,
            List<ImportProblem> problems) {
        String text = CellValues.text(row.cell(match.columnOf(KIND).getAsInt())).strip();
        if (text.isEmpty()) {
            problems.add(StudentLocator.problem(row, match, KIND, RULE, ErrorCode.INVALID_VALUE,
                    "毕业类型为空", "the kind of graduation is blank"));
            return Optional.empty();
        }
        for (GraduationKind kind : GraduationKind.values()) {
            if (text.equals(kind.chineseName()) || text.equalsIgnoreCase(kind.name())
                    || text.equalsIgnoreCase(kind.englishName())) {
                return Optional.of(kind);
            }
        }
        problems.add(StudentLocator.problem(row, match, KIND, RULE, ErrorCode.UNKNOWN_CODE,
                "毕业类型" + CellProblem.quote(text) + "应为毕业、结业或肄业",
                "the kind of graduation " + CellProblem.quote(text)
                        + " is none of 毕业, 结业, 肄业"));
        return Optional.empty();
    }

    /**
     * Tells whether the student's graduation takes the compulsory procedure: the stage of the
     * student's grade under the class's school system; a student outside grades 1 to 12 is
     * sent the compulsory way and the core refuses it as not in a final grade.
     */
    private static boolean isCompulsory(Student student, Map<ClassId, SchoolSystem> systems,
            AcademicYear year) {
        SchoolSystem system = systems.get(student.classId());
        if (system == null) {
            return true;
        }
        try {
            int grade = student.gradeIn(year).number();
            return grade < SchoolSystem.FIRST_GRADE || grade > SchoolSystem.LAST_GRADE
                    || system.stageOf(grade).isCompulsory();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static List<ColumnDefinition> definitions() {
        List<ColumnDefinition> columns = new ArrayList<>(StudentLocator.columns(true));
        columns.add(ColumnDefinition.required(KIND, "毕业类型", "毕结业类型", "毕(结、肄)业",
                "毕结肄业", "毕业结论", "毕业情况", "毕业状态", "毕业类别"));
        return List.copyOf(columns);
    }

    /**
     * One row read: the student and kind, or the problems that keep it from going further.
     */
    private static final class Pending {
        private final Row row;
        private final Student student;
        private final GraduationKind kind;
        private final boolean compulsory;
        private final List<ImportProblem> problems;

        Pending(Row row, Student student, GraduationKind kind, boolean compulsory,
                List<ImportProblem> problems) {
            this.row = row;
            this.student = student;
            this.kind = kind;
            this.compulsory = compulsory;
            this.problems = problems;
        }
    }

    /**
     * The rows of one chunk: those read cleanly are checked against what is already done, then
     * recorded or submitted (or, in a dry run, accepted); every row is decided in sheet order.
     */
    private static final class Chunk {
        private final Graduations graduations;
        private final Actor actor;
        private final HeaderMatch match;
        private final ImportRun run;
        private final boolean dryRun;
        private final List<Pending> rows = new ArrayList<>();
        private String closedChinese;
        private String closedEnglish;

        Chunk(Registry registry, Actor actor, HeaderMatch match, ImportRun run, boolean dryRun,
                Optional<CalendarRefusal> closed) {
            this.graduations = registry.graduations();
            this.actor = actor;
            this.match = match;
            this.run = run;
            this.dryRun = dryRun;
            closed.ifPresent(refusal -> {
                closedChinese = refusal.chineseMessage();
                closedEnglish = refusal.englishMessage();
            });
        }

        void add(Pending pending) {
            rows.add(pending);
        }

        int size() {
            return rows.size();
        }

        void flush() {
            if (rows.isEmpty()) {
                return;
            }
            Map<Pending, Decision> decisions = new LinkedHashMap<>();
            Map<StudentId, GraduationKind> toRecord = new LinkedHashMap<>();
            Map<StudentId, Pending> recording = new HashMap<>();
            for (Pending pending : rows) {
                Decision decision = precheck(pending);
                decisions.put(pending, decision);
                if (decision == null && pending.compulsory && !dryRun) {
                    toRecord.put(pending.student.id(), pending.kind);
                    recording.put(pending.student.id(), pending);
                }
            }
            record(toRecord, recording, decisions);
            for (Pending pending : rows) {
                Decision decision = decisions.get(pending);
                if (decision == null) {
                    decision = dryRun ? Decision.ACCEPTED : submit(pending);
                }
                run.decide(pending.row, decision.outcome, decision.problems);
            }
            rows.clear();
        }

        private Decision precheck(Pending pending) {
            List<ImportProblem> problems = new ArrayList<>(pending.problems);
            if (closedChinese != null) {
                problems.add(calendarProblem(pending.row));
                return new Decision(RowOutcome.REFUSED, problems);
            }
            if (!problems.isEmpty()) {
                return new Decision(RowOutcome.REFUSED, problems);
            }
            Student student = pending.student;
            if (student.status() == RegistrationStatus.GRADUATED) {
                GraduationKind earned = student.graduation().orElse(null);
                if (earned == pending.kind) {
                    return Decision.of(RowOutcome.ALREADY_GRADUATED);
                }
                return refused(pending, ErrorCode.INVALID_STATUS,
                        "该生已登记为" + name(earned) + "，毕业登记后不能更改",
                        "the student's graduation is already recorded as "
                                + (earned == null ? "another kind" : earned.englishName())
                                + " and is final");
            }
            if (!pending.compulsory) {
                return submitted(pending);
            }
            return null;
        }

        private Decision submitted(Pending pending) {
            Optional<GraduationCase> found = graduations.findCase(actor, pending.student.id())
                    .filter(existing -> existing.state() == GraduationCase.State.SUBMITTED);
            if (found.isEmpty()) {
                return null;
            }
            if (found.get().kind() == pending.kind) {
                return Decision.of(RowOutcome.ALREADY_SUBMITTED);
            }
            return refused(pending, ErrorCode.INVALID_STATUS,
                    "该生已提交为" + name(found.get().kind()) + "，正待主管单位审核",
                    "the student's graduation is already submitted as "
                            + found.get().kind().englishName() + " and waits for a decision");
        }

        private void record(Map<StudentId, GraduationKind> toRecord,
                Map<StudentId, Pending> recording, Map<Pending, Decision> decisions) {
            if (toRecord.isEmpty()) {
                return;
            }
            try {
                for (GraduationOutcome outcome : graduations.recordAll(actor, toRecord)) {
                    Pending pending = recording.get(outcome.id());
                    decisions.put(pending, outcome.isDone() ? Decision.ACCEPTED
                            : refused(pending, outcome.code(),
                                    outcome.message(Locale.CHINESE).orElseThrow(),
                                    outcome.message(Locale.ENGLISH).orElseThrow()));
                }
            } catch (RegistryException e) {
                if (e.code() != ErrorCode.OUTSIDE_CALENDAR_WINDOW) {
                    throw e;
                }
                closeWith(e);
                for (Pending pending : recording.values()) {
                    decisions.put(pending, new Decision(RowOutcome.REFUSED,
                            List.of(calendarProblem(pending.row))));
                }
            }
        }

        private Decision submit(Pending pending) {
            if (closedChinese != null) {
                return new Decision(RowOutcome.REFUSED, List.of(calendarProblem(pending.row)));
            }
            try {
                graduations.submit(actor, pending.student.id(), pending.kind);
                return Decision.ACCEPTED;
            } catch (AccessDeniedException e) {
                throw e;
            } catch (RegistryException e) {
                if (e.code() == ErrorCode.OUTSIDE_CALENDAR_WINDOW) {
                    closeWith(e);
                    return new Decision(RowOutcome.REFUSED, List.of(calendarProblem(
                            pending.row)));
                }
                return refused(pending, e.code(), e.chineseMessage(), e.englishMessage());
            }
        }

        private void closeWith(RegistryException e) {
            LOG.warn("The graduation window closed during the import: {}; the remaining rows"
                    + " are refused", e.englishMessage());
            closedChinese = e.chineseMessage();
            closedEnglish = e.englishMessage();
        }

        private ImportProblem calendarProblem(Row row) {
            return StudentLocator.problem(row, match, "", CALENDAR_RULE,
                    ErrorCode.OUTSIDE_CALENDAR_WINDOW, closedChinese, closedEnglish);
        }

        private Decision refused(Pending pending, ErrorCode code, String chinese,
                String english) {
            return new Decision(RowOutcome.REFUSED, List.of(StudentLocator.problem(pending.row,
                    match, "", RULE, code, chinese, english)));
        }

        private static String name(GraduationKind kind) {
            return kind == null ? "其他类型" : kind.chineseName();
        }
    }

    /** What becomes of a row. */
    private record Decision(RowOutcome outcome, List<ImportProblem> problems) {
        static final Decision ACCEPTED = of(RowOutcome.ACCEPTED);

        static Decision of(RowOutcome outcome) {
            return new Decision(outcome, List.of());
        }
    }
}
