package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.AccessDeniedException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.organisation.SchoolClass;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.RegistrationStatus;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;

/**
 * Exports students to an .xlsx workbook: a class roster (花名册) or any list of students.
 *
 * <p>The columns are the national form's, in its order and under its column names
 * ({@link FormField#columnName()}), followed by the registry number (学籍号), the regional
 * number (地区学号) and the registration status; so an exported roster can be imported again by
 * {@link NewStudentImport}. Coded fields are written by their Chinese names.
 *
 * <p>Identity numbers are written in full: a roster is the school's own working document. They
 * are never logged. Every text is written by {@link XlsxWriter}, so a value that starts with
 * {@code =}, {@code +}, {@code -} or {@code @} is never run as a formula.
 *
 * <p>This class is thread-safe.
 */
public final class StudentListExport {

    /** The sheet name of an export. */
    public static final String SHEET = "学生名单";

    private static final Logger LOG = LoggerFactory.getLogger(StudentListExport.class);
    private static final List<Column> COLUMNS = columns();

    private StudentListExport() {
    }

    /**
     * Writes the roster of a class (花名册): its collected, submitted and registered students,
     * by name.
     *
     * @param registry  the registry, not null
     * @param actor  an actor whose scope contains the class's school, not null
     * @param classId  the class, not null
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @return the number of students written
     * @throws AccessDeniedException if the school lies outside the actor's scope
     * @throws RegistryException with {@link ErrorCode#NOT_FOUND} if there is no such class
     */
    public static int roster(Registry registry, Actor actor, ClassId classId, Path file) {
        requireNonNull(registry, "registry");
        requireNonNull(classId, "classId");
        SchoolClass schoolClass = registry.organisations().findClass(actor, classId);
        List<Student> students = new ArrayList<>();
        for (RegistrationStatus status : RegistrationStatus.values()) {
            registry.enrollment().list(actor, schoolClass.school(), status).stream()
                    .filter(student -> student.classId().equals(classId))
                    .forEach(students::add);
        }
        students.sort(Comparator.comparing((Student student) -> student.details().name())
                .thenComparing(student -> student.registryNumber().value()));
        return write(students, id -> id.equals(classId) ? schoolClass.profile().name()
                : classNameOf(registry, actor, id), file);
    }

    /**
     * Writes a list of students, in the list's order, naming each student's class.
     *
     * @param registry  the registry the students come from, to name their classes, not null
     * @param actor  an actor whose scope contains the students' schools, not null
     * @param students  the students, not null
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @return the number of students written
     * @throws AccessDeniedException if a class lies outside the actor's scope
     */
    public static int students(Registry registry, Actor actor, List<Student> students,
            Path file) {
        requireNonNull(registry, "registry");
        requireNonNull(actor, "actor");
        Map<ClassId, String> names = new HashMap<>();
        return write(students,
                id -> names.computeIfAbsent(id, key -> classNameOf(registry, actor, key)), file);
    }

    private static String classNameOf(Registry registry, Actor actor, ClassId id) {
        return registry.organisations().findClass(actor, id).profile().name();
    }

    private static int write(List<Student> students, Function<ClassId, String> className,
            Path file) {
        requireNonNull(file, "file");
        List<ColumnSpec> specs = new ArrayList<>();
        for (Column column : COLUMNS) {
            specs.add(ColumnSpec.of(column.header).withWidth(column.width));
        }
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            XlsxWriter.SheetWriter sheet = writer.sheet(SHEET, specs);
            for (Student student : students) {
                List<Object> values = new ArrayList<>(COLUMNS.size());
                for (Column column : COLUMNS) {
                    values.add(column.value.apply(new Source(student, className)));
                }
                sheet.row(values);
            }
        }
        LOG.info("Exported {} students to {}", students.size(), file.getFileName());
        return students.size();
    }

    private static List<Column> columns() {
        List<Column> columns = new ArrayList<>();
        add(columns, FormField.NAME, 10, s -> s.details().name());
        add(columns, FormField.SEX, 6, s -> name(s.details().sex()));
        add(columns, FormField.BIRTH_DATE, 12, s -> s.details().birthDate());
        add(columns, FormField.BIRTHPLACE, 16, s -> s.details().birthplace());
        add(columns, FormField.NATIVE_PLACE, 16, s -> s.details().nativePlace());
        add(columns, FormField.ETHNICITY, 8, s -> name(s.details().ethnicity()));
        add(columns, FormField.NATIONALITY, 10, s -> s.details().nationality());
        add(columns, FormField.IDENTITY_DOCUMENT_TYPE, 12, s -> s.student.identityDocument()
                .map(document -> name(document.type())).orElse(null));
        add(columns, FormField.IDENTITY_NUMBER, 21, s -> s.student.identityDocument()
                .flatMap(IdentityDocument::number).orElse(null));
        add(columns, FormField.OVERSEAS_STATUS, 10, s -> name(s.details().overseasStatus()));
        add(columns, FormField.HEALTH, 8, s -> name(s.details().health()));
        add(columns, FormField.HOUSEHOLD_PLACE, 16, s -> s.details().householdPlace());
        add(columns, FormField.HOUSEHOLD_TYPE, 10, s -> name(s.details().householdType()));
        add(columns, FormField.ENTRY_MONTH, 10, s -> s.details().entryMonth().toString());
        add(columns, FormField.ATTENDANCE_MODE, 8, s -> name(s.details().attendanceMode()));
        add(columns, FormField.SOURCE, 10, s -> name(s.details().source()));
        add(columns, FormField.ADDRESS, 24, s -> s.details().address());
        add(columns, FormField.PHONE, 14, s -> s.details().phone());
        add(columns, FormField.ONLY_CHILD, 8, s -> yesNo(s.details().onlyChild()));
        add(columns, FormField.LEFT_BEHIND, 8, s -> yesNo(s.details().leftBehind()));
        add(columns, FormField.MIGRANT, 8, s -> yesNo(s.details().migrant()));
        add(columns, FormField.DISABILITY, 10, s -> name(s.details().disability()));
        add(columns, FormField.INCLUSIVE_CLASS, 10, s -> name(s.details().inclusiveClass()));
        add(columns, FormField.CLASS, 12, s -> s.className.apply(s.student.classId()));
        for (int i = 0; i < 2; i++) {
            int index = i;
            FormField[] fields = i == 0
                    ? new FormField[] {FormField.GUARDIAN1_NAME, FormField.GUARDIAN1_RELATION,
                        FormField.GUARDIAN1_DOCUMENT_TYPE, FormField.GUARDIAN1_DOCUMENT_NUMBER,
                        FormField.GUARDIAN1_PHONE}
                    : new FormField[] {FormField.GUARDIAN2_NAME, FormField.GUARDIAN2_RELATION,
                        FormField.GUARDIAN2_DOCUMENT_TYPE, FormField.GUARDIAN2_DOCUMENT_NUMBER,
                        FormField.GUARDIAN2_PHONE};
            add(columns, fields[0], 10, s -> s.guardian(index).map(Guardian::name)
                    .orElse(null));
            add(columns, fields[1], 8, s -> s.guardian(index).map(Guardian::relation)
                    .orElse(null));
            add(columns, fields[2], 12, s -> s.guardian(index).map(Guardian::document)
                    .map(document -> name(document.type())).orElse(null));
            add(columns, fields[3], 21, s -> s.guardian(index).map(Guardian::document)
                    .flatMap(IdentityDocument::number).orElse(null));
            add(columns, fields[4], 14, s -> s.guardian(index).map(Guardian::phone)
                    .orElse(null));
        }
        columns.add(new Column("学籍号", 22, s -> s.student.registryNumber().value()));
        columns.add(new Column("地区学号", 18, s -> s.student.regionalNumber().value()));
        columns.add(new Column("学籍状态", 8, s -> s.student.status().chineseName()));
        return List.copyOf(columns);
    }

    private static void add(List<Column> columns, FormField field, double width,
            Function<Source, Object> value) {
        columns.add(new Column(field.columnName(), width, value));
    }

    private static String name(CodeTable entry) {
        return entry == null ? null : entry.chineseName();
    }

    private static String yesNo(boolean flag) {
        return flag ? "是" : "否";
    }

    /**
     * One exported column: its header, width and how a student gives its value.
     */
    private record Column(String header, double width, Function<Source, Object> value) {
    }

    /**
     * A student being written, with the way to name its class.
     */
    private record Source(Student student, Function<ClassId, String> className) {

        StudentDetails details() {
            return student.details();
        }

        Optional<Guardian> guardian(int index) {
            List<Guardian> guardians = student.guardians();
            return index < guardians.size() ? Optional.of(guardians.get(index))
                    : Optional.empty();
        }
    }
}
