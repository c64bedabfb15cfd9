package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.enrollment.BatchResult;
import org.xueji.registry.enrollment.Enrollment;
import org.xueji.registry.enrollment.EnrollmentResult;
import org.xueji.registry.enrollment.EnrollmentRule;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.enrollment.NewStudentForm;
import org.xueji.registry.enrollment.Refusal;
import org.xueji.registry.excel.internal.RowKeys;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentKey;

/**
 * Imports a new-student workbook (新生信息表, .xlsx or .xls) into the collection of new students
 * ({@link Enrollment}), as a dry run that checks every row and stores nothing, or for real.
 *
 * <p><b>Columns.</b> The first sheet is read. Its header row is looked for among the first
 * {@value HeaderMatcher#DEFAULT_SEARCH_ROWS} rows; columns are matched in any order by the
 * national form's names ({@link FormField#columnName()}) and the common variants of
 * {@link #columns()}. Unknown columns are ignored and named once in the log and the report; a
 * sheet without a required column is refused with {@link ErrorCode#MISSING_COLUMNS} and the
 * list of what is missing.
 *
 * <p><b>Cells.</b> Every cell is read as {@link CellValues} reads it: dates from date cells of
 * either date system or from text, year-months likewise, identity numbers from text (a number
 * cell that lost its last digits is reported as such), formulas by their cached value, merged
 * cells by the value of their area; coded fields by code or name, as the enrollment rules read
 * them. Text is folded from full-width forms; a class name is matched to the school's classes
 * whichever brackets the clerk typed (一（1）班 or 一(1)班). Blank rows are skipped and not
 * counted.
 *
 * <p><b>Rows.</b> Each non-blank row becomes a {@link NewStudentForm}, checked by the same rules
 * as {@link Enrollment#enrollAll}, in chunks of {@link ImportOptions#chunkSize()} rows. Each row
 * gets one {@link RowOutcome} and, when refused, all its problems at once, each with its sheet,
 * row, column, cell reference, rule and message; a cell that could not be read is reported
 * once, by the reader, not again by the rule that would have read it (nor, for an unreadable
 * identity number, by the identity rules that follow from it). A row is never stored
 * when a cell could not be read, nor when an earlier row of the file named the same student
 * (same identity number, or for a student without one the same guardian's number, name and
 * birth date).
 *
 * <p><b>Importing twice.</b> A row whose student already has a record in this school, collected,
 * submitted or registered, is reported as {@link RowOutcome#ALREADY_COLLECTED} or
 * {@link RowOutcome#ALREADY_REGISTERED}, not as a problem, and changes nothing; importing the
 * same file twice registers nobody twice.
 *
 * <p><b>Broken files.</b> A real import reads the whole sheet once before it stores anything,
 * so a file refused with a {@link WorkbookException} anywhere (zip bomb, entity expansion,
 * encryption, truncation, too many rows) leaves the registry untouched.
 *
 * <p><b>Memory.</b> Rows are streamed; what stays in memory is one chunk of rows, the report's
 * bounded problem list and a 64-bit hash per student key (about 24 bytes per row) for finding a
 * student named twice in the file.
 *
 * <p>This class is thread-safe; each call reads its file on its own.
 */
public final class NewStudentImport {

    private static final Logger LOG = LoggerFactory.getLogger(NewStudentImport.class);

    private static final Map<FormField, List<String>> ALIASES = aliases();
    private static final Set<FormField> REQUIRED = EnumSet.of(FormField.NAME, FormField.SEX,
            FormField.BIRTH_DATE, FormField.NATIONALITY, FormField.ETHNICITY,
            FormField.IDENTITY_DOCUMENT_TYPE, FormField.IDENTITY_NUMBER,
            FormField.OVERSEAS_STATUS, FormField.HEALTH, FormField.HOUSEHOLD_TYPE,
            FormField.ATTENDANCE_MODE, FormField.SOURCE, FormField.DISABILITY,
            FormField.INCLUSIVE_CLASS, FormField.CLASS, FormField.GUARDIAN1_NAME);
    private static final Set<FormField> IDENTITY_FIELDS = EnumSet.of(FormField.IDENTITY_NUMBER,
            FormField.GUARDIAN1_DOCUMENT_NUMBER, FormField.GUARDIAN2_DOCUMENT_NUMBER);
    private static final List<ColumnDefinition> COLUMNS = definitions();
    private static final HeaderMatcher MATCHER = HeaderMatcher.of(COLUMNS);

    private NewStudentImport() {
    }

    /**
     * Returns the columns a new-student sheet may have: one per field of the national form, keyed
     * by the {@link FormField}'s name, under its national column name and common variants.
     *
     * @return an unmodifiable list in the form's order, not null
     */
    public static List<ColumnDefinition> columns() {
        return COLUMNS;
    }

    /**
     * Checks every row of a new-student workbook against the enrollment rules and stores
     * nothing, with the default options.
     *
     * @param registry  the registry, not null
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school, not null
     * @param grade  the entry grade, not null
     * @param file  the .xlsx or .xls file, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column, or as {@link Enrollment#check} throws
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport dryRun(Registry registry, Actor actor, SchoolIdentifier school,
            Grade grade, Path file) {
        return dryRun(registry, actor, school, grade, file, ImportOptions.defaults());
    }

    /**
     * Checks every row of a new-student workbook against the enrollment rules and stores
     * nothing.
     *
     * @param registry  the registry, not null
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school, not null
     * @param grade  the entry grade, not null
     * @param file  the .xlsx or .xls file, not null
     * @param options  the options, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column, or as {@link Enrollment#check} throws
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport dryRun(Registry registry, Actor actor, SchoolIdentifier school,
            Grade grade, Path file, ImportOptions options) {
        return run(registry, actor, school, grade, file, options, true);
    }

    /**
     * Imports a new-student workbook: reads it through once to make sure it can be read, then
     * collects every row the enrollment rules accept.
     *
     * @param registry  the registry, not null
     * @param actor  a school administrator whose scope contains the school, not null
     * @param school  the school, not null
     * @param grade  the entry grade, not null
     * @param file  the .xlsx or .xls file, not null
     * @param options  the options, not null
     * @return the report, not null
     * @throws WorkbookException if the file cannot be read as a workbook; nothing is stored
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS} if the sheet lacks a
     *     required column (nothing is stored), or as {@link Enrollment#enrollAll} throws
     * @throws AccessDeniedException if the school lies outside the actor's scope
     */
    public static ImportReport importInto(Registry registry, Actor actor,
            SchoolIdentifier school, Grade grade, Path file, ImportOptions options) {
        return run(registry, actor, school, grade, file, options, false);
    }

    private static ImportReport run(Registry registry, Actor actor, SchoolIdentifier school,
            Grade grade, Path file, ImportOptions options, boolean dryRun) {
        requireNonNull(registry, "registry");
        requireNonNull(file, "file");
        requireNonNull(options, "options");
        Enrollment enrollment = registry.enrollment();
        enrollment.check(actor, school, grade, List.of());
        Map<String, String> classNames = new HashMap<>();
        for (SchoolClass schoolClass : registry.organisations().listClasses(actor, school)) {
            String name = schoolClass.profile().name();
            classNames.putIfAbsent(CellValues.fold(name).strip(), name);
        }
        LOG.debug("Importing new students of school {} grade {} from {}{}", school,
                grade.number(), file.getFileName(), dryRun ? " (dry run)" : "");
        if (!dryRun) {
            ImportRun.readThrough(file, options.limits());
        }
        try (WorkbookReader workbook = WorkbookReader.open(file, options.limits());
                SheetRows sheet = workbook.sheet(0)) {
            HeaderMatcher.LocatedHeader located = MATCHER.locate(sheet);
            HeaderMatch match = located.match().requireComplete();
            try (ImportRun run = new ImportRun(match, dryRun, options)) {
                Chunk chunk = new Chunk(enrollment, actor, school, grade, dryRun, match, run);
                RowKeys keys = new RowKeys();
                Layout layout = new Layout(match);
                Iterator<Row> rows = located.dataRows();
                while (rows.hasNext()) {
                    Row row = rows.next();
                    if (row.isBlank()) {
                        continue;
                    }
                    chunk.add(read(row, match, layout, keys, classNames));
                    if (chunk.size() == options.chunkSize()) {
                        chunk.flush();
                    }
                }
                chunk.flush();
                return run.finish();
            }
        }
    }

    private static Pending read(Row row, HeaderMatch match, Layout layout, RowKeys keys,
            Map<String, String> classNames) {
        NewStudentForm.Builder form = NewStudentForm.builder();
        List<ImportProblem> problems = new ArrayList<>();
        Set<FormField> faulty = EnumSet.noneOf(FormField.class);
        FormField[] fields = layout.fields;
        for (int i = 0; i < fields.length; i++) {
            FormField field = fields[i];
            Cell cell = row.cell(layout.columns[i]);
            if (layout.plain[i]) {
                String text = CellValues.text(cell);
                if (!text.isEmpty()) {
                    form.set(field, field == FormField.CLASS
                            ? classNames.getOrDefault(text, text) : text);
                }
                continue;
            }
            CellResult<String> value = value(field, cell);
            if (!value.isBlank() && !value.isPresent()) {
                problems.add(cellProblem(row, match, field, cell, value.problem().orElseThrow()));
                faulty.add(field);
                form.set(field, CellValues.text(cell));
            } else if (value.isPresent()) {
                String text = value.value();
                form.set(field, field == FormField.CLASS ? classNames.getOrDefault(text, text)
                        : text);
            }
        }
        NewStudentForm built = form.build();
        Optional<String> key = fileKey(built, faulty);
        int earlier = key.map(text -> keys.putIfAbsent(text, row.rowNumber())).orElse(0);
        return new Pending(row, built, problems, faulty, earlier);
    }

    private static CellResult<String> value(FormField field, Cell cell) {
        if (IDENTITY_FIELDS.contains(field)) {
            return CellValues.identityNumber(cell);
        }
        if (field == FormField.BIRTH_DATE) {
            CellResult<LocalDate> date = CellValues.date(cell);
            return date.isPresent() ? CellResult.of(date.value().toString()) : retype(date);
        }
        if (field == FormField.ENTRY_MONTH) {
            var month = CellValues.yearMonth(cell);
            return month.isPresent() ? CellResult.of(month.value().toString()) : retype(month);
        }
        String text = CellValues.text(cell);
        return text.isEmpty() ? CellResult.blank() : CellResult.of(text);
    }

    private static CellResult<String> retype(CellResult<?> result) {
        return result.problem().<CellResult<String>>map(CellResult::problem)
                .orElseGet(CellResult::blank);
    }

    private static Optional<String> fileKey(NewStudentForm form, Set<FormField> faulty) {
        String number = form.value(FormField.IDENTITY_NUMBER);
        if (!number.isEmpty() && !faulty.contains(FormField.IDENTITY_NUMBER)) {
            return Optional.of("I" + number);
        }
        String guardian = form.value(FormField.GUARDIAN1_DOCUMENT_NUMBER);
        if (number.isEmpty() && !guardian.isEmpty()
                && !faulty.contains(FormField.GUARDIAN1_DOCUMENT_NUMBER)
                && !faulty.contains(FormField.BIRTH_DATE)) {
            return Optional.of("G" + guardian + "|" + form.value(FormField.NAME).strip() + "|"
                    + form.value(FormField.BIRTH_DATE));
        }
        return Optional.empty();
    }

    private static ImportProblem cellProblem(Row row, HeaderMatch match, FormField field,
            Cell cell, CellProblem problem) {
        EnrollmentRule rule = IDENTITY_FIELDS.contains(field) ? EnrollmentRule.IDENTITY_DOCUMENT
                : EnrollmentRule.FORM_FIELDS;
        return new ImportProblem(row.sheetName(), row.rowNumber(), cell.columnIndex(),
                match.headerOf(cell.columnIndex()), cell.reference(), rule.name(),
                problem.code(), problem.chineseMessage(), problem.englishMessage());
    }

    private static ImportProblem refusalProblem(Row row, HeaderMatch match, Refusal refusal) {
        FormField field = refusal.field();
        int column = field == FormField.FORM ? -1 : match.columnOf(field.name()).orElse(-1);
        String header = column >= 0 ? match.headerOf(column)
                : field == FormField.FORM ? "" : field.columnName();
        return new ImportProblem(row.sheetName(), row.rowNumber(), column, header,
                column < 0 ? "" : Cell.columnName(column) + row.rowNumber(),
                refusal.rule().name(), refusal.code(), refusal.chineseMessage(),
                refusal.englishMessage());
    }

    private static ImportProblem repeatProblem(Pending pending, HeaderMatch match) {
        Row row = pending.row;
        boolean byNumber = !pending.form.value(FormField.IDENTITY_NUMBER).isEmpty();
        FormField field = byNumber ? FormField.IDENTITY_NUMBER
                : FormField.GUARDIAN1_DOCUMENT_NUMBER;
        int column = match.columnOf(field.name()).orElse(-1);
        return new ImportProblem(row.sheetName(), row.rowNumber(), column,
                column < 0 ? "" : match.headerOf(column),
                column < 0 ? "" : Cell.columnName(column) + row.rowNumber(),
                EnrollmentRule.NOT_TWICE_IN_BATCH.name(), ErrorCode.DUPLICATE,
                "与第 " + pending.earlierRow + " 行是同一学生（" + (byNumber ? "身份证件号相同"
                        : "监护人证件号、姓名和出生日期相同") + "），同一文件中每名学生只能出现一次",
                "the same student as row " + pending.earlierRow + " (" + (byNumber
                        ? "same identity number" : "same guardian, name and birth date")
                        + "); a file names each student once");
    }

    private static Optional<StudentKey> keyOf(NewStudentForm form) {
        String number = form.value(FormField.IDENTITY_NUMBER);
        if (IdentityNumber.isValid(number)) {
            return Optional.of(StudentKey.ofIdentityNumber(IdentityNumber.parse(number)));
        }
        String guardian = form.value(FormField.GUARDIAN1_DOCUMENT_NUMBER);
        if (number.isEmpty() && IdentityNumber.isValid(guardian)) {
            try {
                return Optional.of(StudentKey.ofGuardian(IdentityNumber.parse(guardian),
                        form.value(FormField.NAME).strip(),
                        LocalDate.parse(form.value(FormField.BIRTH_DATE))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private static Map<FormField, List<String>> aliases() {
        Map<FormField, List<String>> aliases = new EnumMap<>(FormField.class);
        aliases.put(FormField.NAME, List.of("学生姓名"));
        aliases.put(FormField.SEX, List.of("性别码"));
        aliases.put(FormField.BIRTH_DATE, List.of("出生年月日", "出生年月", "生日"));
        aliases.put(FormField.BIRTHPLACE, List.of("出生地行政区划", "出生地区划代码"));
        aliases.put(FormField.NATIVE_PLACE, List.of("籍贯地"));
        aliases.put(FormField.ETHNICITY, List.of("民族码", "民族代码"));
        aliases.put(FormField.NATIONALITY, List.of("国籍", "国籍地区", "国籍/地区码"));
        aliases.put(FormField.IDENTITY_DOCUMENT_TYPE, List.of("证件类型", "身份证件类型码",
                "身份证类型"));
        aliases.put(FormField.IDENTITY_NUMBER, List.of("身份证件号码", "身份证号", "身份证号码",
                "证件号码", "证件号", "公民身份号码", "学生身份证号"));
        aliases.put(FormField.OVERSEAS_STATUS, List.of("港澳台侨外码", "港澳台侨"));
        aliases.put(FormField.HEALTH, List.of("健康状况码", "健康状态"));
        aliases.put(FormField.HOUSEHOLD_PLACE, List.of("户籍所在地", "户口所在地行政区划"));
        aliases.put(FormField.HOUSEHOLD_TYPE, List.of("户籍性质", "户口类别", "户口性质码"));
        aliases.put(FormField.ENTRY_MONTH, List.of("入学年份", "入学时间", "入学日期"));
        aliases.put(FormField.ATTENDANCE_MODE, List.of("就读方式码"));
        aliases.put(FormField.SOURCE, List.of("学生来源码"));
        aliases.put(FormField.ADDRESS, List.of("现居住地址", "家庭住址", "住址"));
        aliases.put(FormField.PHONE, List.of("电话", "联系方式", "家庭电话"));
        aliases.put(FormField.ONLY_CHILD, List.of("独生子女"));
        aliases.put(FormField.LEFT_BEHIND, List.of("留守儿童"));
        aliases.put(FormField.MIGRANT, List.of("随迁子女", "是否随迁子女"));
        aliases.put(FormField.DISABILITY, List.of("残疾类型", "残疾类别", "残疾人类型码"));
        aliases.put(FormField.INCLUSIVE_CLASS, List.of("是否随班就读", "随班就读码"));
        aliases.put(FormField.CLASS, List.of("班级名称", "所在班级", "班号"));
        aliases.put(FormField.GUARDIAN1_NAME, List.of("监护人姓名", "监护人1姓名",
                "家庭成员1姓名"));
        aliases.put(FormField.GUARDIAN1_RELATION, List.of("监护人关系", "监护人1关系",
                "家庭成员1关系"));
        aliases.put(FormField.GUARDIAN1_DOCUMENT_TYPE, List.of("监护人身份证件类型",
                "监护人1身份证件类型", "成员1证件类型"));
        aliases.put(FormField.GUARDIAN1_DOCUMENT_NUMBER, List.of("监护人身份证件号",
                "监护人身份证号", "监护人1身份证件号", "成员1身份证号", "成员1证件号码"));
        aliases.put(FormField.GUARDIAN1_PHONE, List.of("监护人联系电话", "监护人电话",
                "监护人1联系电话", "成员1电话"));
        aliases.put(FormField.GUARDIAN2_NAME, List.of("监护人2姓名", "家庭成员2姓名"));
        aliases.put(FormField.GUARDIAN2_RELATION, List.of("监护人2关系", "家庭成员2关系"));
        aliases.put(FormField.GUARDIAN2_DOCUMENT_TYPE, List.of("监护人2身份证件类型",
                "成员2证件类型"));
        aliases.put(FormField.GUARDIAN2_DOCUMENT_NUMBER, List.of("监护人2身份证件号",
                "监护人2身份证号", "成员2身份证号", "成员2证件号码"));
        aliases.put(FormField.GUARDIAN2_PHONE, List.of("监护人2联系电话", "监护人2电话",
                "成员2电话"));
        return Collections.unmodifiableMap(aliases);
    }

    private static List<ColumnDefinition> definitions() {
        List<ColumnDefinition> definitions = new ArrayList<>();
        for (FormField field : FormField.values()) {
            if (field == FormField.PHOTO || field == FormField.FORM) {
                continue;
            }
            String[] names = ALIASES.getOrDefault(field, List.of()).toArray(String[]::new);
            definitions.add(REQUIRED.contains(field)
                    ? ColumnDefinition.required(field.name(), field.columnName(), names)
                    : ColumnDefinition.optional(field.name(), field.columnName(), names));
        }
        return List.copyOf(definitions);
    }

    /**
     * Which field each matched column holds, in column order.
     */
    private static final class Layout {
        private final FormField[] fields;
        private final int[] columns;
        /** Whether a field is plain text, read as {@link #value} reads it, with no result. */
        private final boolean[] plain;

        Layout(HeaderMatch match) {
            fields = new FormField[match.columns().size()];
            columns = new int[fields.length];
            plain = new boolean[fields.length];
            int i = 0;
            for (Map.Entry<String, Integer> column : match.columns().entrySet()) {
                fields[i] = FormField.valueOf(column.getKey());
                plain[i] = !IDENTITY_FIELDS.contains(fields[i])
                        && fields[i] != FormField.BIRTH_DATE && fields[i] != FormField.ENTRY_MONTH;
                columns[i++] = column.getValue();
            }
        }
    }

    /**
     * One row read and waiting for its chunk to be checked.
     */
    private static final class Pending {
        private final Row row;
        private final NewStudentForm form;
        private final List<ImportProblem> cellProblems;
        private final Set<FormField> faulty;
        private final int earlierRow;

        Pending(Row row, NewStudentForm form, List<ImportProblem> cellProblems,
                Set<FormField> faulty, int earlierRow) {
            this.row = row;
            this.form = form;
            this.cellProblems = cellProblems;
            this.faulty = faulty;
            this.earlierRow = earlierRow;
        }

        boolean mayBeStored() {
            return cellProblems.isEmpty() && earlierRow == 0;
        }
    }

    /**
     * The rows of one chunk: those that may be stored go to the enrollment (or its check in a
     * dry run); those with an unreadable cell or naming a student again are only checked, so
     * that all their problems are reported and nothing of theirs is stored.
     */
    private static final class Chunk {
        private final Enrollment enrollment;
        private final Actor actor;
        private final SchoolIdentifier school;
        private final Grade grade;
        private final boolean dryRun;
        private final HeaderMatch match;
        private final ImportRun run;
        private final List<Pending> rows = new ArrayList<>();

        Chunk(Enrollment enrollment, Actor actor, SchoolIdentifier school, Grade grade,
                boolean dryRun, HeaderMatch match, ImportRun run) {
            this.enrollment = enrollment;
            this.actor = actor;
            this.school = school;
            this.grade = grade;
            this.dryRun = dryRun;
            this.match = match;
            this.run = run;
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
            List<NewStudentForm> clean = new ArrayList<>();
            List<NewStudentForm> others = new ArrayList<>();
            for (Pending pending : rows) {
                (pending.mayBeStored() ? clean : others).add(pending.form);
            }
            Iterator<EnrollmentResult> cleanResults = submit(clean, dryRun);
            Iterator<EnrollmentResult> otherResults = submit(others, true);
            for (Pending pending : rows) {
                if (pending.mayBeStored()) {
                    decideClean(pending, cleanResults.next());
                } else {
                    decideOther(pending, otherResults.next());
                }
            }
            rows.clear();
        }

        private Iterator<EnrollmentResult> submit(List<NewStudentForm> forms, boolean check) {
            if (forms.isEmpty()) {
                return Collections.emptyIterator();
            }
            BatchResult result = check ? enrollment.check(actor, school, grade, forms)
                    : enrollment.enrollAll(actor, school, grade, forms);
            return result.results().iterator();
        }

        private void decideClean(Pending pending, EnrollmentResult result) {
            if (result.isAccepted()) {
                run.decide(pending.row, RowOutcome.ACCEPTED, List.of());
                return;
            }
            boolean registered = result.refusals().stream()
                    .anyMatch(refusal -> refusal.rule() == EnrollmentRule.NOT_REGISTERED);
            Optional<Student> existing = registered ? keyOf(pending.form)
                    .flatMap(key -> enrollment.findByKey(actor, school, key)) : Optional.empty();
            if (existing.isPresent()) {
                run.decide(pending.row, existing.get().status() == RegistrationStatus.REGISTERED
                        ? RowOutcome.ALREADY_REGISTERED : RowOutcome.ALREADY_COLLECTED, List.of());
                return;
            }
            List<ImportProblem> problems = new ArrayList<>();
            for (Refusal refusal : result.refusals()) {
                problems.add(refusalProblem(pending.row, match, refusal));
            }
            run.decide(pending.row, RowOutcome.REFUSED, problems);
        }

        private void decideOther(Pending pending, EnrollmentResult result) {
            List<ImportProblem> problems = new ArrayList<>(pending.cellProblems);
            if (pending.earlierRow > 0) {
                problems.add(repeatProblem(pending, match));
            }
            for (Refusal refusal : result.refusals()) {
                boolean repeat = pending.earlierRow > 0
                        && (refusal.rule() == EnrollmentRule.NOT_REGISTERED
                        || refusal.rule() == EnrollmentRule.NOT_TWICE_IN_BATCH);
                boolean consequence = pending.faulty.contains(refusal.field())
                        || pending.faulty.contains(FormField.IDENTITY_NUMBER)
                        && refusal.rule() == EnrollmentRule.IDENTITY_DOCUMENT;
                if (!repeat && !consequence) {
                    problems.add(refusalProblem(pending.row, match, refusal));
                }
            }
            run.decide(pending.row, RowOutcome.REFUSED, problems);
        }
    }
}
