package org.xueji.registry.bench;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.xueji.registry.enrollment.FormField;

/**
 * Writes a new-student workbook the way Excel does, with every text in the shared-strings table:
 * one header row and a given number of student rows in 25 columns of the national form, headed
 * by their {@link FormField} column names.
 *
 * <p>Of the 25 columns, {@value #DISTINCT_COLUMNS} hold a different text in every row (name,
 * identity number, places, address, telephones, guardian), the birth date is a date cell, and
 * the rest are coded fields drawn from small sets, as in a real form. Rows are valid grade-1
 * forms of the school {@link BenchRegistry} sets up (identity numbers with their check digit,
 * birth dates and sexes that agree with them, real classes), except every
 * {@value #INVALID_EVERY}th row, whose ethnicity is not in the code table. The content is a pure
 * function of the row number, so the same size always gives the same file; identity numbers are
 * unique up to 1,460,000 rows.
 *
 * <p>Usage: {@code WorkbookGenerator [--rows N] [--out FILE]}; defaults 1,000,000 rows and
 * {@code target/students-N.xlsx}.
 */
public final class WorkbookGenerator {

    /** The fields of the generated sheet, in the order of the national form. */
    static final List<FormField> FIELDS = List.of(FormField.NAME, FormField.SEX,
            FormField.BIRTH_DATE, FormField.BIRTHPLACE, FormField.NATIVE_PLACE,
            FormField.ETHNICITY, FormField.NATIONALITY, FormField.IDENTITY_DOCUMENT_TYPE,
            FormField.IDENTITY_NUMBER, FormField.OVERSEAS_STATUS, FormField.HEALTH,
            FormField.HOUSEHOLD_PLACE, FormField.HOUSEHOLD_TYPE, FormField.ENTRY_MONTH,
            FormField.ATTENDANCE_MODE, FormField.SOURCE, FormField.ADDRESS, FormField.PHONE,
            FormField.DISABILITY, FormField.INCLUSIVE_CLASS, FormField.CLASS,
            FormField.GUARDIAN1_NAME, FormField.GUARDIAN1_RELATION,
            FormField.GUARDIAN1_DOCUMENT_NUMBER, FormField.GUARDIAN1_PHONE);

    /** The column headers, the national form's names of {@link #FIELDS}. */
    static final List<String> HEADERS = FIELDS.stream().map(FormField::columnName).toList();

    /** How many columns hold a text that differs in every row. */
    static final int DISTINCT_COLUMNS = 10;

    /** Every this many rows, one has an ethnicity outside the code table. */
    static final int INVALID_EVERY = 50;

    private static final int BIRTH_DATE = 2;
    private static final int SEX = 1;
    private static final int ETHNICITY = 5;
    private static final int[] DISTINCT = {0, 3, 4, 8, 11, 16, 17, 21, 23, 24};
    private static final String[][] POOLS = new String[HEADERS.size()][];
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红梅鑫宇浩然";
    private static final String[] COUNTIES = {"340102", "340103", "340104", "340111", "340121",
        "340122", "340123", "340124"};
    private static final LocalDate FIRST_BIRTH = LocalDate.of(2018, 9, 1);
    private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
    private static final String MAIN_NS =
            "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String REL_NS =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    static {
        POOLS[SEX] = new String[] {"男", "女"};
        POOLS[ETHNICITY] = new String[] {"汉族", "回族", "蒙古族", "满族", "壮族", "土家族", "火星族"};
        POOLS[6] = new String[] {"中国"};
        POOLS[7] = new String[] {"居民身份证"};
        POOLS[9] = new String[] {"否"};
        POOLS[10] = new String[] {"健康", "一般"};
        POOLS[12] = new String[] {"居民户口", "农业户口"};
        POOLS[13] = new String[] {"2025-09"};
        POOLS[14] = new String[] {"走读", "住校"};
        POOLS[15] = new String[] {"正常入学", "其他"};
        POOLS[18] = new String[] {"无残疾"};
        POOLS[19] = new String[] {"非随班就读"};
        POOLS[20] = BenchRegistry.CLASS_NAMES.toArray(String[]::new);
        POOLS[22] = new String[] {"父亲", "母亲"};
    }

    private WorkbookGenerator() {
    }

    /**
     * Generates a workbook from the command line.
     *
     * @param args  {@code --rows N} and {@code --out FILE}, both optional
     * @throws IOException if the file cannot be written
     */
    public static void main(String[] args) throws IOException {
        int rows = 1_000_000;
        Path out = null;
        for (int i = 0; i + 1 < args.length; i += 2) {
            if ("--rows".equals(args[i])) {
                rows = Integer.parseInt(args[i + 1]);
            } else if ("--out".equals(args[i])) {
                out = Paths.get(args[i + 1]);
            }
        }
        Path file = out != null ? out : Paths.get("target", "students-" + rows + ".xlsx");
        long started = System.nanoTime();
        generate(file, rows);
        System.out.printf("%s: %,d rows, %,d bytes, %.1f s%n", file, rows, Files.size(file),
                (System.nanoTime() - started) / 1e9);
    }

    /**
     * Writes a workbook of the given number of student rows.
     *
     * @param file  the file to write, replaced if it exists
     * @param rows  the number of student rows, below the header row
     * @throws IOException if the file cannot be written
     */
    static void generate(Path file, int rows) throws IOException {
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        int pooled = HEADERS.size();
        int[] poolStart = new int[HEADERS.size()];
        for (int column = 0; column < HEADERS.size(); column++) {
            if (POOLS[column] != null) {
                poolStart[column] = pooled;
                pooled += POOLS[column].length;
            }
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            Writer xml = new BufferedWriter(new OutputStreamWriter(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    zip.write(bytes, offset, length);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            }, UTF_8), 1 << 16);
            entry(zip, xml, "[Content_Types].xml", contentTypes());
            entry(zip, xml, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            entry(zip, xml, "xl/workbook.xml", "<workbook xmlns=\"" + MAIN_NS + "\" xmlns:r=\""
                    + REL_NS + "\"><sheets><sheet name=\"新生\" sheetId=\"1\" r:id=\"rId1\"/>"
                    + "</sheets></workbook>");
            entry(zip, xml, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas"
                    + ".openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\""
                    + " Type=\"" + REL_NS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"" + REL_NS + "/sharedStrings\" Target="
                    + "\"sharedStrings.xml\"/><Relationship Id=\"rId3\" Type=\"" + REL_NS
                    + "/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, xml, "xl/styles.xml", "<styleSheet xmlns=\"" + MAIN_NS + "\"><cellXfs"
                    + " count=\"2\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\" applyNumberFormat="
                    + "\"1\"/></cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            sharedStrings(xml, rows);
            xml.flush();
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            sheet(xml, rows, poolStart, pooled);
            xml.flush();
            zip.closeEntry();
        }
    }

    private static void sharedStrings(Writer xml, int rows) throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
                + MAIN_NS + "\">");
        for (String header : HEADERS) {
            item(xml, header);
        }
        for (String[] pool : POOLS) {
            if (pool != null) {
                for (String value : pool) {
                    item(xml, value);
                }
            }
        }
        for (int row = 0; row < rows; row++) {
            for (int column : DISTINCT) {
                item(xml, distinct(row, column));
            }
        }
        xml.write("</sst>");
    }

    private static void item(Writer xml, String text) throws IOException {
        xml.write("<si><t>");
        xml.write(text);
        xml.write("</t></si>");
    }

    private static void sheet(Writer xml, int rows, int[] poolStart, int pooled)
            throws IOException {
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet"
                + " xmlns=\"" + MAIN_NS + "\"><dimension ref=\"A1:Y" + (rows + 1)
                + "\"/><sheetData><row r=\"1\">");
        for (int column = 0; column < HEADERS.size(); column++) {
            xml.write("<c r=\"" + columnName(column) + "1\" t=\"s\"><v>" + column + "</v></c>");
        }
        xml.write("</row>");
        StringBuilder line = new StringBuilder(2048);
        for (int row = 0; row < rows; row++) {
            int number = row + 2;
            line.setLength(0);
            line.append("<row r=\"").append(number).append("\">");
            int distinct = 0;
            for (int column = 0; column < HEADERS.size(); column++) {
                line.append("<c r=\"").append(columnName(column)).append(number).append('"');
                if (column == BIRTH_DATE) {
                    line.append(" s=\"1\"><v>")
                            .append(EXCEL_EPOCH.until(birthDate(row), ChronoUnit.DAYS))
                            .append("</v></c>");
                } else if (POOLS[column] != null) {
                    int choice = choice(row, column);
                    line.append(" t=\"s\"><v>").append(poolStart[column] + choice)
                            .append("</v></c>");
                } else {
                    line.append(" t=\"s\"><v>")
                            .append(pooled + (long) row * DISTINCT_COLUMNS + distinct++)
                            .append("</v></c>");
                }
            }
            line.append("</row>");
            xml.append(line);
        }
        xml.write("</sheetData></worksheet>");
    }

    private static int choice(int row, int column) {
        if (column == SEX) {
            return row % 2;
        }
        if (column == ETHNICITY) {
            return row % INVALID_EVERY == INVALID_EVERY - 1 ? POOLS[column].length - 1
                    : (int) (mix(row, column) % (POOLS[column].length - 1));
        }
        return (int) (mix(row, column) % POOLS[column].length);
    }

    private static LocalDate birthDate(int row) {
        return FIRST_BIRTH.plusDays(row % 365);
    }

    private static String distinct(int row, int column) {
        long h = mix(row, column);
        switch (column) {
            case 0:
            case 21:
                return "" + SURNAMES.charAt((int) (h % SURNAMES.length()))
                        + GIVEN.charAt((int) (h / 31 % GIVEN.length()))
                        + GIVEN.charAt((int) (h / 997 % GIVEN.length())) + row % 1000;
            case 8:
                int rest = row / 365;
                return identityNumber(COUNTIES[rest % COUNTIES.length], birthDate(row),
                        rest / COUNTIES.length % 500 * 2 + (row % 2 == 0 ? 1 : 0));
            case 23:
                return identityNumber(COUNTIES[row % COUNTIES.length],
                        LocalDate.of(1985, 1, 1).plusDays(row % 3650), row % 1000);
            case 17:
            case 24:
                return "1" + (3 + h % 7) + String.format("%09d", (h / 10 + row) % 1_000_000_000);
            default:
                return "安徽省合肥市蜀山区" + GIVEN.charAt((int) (h % GIVEN.length())) + "路"
                        + row + "号" + column;
        }
    }

    private static String identityNumber(String county, LocalDate birthDate, int sequence) {
        String body = county + birthDate.toString().replace("-", "")
                + String.format("%03d", sequence);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    private static long mix(int row, int column) {
        long h = row * 0x9E3779B97F4A7C15L + column * 0xC2B2AE3D27D4EB4FL;
        h ^= h >>> 31;
        h *= 0xBF58476D1CE4E5B9L;
        return (h ^ h >>> 29) & Long.MAX_VALUE;
    }

    private static String columnName(int column) {
        return column < 26 ? String.valueOf((char) ('A' + column))
                : "A" + (char) ('A' + column - 26);
    }

    private static void entry(ZipOutputStream zip, Writer xml, String name, String content)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }

    private static String contentTypes() {
        String sheetml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
        return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-"
                + "package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\""
                + "application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\""
                + sheetml + "sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\""
                + " ContentType=\"" + sheetml + "worksheet+xml\"/><Override PartName=\""
                + "/xl/sharedStrings.xml\" ContentType=\"" + sheetml + "sharedStrings+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"" + sheetml
                + "styles+xml\"/></Types>";
    }
}
