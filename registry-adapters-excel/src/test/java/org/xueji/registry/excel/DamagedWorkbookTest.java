package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.excel.WorkbookException.Reason;

/**
 * Regression tests for damage the fuzzing of {@link FuzzedWorkbookProperties} found to escape
 * the reader as an exception other than {@link WorkbookException}.
 */
class DamagedWorkbookTest {

    private static final String PKG_REL_NS =
            "http://schemas.openxmlformats.org/package/2006/relationships";

    @TempDir
    Path directory;

    @Test
    void aWorkbookWithoutAWorksheetIsRefusedAsDamagedNotAnIndexError() throws IOException {
        Path file = TestPackages.create().write(directory);

        assertRefused(file);
    }

    @Test
    void aSheetEntryWithoutANameIsRefusedAsDamaged() throws IOException {
        Path file = TestPackages.create().sheet("S", "<sheetData/>")
                .part("xl/workbook.xml", "<workbook xmlns=\"" + TestPackages.MAIN_NS
                        + "\" xmlns:r=\"" + TestPackages.REL_NS + "\"><sheets><sheet"
                        + " sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>")
                .write(directory);

        assertRefused(file);
    }

    @Test
    void aRelationshipTargetThatIsNoPartNameIsRefusedAsDamaged() throws IOException {
        Path file = TestPackages.create().sheet("S", "<sheetData/>")
                .part("_rels/.rels", "<Relationships xmlns=\"" + PKG_REL_NS + "\">"
                        + "<Relationship Id=\"rId1\" Type=\"" + TestPackages.REL_NS
                        + "/officeDocument\" Target=\"xl:workbook.xml\"/></Relationships>")
                .write(directory);

        assertRefused(file);
    }

    @Test
    void aCellOutsideARowIsRefusedAsDamaged() throws IOException {
        Path file = TestPackages.create().sheet("S", "<sheetData><c r=\"A1\" t=\"inlineStr\">"
                + "<is><t>张三</t></is></c><row r=\"1\"/></sheetData>").write(directory);

        assertRefused(file);
    }

    @Test
    void cellsOutOfColumnOrderAreRefusedAsDamaged() throws IOException {
        Path file = TestPackages.create().sheet("S", "<sheetData><row r=\"1\"><c r=\"B1\">"
                + "<v>1</v></c><c r=\"A1\"><v>2</v></c></row></sheetData>").write(directory);

        assertRefused(file);
    }

    @Test
    void aSharedStringWithACharacterXmlForbidsIsRefusedAsDamaged() throws IOException {
        Path file = TestPackages.create().sharedStrings("<si><t>张\u0001三</t></si>")
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                        + "</sheetData>").write(directory);

        assertRefused(file);
    }

    @Test
    void anInlineStringWithBrokenUtf8IsRefusedAsDamaged() throws IOException {
        byte[] head = ("<worksheet xmlns=\"" + TestPackages.MAIN_NS + "\"><sheetData><row r=\"1\">"
                + "<c r=\"A1\" t=\"inlineStr\"><is><t>张").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "三</t></is></c></row></sheetData></worksheet>"
                .getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream sheet = new ByteArrayOutputStream();
        sheet.write(head);
        sheet.write(new byte[] {(byte) 0xE5, (byte) 0xEA, (byte) 0x80});
        sheet.write(tail);
        Path file = TestPackages.create().sheet("S", "<sheetData/>")
                .bytes("xl/worksheets/sheet1.xml", sheet.toByteArray()).write(directory);

        assertRefused(file);
    }

    @Test
    void anXlsCellWithAStyleBeyondTheStyleTableIsRefusedAsDamaged() throws IOException {
        Path file = directory.resolve("style.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFCellStyle style = workbook.createCellStyle();
            workbook.createSheet("S").createRow(0).createCell(0).setCellValue(12.5);
            workbook.getSheetAt(0).getRow(0).getCell(0).setCellStyle(style);
            workbook.getInternalWorkbook().removeExFormatRecord(style.getIndex());
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        assertRefused(file);
    }

    private static void assertRefused(Path file) {
        assertThatThrownBy(() -> {
            try (WorkbookReader reader = WorkbookReader.open(file)) {
                for (int i = 0; i < reader.sheetNames().size(); i++) {
                    try (SheetRows rows = reader.sheet(i)) {
                        rows.forEachRemaining(row -> { });
                    }
                }
            }
        }).isInstanceOfSatisfying(WorkbookException.class, e -> {
            assertThat(e.reason()).isEqualTo(Reason.MALFORMED);
            assertThat(e.getMessage()).contains("损坏");
        });
    }
}
