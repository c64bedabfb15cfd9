package org.xueji.registry.exchange;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.RegistryException;
import org.xueji.registry.code.AttendanceMode;
import org.xueji.registry.code.CodeTable;
import org.xueji.registry.code.CodeTables;
import org.xueji.registry.code.Disability;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.HealthStatus;
import org.xueji.registry.code.HouseholdType;
import org.xueji.registry.code.IdentityDocumentType;
import org.xueji.registry.code.InclusiveClass;
import org.xueji.registry.code.OverseasChineseStatus;
import org.xueji.registry.code.Sex;
import org.xueji.registry.code.StudentSource;
import org.xueji.registry.identity.IdentityDocument;
import org.xueji.registry.identity.RegionalNumberScheme;
import org.xueji.registry.identity.RegionalStudentNumber;
import org.xueji.registry.identity.RegistryNumber;
import org.xueji.registry.internal.IdentityMasker;
import org.xueji.registry.organisation.ClassId;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.Student;
import org.xueji.registry.student.StudentDetails;

/**
 * One student in the national form's layout: a value for every {@link NationalField}, written
 * as the field's documentation says. {@link #of(Student)} writes a student's record;
 * the typed readers ({@link #details()}, {@link #identityDocument(Clock)}, …) read the values
 * back, so that a record exported and imported again loses none of the national fields the
 * registry keeps.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NationalRecord {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("uuuuMM");
    private static final NationalField[] MEMBER1 = {NationalField.MEMBER1_NAME,
        NationalField.MEMBER1_RELATION, NationalField.MEMBER1_DOCUMENT_TYPE,
        NationalField.MEMBER1_DOCUMENT_NUMBER, NationalField.MEMBER1_PHONE};
    private static final NationalField[] MEMBER2 = {NationalField.MEMBER2_NAME,
        NationalField.MEMBER2_RELATION, NationalField.MEMBER2_DOCUMENT_TYPE,
        NationalField.MEMBER2_DOCUMENT_NUMBER, NationalField.MEMBER2_PHONE};

    private final Map<NationalField, String> values;

    private NationalRecord(Map<NationalField, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /**
     * Writes a student's record in the national layout.
     *
     * @param student  the student, not null
     * @return the record, not null
     */
    public static NationalRecord of(Student student) {
        requireNonNull(student, "student");
        StudentDetails details = student.details();
        Map<NationalField, String> values = new EnumMap<>(NationalField.class);
        values.put(NationalField.REGISTRY_NUMBER, student.registryNumber().value());
        values.put(NationalField.REGIONAL_NUMBER, student.regionalNumber().value());
        values.put(NationalField.SCHOOL, student.school().value());
        values.put(NationalField.CLASS, student.classId().toString());
        values.put(NationalField.NAME, details.name());
        values.put(NationalField.SEX, details.sex().code());
        values.put(NationalField.BIRTH_DATE, DATE.format(details.birthDate()));
        values.put(NationalField.BIRTHPLACE, details.birthplace());
        values.put(NationalField.NATIVE_PLACE, details.nativePlace());
        values.put(NationalField.ETHNICITY, details.ethnicity().code());
        values.put(NationalField.NATIONALITY, details.nationality());
        values.put(NationalField.IDENTITY_DOCUMENT_TYPE, student.identityDocument()
                .map(document -> document.type().code()).orElse(""));
        values.put(NationalField.IDENTITY_NUMBER, student.identityDocument()
                .flatMap(IdentityDocument::number).orElse(""));
        values.put(NationalField.OVERSEAS_STATUS, details.overseasStatus().code());
        values.put(NationalField.HEALTH, details.health().code());
        values.put(NationalField.HOUSEHOLD_PLACE, details.householdPlace());
        values.put(NationalField.HOUSEHOLD_TYPE, details.householdType().code());
        values.put(NationalField.ENTRY_MONTH, MONTH.format(details.entryMonth()));
        values.put(NationalField.ATTENDANCE_MODE, details.attendanceMode().code());
        values.put(NationalField.SOURCE, details.source().code());
        values.put(NationalField.ADDRESS, details.address());
        values.put(NationalField.PHONE, details.phone());
        values.put(NationalField.ONLY_CHILD, flag(details.onlyChild()));
        values.put(NationalField.LEFT_BEHIND, flag(details.leftBehind()));
        values.put(NationalField.MIGRANT, flag(details.migrant()));
        values.put(NationalField.DISABILITY, details.disability().code());
        values.put(NationalField.INCLUSIVE_CLASS, details.inclusiveClass().code());
        List<Guardian> guardians = student.guardians();
        putMember(values, MEMBER1, guardians.size() > 0 ? guardians.get(0) : null);
        putMember(values, MEMBER2, guardians.size() > 1 ? guardians.get(1) : null);
        return new NationalRecord(values);
    }

    /**
     * Obtains a record from its values in column order, as a file row gives them.
     *
     * @param row  one value per {@link NationalField}, in its order, not null
     * @return the record, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_EXCHANGE_FILE} if the row has
     *     another number of values
     */
    public static NationalRecord ofRow(List<String> row) {
        requireNonNull(row, "row");
        NationalField[] fields = NationalField.values();
        if (row.size() != fields.length) {
            throw new RegistryException(ErrorCode.INVALID_EXCHANGE_FILE,
                    "该行有" + row.size() + "列，应为" + fields.length + "列",
                    "The row has " + row.size() + " columns, not " + fields.length);
        }
        Map<NationalField, String> values = new EnumMap<>(NationalField.class);
        for (int i = 0; i < fields.length; i++) {
            values.put(fields[i], requireNonNull(row.get(i), "value"));
        }
        return new NationalRecord(values);
    }

    private static void putMember(Map<NationalField, String> values, NationalField[] fields,
            Guardian guardian) {
        values.put(fields[0], guardian == null ? "" : guardian.name());
        values.put(fields[1], guardian == null ? "" : guardian.relation());
        Optional<IdentityDocument> document = Optional.ofNullable(guardian)
                .map(Guardian::document);
        values.put(fields[2], document.map(d -> d.type().code()).orElse(""));
        values.put(fields[3], document.flatMap(IdentityDocument::number).orElse(""));
        values.put(fields[4], guardian == null ? "" : guardian.phone());
    }

    private static String flag(boolean yes) {
        return yes ? "1" : "0";
    }

    /**
     * Returns the value of a field as written.
     *
     * @param field  the field, not null
     * @return the value, empty if the record has none, not null
     */
    public String get(NationalField field) {
        return values.get(requireNonNull(field, "field"));
    }

    /**
     * Returns the values in column order.
     *
     * @return one value per field, not null
     */
    public List<String> row() {
        return List.copyOf(values.values());
    }

    /**
     * Reads the registry number back.
     *
     * @param clock  the clock that judges the birth date, not null
     * @return the number, not null
     * @throws RegistryException if the value is not a registry number
     */
    public RegistryNumber registryNumber(Clock clock) {
        return RegistryNumber.parse(get(NationalField.REGISTRY_NUMBER), clock);
    }

    /**
     * Reads the regional number back.
     *
     * @param scheme  the province's scheme of regional numbers, not null
     * @return the number, not null
     * @throws RegistryException if the value is not a number of the scheme
     */
    public RegionalStudentNumber regionalNumber(RegionalNumberScheme scheme) {
        return scheme.parse(get(NationalField.REGIONAL_NUMBER));
    }

    /**
     * Reads the class back.
     *
     * @return the class id, not null
     * @throws RegistryException if the value is not a class id
     */
    public ClassId classId() {
        return ClassId.parse(get(NationalField.CLASS));
    }

    /**
     * Reads the personal data back.
     *
     * @return the details, not null
     * @throws RegistryException with {@link ErrorCode#INVALID_EXCHANGE_FILE} or
     *     {@link ErrorCode#UNKNOWN_CODE} if a value is not of its field's shape
     */
    public StudentDetails details() {
        return new StudentDetails(get(NationalField.NAME),
                code(Sex.class, NationalField.SEX), date(NationalField.BIRTH_DATE),
                get(NationalField.BIRTHPLACE), get(NationalField.NATIVE_PLACE),
                code(Ethnicity.class, NationalField.ETHNICITY), get(NationalField.NATIONALITY),
                code(OverseasChineseStatus.class, NationalField.OVERSEAS_STATUS),
                code(HealthStatus.class, NationalField.HEALTH),
                get(NationalField.HOUSEHOLD_PLACE),
                code(HouseholdType.class, NationalField.HOUSEHOLD_TYPE),
                parse(NationalField.ENTRY_MONTH, text -> YearMonth.parse(text, MONTH)),
                code(AttendanceMode.class, NationalField.ATTENDANCE_MODE),
                code(StudentSource.class, NationalField.SOURCE), get(NationalField.ADDRESS),
                get(NationalField.PHONE), flag(NationalField.ONLY_CHILD),
                flag(NationalField.LEFT_BEHIND), flag(NationalField.MIGRANT),
                code(Disability.class, NationalField.DISABILITY),
                code(InclusiveClass.class, NationalField.INCLUSIVE_CLASS));
    }

    /**
     * Reads the student's identity document back.
     *
     * @param clock  the clock that judges a birth date, not null
     * @return the document, or empty if the record has no document type
     * @throws RegistryException if the type or number is invalid
     */
    public Optional<IdentityDocument> identityDocument(Clock clock) {
        return document(NationalField.IDENTITY_DOCUMENT_TYPE, NationalField.IDENTITY_NUMBER,
                clock);
    }

    /**
     * Reads the family members or guardians back.
     *
     * @param clock  the clock that judges a birth date, not null
     * @return the guardians in column order, those with a name, not null
     * @throws RegistryException if a document is invalid
     */
    public List<Guardian> guardians(Clock clock) {
        List<Guardian> guardians = new ArrayList<>();
        for (NationalField[] member : List.of(MEMBER1, MEMBER2)) {
            if (!get(member[0]).isEmpty()) {
                guardians.add(new Guardian(get(member[0]), get(member[1]),
                        document(member[2], member[3], clock).orElse(null), get(member[4])));
            }
        }
        return guardians;
    }

    private Optional<IdentityDocument> document(NationalField type, NationalField number,
            Clock clock) {
        if (get(type).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(IdentityDocument.of(code(IdentityDocumentType.class, type),
                get(number), clock));
    }

    private <E extends Enum<E> & CodeTable> E code(Class<E> table, NationalField field) {
        return CodeTables.parse(table, get(field));
    }

    private LocalDate date(NationalField field) {
        return parse(field, text -> LocalDate.parse(text, DATE));
    }

    private boolean flag(NationalField field) {
        return parse(field, text -> {
            if (!text.equals("1") && !text.equals("0")) {
                throw new DateTimeParseException("not 1 or 0", text, 0);
            }
            return text.equals("1");
        });
    }

    private <T> T parse(NationalField field, Function<String, T> reader) {
        String text = get(field);
        try {
            return reader.apply(text);
        } catch (DateTimeParseException ex) {
            throw new RegistryException(ErrorCode.INVALID_EXCHANGE_FILE,
                    field.header() + "“" + text + "”格式错误",
                    "Field " + field + " '" + text + "' is malformed", ex);
        }
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof NationalRecord && ((NationalRecord) obj).values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    /**
     * Returns the registry number and name, identity numbers masked.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return "NationalRecord[" + IdentityMasker.mask(get(NationalField.REGISTRY_NUMBER)) + " "
                + get(NationalField.NAME) + "]";
    }
}
