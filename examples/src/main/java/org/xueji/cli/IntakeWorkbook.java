package org.xueji.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.excel.ColumnSpec;
import org.xueji.registry.excel.XlsxWriter;

/**
 * Writes a new-student workbook (新生信息表) of an autumn intake as a school clerk would fill it
 * in, with a realistic share of typing mistakes: one row in thirteen has a wrong check
 * character, a birth date that disagrees with the identity number, a blank name, a misspelt
 * ethnicity, a child too young for grade 1, or repeats a child entered a few rows earlier. Some
 * identity numbers are typed with full-width digits or a lower-case x, which the import folds and
 * accepts.
 *
 * <p>The rows are fixed by the arguments: the same call writes the same workbook. Identity
 * numbers are valid Baohe (340111) numbers, unique across calls whose serial ranges do not
 * overlap.
 */
final class IntakeWorkbook {

    /** The sheet's columns, in the national form's order. */
    static final List<FormField> FIELDS = List.of(FormField.NAME, FormField.SEX,
            FormField.BIRTH_DATE, FormField.NATIONALITY, FormField.ETHNICITY,
            FormField.IDENTITY_DOCUMENT_TYPE, FormField.IDENTITY_NUMBER,
            FormField.OVERSEAS_STATUS, FormField.HEALTH, FormField.HOUSEHOLD_TYPE,
            FormField.ENTRY_MONTH, FormField.ATTENDANCE_MODE, FormField.SOURCE,
            FormField.DISABILITY, FormField.INCLUSIVE_CLASS, FormField.CLASS,
            FormField.GUARDIAN1_NAME, FormField.GUARDIAN1_RELATION,
            FormField.GUARDIAN1_DOCUMENT_TYPE, FormField.GUARDIAN1_DOCUMENT_NUMBER);

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private static final String GIVEN = "子涵浩宇欣怡梓轩一诺雨桐俊熙语嫣思远佳琪明轩诗雨";
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final int DAYS = 365;

    private IntakeWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param file  the .xlsx file to write, replaced if it exists
     * @param entryGrade  1 for a primary intake, 7 for a junior one
     * @param classNames  the classes the rows are spread over, round robin
     * @param rows  the number of rows
     * @param firstSerial  the first serial of this workbook's children, for unique numbers
     * @param entry  the entry month; the children are of the age for it
     * @param mistakes  whether to plant typing mistakes
     * @return the number of rows with a planted mistake
     */
    static int write(Path file, int entryGrade, List<String> classNames, int rows,
            int firstSerial, YearMonth entry, boolean mistakes) {
        List<ColumnSpec> columns = FIELDS.stream()
                .map(field -> ColumnSpec.of(field.columnName())).toList();
        LocalDate oldest = LocalDate.of(entry.getYear() - 6 - entryGrade, 9, 1);
        List<List<Object>> written = new ArrayList<>();
        int planted = 0;
        try (XlsxWriter writer = XlsxWriter.create(file)) {
            XlsxWriter.SheetWriter sheet = writer.sheet("新生信息", columns);
            for (int i = 0; i < rows; i++) {
                int serial = firstSerial + i;
                List<Object> row = row(serial, oldest, entry,
                        classNames.get(i % classNames.size()));
                int mistake = mistakes && i % 13 == 6 ? i / 13 % 6 : -1;
                if (mistake == 5) {
                    row = written.get(i - 3);
                    planted++;
                } else if (mistake >= 0) {
                    plant(row, mistake, entryGrade);
                    planted++;
                }
                written.add(row);
                sheet.row(row);
            }
        }
        return planted;
    }

    private static List<Object> row(int serial, LocalDate oldest, YearMonth entry,
            String className) {
        boolean male = serial % 2 == 0;
        LocalDate birth = oldest.plusDays(serial % DAYS);
        String identity = identityNumber("340111", birth, serial / DAYS * 2 + (male ? 1 : 0));
        if (serial % 7 == 3) {
            identity = fullWidth(identity);
        } else if (identity.endsWith("X") && serial % 3 == 0) {
            identity = identity.substring(0, 17) + "x";
        }
        String guardian = identityNumber("340104", LocalDate.of(1986, 1, 1)
                .plusDays(serial % 3000), 1 + serial / 3000 * 2);
        String name = SURNAMES.charAt(serial % SURNAMES.length())
                + GIVEN.substring(serial % (GIVEN.length() / 2) * 2,
                        serial % (GIVEN.length() / 2) * 2 + 1 + serial % 2);
        List<Object> row = new ArrayList<>(List.of(name, male ? "男" : "女", birth.toString(),
                "中国", "汉族", "居民身份证", identity, "否", "健康", "居民户口", entry.toString(),
                "走读", "正常入学", "无残疾", "非随班就读", className,
                SURNAMES.charAt(serial % SURNAMES.length()) + "建国", "父亲", "居民身份证",
                guardian));
        return row;
    }

    private static void plant(List<Object> row, int mistake, int entryGrade) {
        int identity = FIELDS.indexOf(FormField.IDENTITY_NUMBER);
        String number = (String) row.get(identity);
        switch (mistake) {
            case 0 -> {
                char check = number.charAt(17);
                row.set(identity, number.substring(0, 17) + (check == '1' ? '2' : '1'));
            }
            case 1 -> row.set(FIELDS.indexOf(FormField.BIRTH_DATE),
                    LocalDate.parse((String) row.get(2)).plusDays(1).toString());
            case 2 -> row.set(FIELDS.indexOf(FormField.NAME), "");
            case 3 -> row.set(FIELDS.indexOf(FormField.ETHNICITY), "汗族");
            default -> {
                if (entryGrade == 1) {
                    LocalDate younger = LocalDate.parse((String) row.get(2)).plusYears(2);
                    row.set(FIELDS.indexOf(FormField.BIRTH_DATE), younger.toString());
                    row.set(identity, identityNumber("340111", younger,
                            Integer.parseInt(number.substring(14, 17))));
                } else {
                    row.set(FIELDS.indexOf(FormField.CLASS), "七（99）班");
                }
            }
        }
    }

    /** Builds a valid identity number with the check character GB 11643 computes. */
    static String identityNumber(String division, LocalDate birth, int sequence) {
        String body = division + birth.toString().replace("-", "")
                + String.format("%03d", sequence % 1000);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static String fullWidth(String text) {
        StringBuilder out = new StringBuilder();
        text.chars().forEach(c -> out.append(Character.isDigit(c)
                ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }
}
