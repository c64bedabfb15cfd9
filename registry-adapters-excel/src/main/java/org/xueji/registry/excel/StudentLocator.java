package org.xueji.registry.excel;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.enrollment.Enrollment;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.organisation.SchoolIdentifier;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentKey;

/**
 * Finds the student a row of a records or graduate sheet names, among the students of one
 * school as the actor may see them: by the student's identity number (身份证件号), by the
 * registry number (学籍号), or by both, which must then name the same student; a name column,
 * where the sheet has one, must agree with the record.
 *
 * <p>The school's students in every status but deleted are listed once, when the locator is
 * made; a student of another school is not found. Not thread-safe.
 */
final class StudentLocator {

    static final String IDENTITY = "IDENTITY_NUMBER";
    static final String REGISTRY_NUMBER = "REGISTRY_NUMBER";
    static final String NAME = "NAME";
    static final String RULE = "STUDENT";

    private final Map<StudentKey, Student> byKey = new HashMap<>();
    private final Map<String, Student> byNumber = new HashMap<>();
    private final SchoolIdentifier school;
    private final Clock clock;
    private final boolean nameRequired;

    private StudentLocator(SchoolIdentifier school, Clock clock, boolean nameRequired) {
        this.school = school;
        this.clock = clock;
        this.nameRequired = nameRequired;
    }

    /**
     * Lists the students of a school the actor may see.
     *
     * @throws org.xueji.registry.access.AccessDeniedException if the school lies outside the
     *     actor's scope
     */
    static StudentLocator of(Registry registry, Actor actor, SchoolIdentifier school,
            boolean nameRequired) {
        StudentLocator locator = new StudentLocator(school, registry.clock(), nameRequired);
        Enrollment enrollment = registry.enrollment();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            if (status == RegistrationStatus.DELETED) {
                continue;
            }
            for (Student student : enrollment.list(actor, school, status)) {
                locator.byKey.put(student.key(), student);
                locator.byNumber.put(student.registryNumber().value(), student);
            }
        }
        return locator;
    }

    /** Returns the columns that name the student, the name column required as asked. */
    static List<ColumnDefinition> columns(boolean nameRequired) {
        List<ColumnDefinition> columns = new ArrayList<>();
        columns.add(ColumnDefinition.optional(IDENTITY, "身份证件号", "身份证件号码", "身份证号",
                "身份证号码", "证件号码", "证件号", "公民身份号码", "学生身份证号"));
        columns.add(ColumnDefinition.optional(REGISTRY_NUMBER, "学籍号", "全国学籍号",
                "学籍辅号", "学生学籍号", "全国学籍号码", "学籍编号"));
        String[] names = {"学生姓名", "姓名(学生)"};
        columns.add(nameRequired ? ColumnDefinition.required(NAME, "姓名", names)
                : ColumnDefinition.optional(NAME, "姓名", names));
        return columns;
    }

    /**
     * Refuses a sheet that has neither an identity-number nor a registry-number column.
     *
     * @throws RegistryException with {@link ErrorCode#MISSING_COLUMNS}
     */
    static void requireKeyColumn(HeaderMatch match) {
        if (match.columnOf(IDENTITY).isEmpty() && match.columnOf(REGISTRY_NUMBER).isEmpty()) {
            throw new RegistryException(ErrorCode.MISSING_COLUMNS,
                    "工作表“" + match.sheetName() + "”第 " + match.rowNumber()
                            + " 行的表头缺少必需的列：身份证件号或学籍号（至少一列）",
                    "the header in row " + match.rowNumber() + " of sheet " + match.sheetName()
                            + " lacks the required columns: identity number or registry number"
                            + " (at least one)");
        }
    }

    /**
     * Finds the student a row names, adding every problem found to the list.
     *
     * @return the student, or empty if a problem was found
     */
    Optional<Student> locate(Row row, HeaderMatch match, List<ImportProblem> problems) {
        int before = problems.size();
        Optional<Student> byIdentity = byIdentity(row, match, problems);
        Optional<Student> byRegistry = byRegistryNumber(row, match, problems);
        if (problems.size() > before) {
            return Optional.empty();
        }
        if (byIdentity.isEmpty() && byRegistry.isEmpty()) {
            String key = match.columnOf(IDENTITY).isPresent() ? IDENTITY : REGISTRY_NUMBER;
            problems.add(problem(row, match, key, ErrorCode.INVALID_VALUE,
                    "身份证件号和学籍号都为空，至少填写一项",
                    "neither an identity number nor a registry number is given"));
            return Optional.empty();
        }
        if (byIdentity.isPresent() && byRegistry.isPresent()
                && !byIdentity.get().id().equals(byRegistry.get().id())) {
            problems.add(problem(row, match, REGISTRY_NUMBER, ErrorCode.INVALID_VALUE,
                    "身份证件号和学籍号指向不同的学生",
                    "the identity number and the registry number name different students"));
            return Optional.empty();
        }
        Student student = byIdentity.orElseGet(byRegistry::get);
        checkName(row, match, student, problems);
        return problems.size() > before ? Optional.empty() : Optional.of(student);
    }

    private Optional<Student> byIdentity(Row row, HeaderMatch match,
            List<ImportProblem> problems) {
        OptionalInt column = match.columnOf(IDENTITY);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        Cell cell = row.cell(column.getAsInt());
        CellResult<String> read = CellValues.identityNumber(cell);
        if (read.problem().isPresent()) {
            problems.add(cellProblem(row, match, cell, read.problem().get()));
            return Optional.empty();
        }
        if (read.isBlank()) {
            return Optional.empty();
        }
        if (!IdentityNumber.isValid(read.value())) {
            problems.add(problem(row, match, IDENTITY, ErrorCode.INVALID_IDENTITY_NUMBER,
                    "身份证件号无效", "the identity number is not valid"));
            return Optional.empty();
        }
        Student found = byKey.get(StudentKey.ofIdentityNumber(IdentityNumber.parse(read.value())));
        if (found == null) {
            problems.add(notFound(row, match, IDENTITY, "身份证件号", "identity number"));
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private Optional<Student> byRegistryNumber(Row row, HeaderMatch match,
            List<ImportProblem> problems) {
        OptionalInt column = match.columnOf(REGISTRY_NUMBER);
        if (column.isEmpty()) {
            return Optional.empty();
        }
        String text = CellValues.text(row.cell(column.getAsInt())).replaceAll("\\s", "");
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (!RegistryNumber.isValid(text, clock)) {
            problems.add(problem(row, match, REGISTRY_NUMBER, ErrorCode.INVALID_REGISTRY_NUMBER,
                    "学籍号无效", "the registry number is not valid"));
            return Optional.empty();
        }
        Student found = byNumber.get(RegistryNumber.parse(text, clock).value());
        if (found == null) {
            problems.add(notFound(row, match, REGISTRY_NUMBER, "学籍号", "registry number"));
            return Optional.empty();
        }
        return Optional.of(found);
    }

    private void checkName(Row row, HeaderMatch match, Student student,
            List<ImportProblem> problems) {
        OptionalInt column = match.columnOf(NAME);
        if (column.isEmpty()) {
            return;
        }
        String name = CellValues.text(row.cell(column.getAsInt())).strip();
        String recorded = student.details().name();
        if (name.isEmpty()) {
            if (nameRequired) {
                problems.add(problem(row, match, NAME, ErrorCode.INVALID_VALUE,
                        "姓名为空", "the name is blank"));
            }
            return;
        }
        if (!name.equals(recorded)) {
            problems.add(problem(row, match, NAME, ErrorCode.INVALID_VALUE,
                    "姓名" + CellProblem.quote(name) + "与学籍记录中的姓名"
                            + CellProblem.quote(recorded) + "不一致",
                    "the name " + CellProblem.quote(name) + " differs from the recorded name "
                            + CellProblem.quote(recorded)));
        }
    }

    private ImportProblem notFound(Row row, HeaderMatch match, String key, String chinese,
            String english) {
        return problem(row, match, key, ErrorCode.NOT_FOUND,
                "学校" + school.value() + "中没有此" + chinese + "的学生（或不在您的管理范围内）",
                "no student of school " + school.value() + " within your scope has this "
                        + english);
    }

    /** Makes a problem located at a column of the row, or at the whole row without it. */
    static ImportProblem problem(Row row, HeaderMatch match, String key, String rule,
            ErrorCode code, String chinese, String english) {
        OptionalInt column = match.columnOf(key);
        int index = column.orElse(-1);
        return new ImportProblem(row.sheetName(), row.rowNumber(), index,
                index < 0 ? "" : match.headerOf(index),
                index < 0 ? "" : Cell.columnName(index) + row.rowNumber(), rule, code, chinese,
                english);
    }

    /** Makes a problem a cell reader found. */
    static ImportProblem cellProblem(Row row, HeaderMatch match, Cell cell, String rule,
            CellProblem problem) {
        return new ImportProblem(row.sheetName(), row.rowNumber(), cell.columnIndex(),
                match.headerOf(cell.columnIndex()), cell.reference(), rule, problem.code(),
                problem.chineseMessage(), problem.englishMessage());
    }

    private static ImportProblem problem(Row row, HeaderMatch match, String key, ErrorCode code,
            String chinese, String english) {
        return problem(row, match, key, RULE, code, chinese, english);
    }

    private static ImportProblem cellProblem(Row row, HeaderMatch match, Cell cell,
            CellProblem problem) {
        return cellProblem(row, match, cell, RULE, problem);
    }
}
