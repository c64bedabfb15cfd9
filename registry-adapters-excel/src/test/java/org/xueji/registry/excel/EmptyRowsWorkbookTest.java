package org.xueji.registry.excel;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.validRow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.student.RegistrationStatus;

/**
 * A few real rows followed by a million empty ones, as Excel writes a sheet whose rows were
 * formatted far below the data: rows with no cells, rows of cells with a style and no value,
 * rows of empty text, and rows that carry only style attributes. The sheet is generated as a
 * stream, never held in memory. The import reads past the empty rows without a problem for any
 * of them; how long that takes is measured by the benchmarks, not here.
 */
class EmptyRowsWorkbookTest {

    private static final int REAL_ROWS = 3;
    private static final int EMPTY_ROWS = 1_000_000;

    @TempDir
    Path directory;

    private final ImportFixture fixture = new ImportFixture();

    @Test
    void aMillionEmptyRowsAfterTheDataAddNoRowAndNoProblem() throws IOException {
        Path file = workbook("<dimension ref=\"A1:Q" + (1 + REAL_ROWS + EMPTY_ROWS) + "\"/>");

        ImportReport dryRun = NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                GRADE_ONE, file);
        ImportReport imported = NewStudentImport.importInto(fixture.registry, fixture.school,
                PRIMARY, GRADE_ONE, file, ImportOptions.defaults());

        for (ImportReport report : List.of(dryRun, imported)) {
            assertThat(report.rows()).isEqualTo(REAL_ROWS);
            assertThat(report.accepted()).isEqualTo(REAL_ROWS);
            assertThat(report.problemCount()).isZero();
        }
        assertThat(fixture.registry.enrollment().list(fixture.school, PRIMARY,
                RegistrationStatus.COLLECTED)).hasSize(REAL_ROWS);
    }

    @Test
    void aDimensionClaimingTheWholeSheetReadsOnlyTheRowsPresent() throws IOException {
        Path file = workbook("<dimension ref=\"A1:XFD1048576\"/>");

        try (WorkbookReader reader = WorkbookReader.open(file);
                SheetRows rows = reader.sheet(0)) {
            long present = 0;
            long blank = 0;
            while (rows.hasNext()) {
                Row row = rows.next();
                present++;
                blank += row.isBlank() ? 1 : 0;
            }
            assertThat(present).isEqualTo(1 + REAL_ROWS + EMPTY_ROWS);
            assertThat(blank).isEqualTo(EMPTY_ROWS);
        }
        assertThat(NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                GRADE_ONE, file).accepted()).isEqualTo(REAL_ROWS);
    }

    /** Writes the workbook part by part, the sheet's rows one at a time. */
    private Path workbook(String dimension) throws IOException {
        Path file = directory.resolve("empty-rows.xlsx");
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            Writer xml = new BufferedWriter(new OutputStreamWriter(zip, UTF_8), 1 << 16);
            entry(zip, xml, "_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats"
                    + ".org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\""
                    + TestPackages.REL_NS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                    + "</Relationships>");
            entry(zip, xml, "xl/workbook.xml", "<workbook xmlns=\"" + TestPackages.MAIN_NS
                    + "\" xmlns:r=\"" + TestPackages.REL_NS + "\"><sheets><sheet name=\"新生\""
                    + " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            entry(zip, xml, "xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship"
                    + " Id=\"rId1\" Type=\"" + TestPackages.REL_NS + "/worksheet\" Target=\""
                    + "worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\""
                    + TestPackages.REL_NS + "/styles\" Target=\"styles.xml\"/></Relationships>");
            entry(zip, xml, "xl/styles.xml", "<styleSheet xmlns=\"" + TestPackages.MAIN_NS
                    + "\"><cellXfs count=\"3\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\""
                    + " applyNumberFormat=\"1\"/><xf numFmtId=\"49\" applyNumberFormat=\"1\"/>"
                    + "</cellXfs></styleSheet>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            xml.write("<worksheet xmlns=\"" + TestPackages.MAIN_NS + "\">" + dimension
                    + "<sheetData>");
            row(xml, 1, header());
            for (int i = 0; i < REAL_ROWS; i++) {
                row(xml, i + 2, validRow("学生" + i, i));
            }
            for (int r = 2 + REAL_ROWS; r < 2 + REAL_ROWS + EMPTY_ROWS; r++) {
                xml.write(emptyRow(r));
            }
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
        }
        return file;
    }

    private static String emptyRow(int r) {
        switch (r % 4) {
            case 0:
                return "<row r=\"" + r + "\"/>";
            case 1:
                return "<row r=\"" + r + "\" spans=\"1:17\"><c r=\"A" + r + "\" s=\"1\"/><c r=\"Q"
                        + r + "\" s=\"2\"/></row>";
            case 2:
                return "<row r=\"" + r + "\"><c r=\"B" + r + "\" t=\"inlineStr\"><is><t></t>"
                        + "</is></c><c r=\"C" + r + "\" t=\"inlineStr\"><is><t>  </t></is></c>"
                        + "</row>";
            default:
                return "<row r=\"" + r + "\" s=\"2\" customFormat=\"1\" ht=\"20.25\""
                        + " customHeight=\"1\"/>";
        }
    }

    private static void row(Writer xml, int r, List<Object> values) throws IOException {
        xml.write("<row r=\"" + r + "\">");
        for (int c = 0; c < values.size(); c++) {
            Object value = values.get(c);
            String text = value instanceof LocalDate day ? day.toString() : value.toString();
            xml.write("<c r=\"" + Cell.columnName(c) + r + "\" t=\"inlineStr\"><is><t>" + text
                    + "</t></is></c>");
        }
        xml.write("</row>");
    }

    private static void entry(ZipOutputStream zip, Writer xml, String name, String content)
            throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write(content);
        xml.flush();
        zip.closeEntry();
    }
}
