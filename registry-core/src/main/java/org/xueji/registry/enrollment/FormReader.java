package org.xueji.registry.enrollment;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import org.xueji.registry.internal.Texts;
import org.xueji.registry.student.Guardian;
import org.xueji.registry.student.StudentDetails;

/**
 * Reads a {@link NewStudentForm}'s texts into typed values, gathering a refusal under
 * {@link EnrollmentRule#FORM_FIELDS} or {@link EnrollmentRule#IDENTITY_DOCUMENT} for every field
 * that cannot be read. Not API.
 */
final class FormReader {

    private static final Pattern DATE = Pattern.compile(
            "(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?"
                    + "|(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern MONTH =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?|(\\d{4})(\\d{2})");

    private final NewStudentForm form;
    private final Clock clock;
    private final List<Refusal> refusals = new ArrayList<>();

    private FormReader(NewStudentForm form, Clock clock) {
        this.form = form;
        this.clock = clock;
    }

    /**
     * Reads a form; the entry year gives a blank entry month.
     */
    static Reading read(NewStudentForm form, int entryYear, Clock clock) {
        return new FormReader(form, clock).read(entryYear);
    }

    private Reading read(int entryYear) {
        String name = required(FormField.NAME, 50);
        Sex sex = code(FormField.SEX, Sex.class);
        LocalDate birthDate = date(FormField.BIRTH_DATE);
        String nationality = required(FormField.NATIONALITY, 40);
        Ethnicity ethnicity = code(FormField.ETHNICITY, Ethnicity.class);
        OverseasChineseStatus overseas = code(FormField.OVERSEAS_STATUS,
                OverseasChineseStatus.class);
        HealthStatus health = code(FormField.HEALTH, HealthStatus.class);
        HouseholdType household = code(FormField.HOUSEHOLD_TYPE, HouseholdType.class);
        AttendanceMode attendance = code(FormField.ATTENDANCE_MODE, AttendanceMode.class);
        StudentSource source = code(FormField.SOURCE, StudentSource.class);
        Disability disability = code(FormField.DISABILITY, Disability.class);
        InclusiveClass inclusive = code(FormField.INCLUSIVE_CLASS, InclusiveClass.class);
        YearMonth entryMonth = month(FormField.ENTRY_MONTH, YearMonth.of(entryYear, 9));
        boolean onlyChild = flag(FormField.ONLY_CHILD);
        boolean leftBehind = flag(FormField.LEFT_BEHIND);
        boolean migrant = flag(FormField.MIGRANT);
        String birthplace = optional(FormField.BIRTHPLACE, 100);
        String nativePlace = optional(FormField.NATIVE_PLACE, 100);
        String householdPlace = optional(FormField.HOUSEHOLD_PLACE, 100);
        String address = optional(FormField.ADDRESS, 200);
        String phone = optional(FormField.PHONE, 20);
        required(FormField.CLASS, 40);
        IdentityDocument document = document(FormField.IDENTITY_DOCUMENT_TYPE,
                FormField.IDENTITY_NUMBER, true);
        List<Guardian> guardians = new ArrayList<>();
        guardian(FormField.GUARDIAN1_NAME, FormField.GUARDIAN1_RELATION,
                FormField.GUARDIAN1_DOCUMENT_TYPE, FormField.GUARDIAN1_DOCUMENT_NUMBER,
                FormField.GUARDIAN1_PHONE, true).ifPresent(guardians::add);
        guardian(FormField.GUARDIAN2_NAME, FormField.GUARDIAN2_RELATION,
                FormField.GUARDIAN2_DOCUMENT_TYPE, FormField.GUARDIAN2_DOCUMENT_NUMBER,
                FormField.GUARDIAN2_PHONE, false).ifPresent(guardians::add);

        StudentDetails details = null;
        if (!refusesFields()) {
            details = new StudentDetails(name, sex, birthDate, birthplace, nativePlace,
                    ethnicity, nationality, overseas, health, householdPlace, household,
                    entryMonth, attendance, source, address, phone, onlyChild, leftBehind,
                    migrant, disability, inclusive);
        }
        return new Reading(details, document, List.copyOf(guardians), List.copyOf(refusals));
    }

    private boolean refusesFields() {
        for (Refusal refusal : refusals) {
            if (refusal.rule() == EnrollmentRule.FORM_FIELDS) {
                return true;
            }
        }
        return false;
    }

    private String text(FormField field) {
        return form.value(field).strip();
    }

    private String required(FormField field, int maxLength) {
        String text = text(field);
        if (text.isEmpty()) {
            refuse(field, ErrorCode.INVALID_VALUE, "“" + field.columnName() + "”不能为空",
                    capitalised(field) + " is required");
            return null;
        }
        return limited(field, text, maxLength);
    }

    private String optional(FormField field, int maxLength) {
        return limited(field, text(field), maxLength);
    }

    private String limited(FormField field, String text, int maxLength) {
        if (text.length() > maxLength) {
            refuse(field, ErrorCode.INVALID_VALUE,
                    "“" + field.columnName() + "”不能超过" + maxLength + "个字符",
                    capitalised(field) + " must not exceed " + maxLength + " characters");
            return null;
        }
        if (!Texts.isClean(text, false)) {
            refuse(field, ErrorCode.INVALID_VALUE,
                    "“" + field.columnName() + "”含有控制字符或无法显示的字符",
                    capitalised(field) + " holds control or invisible characters");
            return null;
        }
        return text;
    }

    private <E extends Enum<E> & CodeTable> E code(FormField field, Class<E> table) {
        String text = required(field, 40);
        if (text == null) {
            return null;
        }
        Optional<E> entry = CodeTables.find(table, text);
        if (entry.isEmpty()) {
            refuse(field, ErrorCode.UNKNOWN_CODE, "“" + field.columnName() + "”的值“" + text
                    + "”不在" + CodeTables.tableName(table) + "代码表中",
                    capitalised(field) + " '" + text + "' is not in its code table");
            return null;
        }
        return entry.get();
    }

    private LocalDate date(FormField field) {
        String text = required(field, 20);
        if (text == null) {
            return null;
        }
        LocalDate date = parseDate(text);
        if (date != null && !date.isAfter(LocalDate.now(clock)) && date.getYear() >= 1900) {
            return date;
        }
        refuse(field, ErrorCode.INVALID_VALUE, "“" + field.columnName() + "”“" + text
                + "”不是有效日期，应写作如“2019-08-31”",
                capitalised(field) + " '" + text + "' is not a valid date such as 2019-08-31");
        return null;
    }

    /**
     * Reads a date in any of the forms {@link #DATE} accepts, or returns null. The ISO form
     * ({@code 2019-08-31}), which the spreadsheet import writes for every date cell, is read
     * without the pattern; it is one of the pattern's forms, so the result is the same.
     */
    static LocalDate parseDate(String text) {
        try {
            if (isIso(text, 10)) {
                return LocalDate.of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            }
            Matcher matcher = DATE.matcher(text);
            if (matcher.matches()) {
                int offset = matcher.group(1) != null ? 1 : 4;
                return LocalDate.of(Integer.parseInt(matcher.group(offset)),
                        Integer.parseInt(matcher.group(offset + 1)),
                        Integer.parseInt(matcher.group(offset + 2)));
            }
        } catch (DateTimeException ex) {
            return null;
        }
        return null;
    }

    private YearMonth month(FormField field, YearMonth blank) {
        String text = text(field);
        if (text.isEmpty()) {
            return blank;
        }
        YearMonth month = parseMonth(text);
        if (month != null) {
            return month;
        }
        refuse(field, ErrorCode.INVALID_VALUE, "“" + field.columnName() + "”“" + text
                + "”不是有效年月，应写作如“2025-09”",
                capitalised(field) + " '" + text + "' is not a month such as 2025-09");
        return null;
    }

    /** Reads a month as {@link #MONTH} accepts it, the ISO form {@code 2025-09} directly. */
    static YearMonth parseMonth(String text) {
        try {
            if (isIso(text, 7)) {
                return YearMonth.of(digits(text, 0, 4), digits(text, 5, 7));
            }
            Matcher matcher = MONTH.matcher(text);
            if (matcher.matches()) {
                int offset = matcher.group(1) != null ? 1 : 3;
                return YearMonth.of(Integer.parseInt(matcher.group(offset)),
                        Integer.parseInt(matcher.group(offset + 1)));
            }
        } catch (DateTimeException ex) {
            return null;
        }
        return null;
    }

    /**
     * Tells whether a text is {@code yyyy-MM} (length 7) or {@code yyyy-MM-dd} (length 10) in
     * ASCII digits, the only digits the patterns' {@code \d} matches.
     */
    private static boolean isIso(String text, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            boolean ok = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + text.charAt(i) - '0';
        }
        return value;
    }

    private boolean flag(FormField field) {
        String text = text(field);
        switch (text) {
            case "":
            case "否":
            case "0":
            case "N":
            case "n":
                return false;
            case "是":
            case "1":
            case "Y":
            case "y":
                return true;
            default:
                refuse(field, ErrorCode.INVALID_VALUE,
                        "“" + field.columnName() + "”应填“是”或“否”",
                        capitalised(field) + " must be yes or no");
                return false;
        }
    }

    private IdentityDocument document(FormField typeField, FormField numberField,
            boolean required) {
        String typeText = text(typeField);
        if (typeText.isEmpty() && !required) {
            return null;
        }
        IdentityDocumentType type = code(typeField, IdentityDocumentType.class);
        if (type == null) {
            return null;
        }
        try {
            return IdentityDocument.of(type, text(numberField), clock);
        } catch (RegistryException ex) {
            refusals.add(new Refusal(EnrollmentRule.IDENTITY_DOCUMENT, ex.code(), numberField,
                    "“" + numberField.columnName() + "”：" + ex.chineseMessage(),
                    capitalised(numberField) + ": " + ex.englishMessage()));
            return null;
        }
    }

    private Optional<Guardian> guardian(FormField nameField, FormField relationField,
            FormField typeField, FormField numberField, FormField phoneField, boolean required) {
        String name = required ? required(nameField, 50) : optional(nameField, 50);
        String relation = optional(relationField, 20);
        String phone = optional(phoneField, 20);
        IdentityDocument document = document(typeField, numberField, false);
        if (name == null || name.isEmpty() || relation == null || phone == null) {
            return Optional.empty();
        }
        return Optional.of(new Guardian(name, relation, document, phone));
    }

    private void refuse(FormField field, ErrorCode code, String chinese, String english) {
        refusals.add(new Refusal(EnrollmentRule.FORM_FIELDS, code, field, chinese, english));
    }

    private static String capitalised(FormField field) {
        String name = field.englishName();
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /**
     * What a form reads as: the details if every required field could be read, the student's
     * document, the guardians, and the refusals.
     */
    record Reading(StudentDetails details, IdentityDocument document, List<Guardian> guardians,
            List<Refusal> refusals) {
    }
}
