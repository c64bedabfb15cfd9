package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.records.RecordEntry;
import org.xueji.registry.records.RecordEntryKind;
import org.xueji.registry.records.StudentRecords;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentId;

/**
 * Imports a workbook of one kind of record a school keeps without review (Article 17: resume,
 * exam results, evaluations, awards, punishments, family members) into {@link StudentRecords},
 * as a dry run that stores nothing, or for real.
 *
 * <p><b>One workbook per kind.</b> The caller names the {@link RecordEntryKind}; every row of
 * the sheet is an entry of that kind. Schools keep these lists apart (a results sheet, an
 * awards sheet), and each kind's columns go by their own names (成绩 for an exam, 处分原因 for a
 * punishment), so a kind column would only add a cell to get wrong.
 *
 * <p><b>Columns.</b> The first sheet is read; its header is looked for among the first
 * {@value HeaderMatcher#DEFAULT_SEARCH_ROWS} rows, as {@link #columns(RecordEntryKind)} lists:
 * the student's identity number (身份证件号) or registry number (学籍号), at least one of them;
 * an optional name, checked against the record when given; the date (日期); the title
 * (标题: the exam, the award, the punishment, …) and the optional detail (内容: the result, the
 * reason, …), each under the kind's usual names. Unknown columns are ignored and named in the
 * report.
 *
 * <p><b>Rows.</b> Each non-blank row is read whole and all its problems are reported at once,
 * with sheet, row, column, cell and code: a student not found among the school's students
 * within the actor's scope, an identity number and registry number naming different students,
 * a name that differs from the record, an unreadable or missing date, a missing title, a text
 * longer than {@link RecordEntry} allows. A row with a problem stores nothing.
 *
 * <p><b>Importing twice.</b> An entry equal in kind, date, title and detail to one the student
 * already has (stored earlier, or by an earlier row of the same file) is reported as
 * {@link RowOutcome#ALREADY_RECORDED} and not added again, so the same file imported twice adds
 * each entry once.
 *
 * <p><b>Dry run.</b> The dry run does every check above, which are all the checks the records
 * have except who may add them: {@link StudentRecords#add} accepts only a school administrator,
 * and that rule runs only on the real import.
 *
 * <p><b>Storing.</b> {@link StudentRecords} has no bulk method: each accepted entry is added in
 * a unit of work of its own, so the options' chunk size is not used. A real import reads the
 * whole sheet once before it stores anything, so a broken file stores nothing. The school's
 * students and the entries of the students the file names are held in memory while the import
 * runs.
 *
 * <p>This class is thread-safe; each call reads its file on its own.
 */
public final class StudentRecordImport {

    private static final Logger LOG = LoggerFactory.getLogger(StudentRecordImport.class);

    static final String DATE = "DATE";
    static final String TITLE = "TITLE";
    static final String DETAIL = "DETAIL";
    static final String RULE = "RECORD_FIELDS";

    private static final Map<RecordEntryKind, List<ColumnDefinition>> COLUMNS = definitions();

    private StudentRecordImport() {
    }

    /**
     * Returns the columns a sheet of one kind of record may have, keyed {@code IDENTITY_NUMBER},
     * {@code REGISTRY_NUMBER}, {@code NAME}, {@code DATE}, {@code TITLE} and {@code DETAIL}.
     *
     * @param kind  the kind of record, not null
     * @return an unmodifiable list, not null
     */
    public static List<ColumnDefinition> columns(RecordEntryKind kind) {
        return COLUMNS.get(requireNonNull(kind, "kind"));
    }

    /**
     * Checks every row of a records workbook and stores nothing, with the default options.
     *
     * @param registry  the registry, not null
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school whose students the sheet names, not null
     * @param kind  the kind of every entry of the sheet, not null
     * @param file  the .xlsx or .xls file, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column, or {@link ErrorCode#NOT_FOUND} if there is no such school
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport dryRun(Registry registry, Actor actor, SchoolIdentifier school,
            RecordEntryKind kind, Path file) {
        return dryRun(registry, actor, school, kind, file, ImportOptions.defaults());
    }

    /**
     * Checks every row of a records workbook and stores nothing.
     *
     * @param registry  the registry, not null
     * @param actor  an actor whose scope contains the school, not null
     * @param school  the school whose students the sheet names, not null
     * @param kind  the kind of every entry of the sheet, not null
     * @param file  the .xlsx or .xls file, not null
     * @param options  the options, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column, or {@link ErrorCode#NOT_FOUND} if there is no such school
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport dryRun(Registry registry, Actor actor, SchoolIdentifier school,
            RecordEntryKind kind, Path file, ImportOptions options) {
        return run(registry, actor, school, kind, file, options, true);
    }

    /**
     * Imports a records workbook: reads it through once to make sure it can be read, then adds
     * the entry of every row without a problem that the student does not have yet.
     *
     * @param registry  the registry, not null
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school whose students the sheet names, not null
     * @param kind  the kind of every entry of the sheet, not null
     * @param file  the .xlsx or .xls file, not null
     * @param options  the options, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook; nothing is stored
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column (nothing is stored), or {@link ErrorCode#NOT_FOUND} if there is no
     *     such school
     * @throws AccessDeniedException if the school lies outside the actor's scope, or the actor
     *     is not a school administrator (at the first row to store)
     */
    public static ImportReport importInto(Registry registry, Actor actor,
            SchoolIdentifier school, RecordEntryKind kind, Path file, ImportOptions options) {
        return run(registry, actor, school, kind, file, options, false);
    }

    private static ImportReport run(Registry registry, Actor actor, SchoolIdentifier school,
            RecordEntryKind kind, Path file, ImportOptions options, boolean dryRun) {
        requireNonNull(registry, "registry");
        requireNonNull(actor, "actor");
        requireNonNull(school, "school");
        requireNonNull(kind, "kind");
        requireNonNull(file, "file");
        requireNonNull(options, "options");
        StudentLocator locator = StudentLocator.of(registry, actor, school, false);
        LOG.debug("Importing {} records of school {} from {}{}", kind, school,
                file.getFileName(), dryRun ? " (dry run)" : "");
        if (!dryRun) {
            ImportRun.readThrough(file, options.limits());
        }
        HeaderMatcher matcher = HeaderMatcher.of(columns(kind));
        try (WorkbookReader workbook = WorkbookReader.open(file, options.limits());
                SheetRows sheet = workbook.sheet(0)) {
            HeaderMatcher.LocatedHeader located = matcher.locate(sheet);
            HeaderMatch match = located.match().requireComplete();
            StudentLocator.requireKeyColumn(match);
            try (ImportRun run = new ImportRun(match, dryRun, options)) {
                Entries entries = new Entries(registry.records(), actor, dryRun);
                Iterator<Row> rows = located.dataRows();
                while (rows.hasNext()) {
                    Row row = rows.next();
                    if (row.isBlank()) {
                        continue;
                    }
                    List<ImportProblem> problems = new ArrayList<>();
                    Optional<Student> student = locator.locate(row, match, problems);
                    Optional<RecordEntry> entry = read(row, match, kind, problems);
                    if (!problems.isEmpty()) {
                        run.decide(row, RowOutcome.REFUSED, problems);
                    } else {
                        run.decide(row, entries.add(student.get().id(), entry.get()), List.of());
                    }
                }
                return run.finish();
            }
        }
    }

    private static Optional<RecordEntry> read(Row row, HeaderMatch match, RecordEntryKind kind,
            List<ImportProblem> problems) {
        int before = problems.size();
        LocalDate date = readDate(row, match, problems);
        String title = text(row, match, TITLE);
        String detail = text(row, match, DETAIL);
        if (title.isEmpty()) {
            problems.add(StudentLocator.problem(row, match, TITLE, RULE, ErrorCode.INVALID_VALUE,
                    match.headerOf(match.columnOf(TITLE).getAsInt()) + "为空",
                    "the title is blank"));
        } else {
            checkText(row, match, TITLE, () -> new RecordEntry(kind, LocalDate.EPOCH, title, ""),
                    problems);
        }
        checkText(row, match, DETAIL, () -> new RecordEntry(kind, LocalDate.EPOCH, "-", detail),
                problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new RecordEntry(kind, date, title, detail));
    }

    private static LocalDate readDate(Row row, HeaderMatch match, List<ImportProblem> problems) {
        Cell cell = row.cell(match.columnOf(DATE).getAsInt());
        CellResult<LocalDate> date = CellValues.date(cell);
        if (date.problem().isPresent()) {
            problems.add(StudentLocator.cellProblem(row, match, cell, RULE,
                    date.problem().get()));
            return null;
        }
        if (date.isBlank()) {
            problems.add(StudentLocator.problem(row, match, DATE, RULE, ErrorCode.INVALID_DATE,
                    "日期为空", "the date is blank"));
            return null;
        }
        return date.value();
    }

    private static String text(Row row, HeaderMatch match, String key) {
        OptionalInt column = match.columnOf(key);
        return column.isEmpty() ? "" : CellValues.text(row.cell(column.getAsInt())).strip();
    }

    /** Checks a text by the records' own rules, which {@link RecordEntry} applies. */
    private static void checkText(Row row, HeaderMatch match, String key, Runnable build,
            List<ImportProblem> problems) {
        try {
            build.run();
        } catch (RegistryException e) {
            problems.add(StudentLocator.problem(row, match, key, RULE, e.code(),
                    e.chineseMessage(), e.englishMessage()));
        }
    }

    private static Map<RecordEntryKind, List<ColumnDefinition>> definitions() {
        Map<RecordEntryKind, List<ColumnDefinition>> all = new EnumMap<>(RecordEntryKind.class);
        for (RecordEntryKind kind : RecordEntryKind.values()) {
            List<ColumnDefinition> columns = new ArrayList<>(StudentLocator.columns(false));
            columns.add(ColumnDefinition.required(DATE, "日期", dateNames(kind)));
            String[] titles = titleNames(kind);
            columns.add(ColumnDefinition.required(TITLE, titles[0], rest(titles)));
            String[] details = detailNames(kind);
            columns.add(ColumnDefinition.optional(DETAIL, details[0], rest(details)));
            all.put(kind, List.copyOf(columns));
        }
        return Collections.unmodifiableMap(all);
    }

    private static String[] rest(String[] names) {
        String[] rest = new String[names.length - 1];
        System.arraycopy(names, 1, rest, 0, rest.length);
        return rest;
    }

    private static String[] dateNames(RecordEntryKind kind) {
        List<String> names = new ArrayList<>(List.of("时间", "年月日", "发生日期", "记录日期"));
        switch (kind) {
            case RESUME -> names.addAll(List.of("起始日期", "开始日期", "起始时间", "起始年月"));
            case EXAM_RESULT -> names.addAll(List.of("考试日期", "考试时间"));
            case EVALUATION -> names.addAll(List.of("评价日期", "评价时间"));
            case AWARD -> names.addAll(List.of("获奖日期", "获奖时间", "奖励日期", "奖励时间"));
            case PUNISHMENT -> names.addAll(List.of("处分日期", "处分时间"));
            case FAMILY_MEMBER -> names.add("登记日期");
        }
        return names.toArray(String[]::new);
    }

    private static String[] titleNames(RecordEntryKind kind) {
        List<String> names = switch (kind) {
            case RESUME -> List.of("学习经历", "简历", "经历", "所在学校", "就读学校", "所在单位");
            case EXAM_RESULT -> List.of("考试名称", "考试", "考试科目", "科目", "课程");
            case EVALUATION -> List.of("评价项目", "评价名称", "评价类别", "评价维度", "项目");
            case AWARD -> List.of("奖励名称", "获奖名称", "奖项", "荣誉称号", "奖励");
            case PUNISHMENT -> List.of("处分名称", "处分类型", "处分种类", "处分");
            case FAMILY_MEMBER -> List.of("成员姓名及关系", "家庭成员", "成员姓名", "成员");
        };
        List<String> all = new ArrayList<>(names);
        all.add("标题");
        return all.toArray(String[]::new);
    }

    private static String[] detailNames(RecordEntryKind kind) {
        List<String> names = switch (kind) {
            case RESUME -> List.of("经历内容", "担任职务", "证明人");
            case EXAM_RESULT -> List.of("成绩", "分数", "考试成绩", "等级", "得分");
            case EVALUATION -> List.of("评价内容", "评价结果", "评语", "评价等级");
            case AWARD -> List.of("奖励内容", "获奖等级", "奖励级别", "授奖单位", "获奖情况");
            case PUNISHMENT -> List.of("处分原因", "原因", "处分事由", "违纪事实");
            case FAMILY_MEMBER -> List.of("工作单位", "成员信息", "联系方式");
        };
        List<String> all = new ArrayList<>(names);
        all.addAll(List.of("内容", "详情", "说明", "备注"));
        return all.toArray(String[]::new);
    }

    /**
     * The entries of the students the file names, loaded once per student, and the adding of
     * new ones.
     */
    private static final class Entries {
        private final StudentRecords records;
        private final Actor actor;
        private final boolean dryRun;
        private final Map<StudentId, Set<RecordEntry>> known = new HashMap<>();

        Entries(StudentRecords records, Actor actor, boolean dryRun) {
            this.records = records;
            this.actor = actor;
            this.dryRun = dryRun;
        }

        RowOutcome add(StudentId student, RecordEntry entry) {
            Set<RecordEntry> entries = known.computeIfAbsent(student,
                    id -> new HashSet<>(records.list(actor, id)));
            if (entries.contains(entry)) {
                return RowOutcome.ALREADY_RECORDED;
            }
            if (!dryRun) {
                records.add(actor, student, entry);
            }
            entries.add(entry);
            return RowOutcome.ACCEPTED;
        }
    }
}
