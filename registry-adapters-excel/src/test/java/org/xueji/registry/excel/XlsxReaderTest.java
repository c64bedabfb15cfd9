package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReaderTest {

    @TempDir
    Path directory;

    @Test
    void readsEveryKindOfCellWithItsPositionAndType() throws IOException {
        Path file = TestPackages.create()
                .sharedStrings("<si><t>张三</t></si><si><t>汉族</t></si>")
                .sheet("新生", "<sheetData><row r=\"17\">"
                        + "<c r=\"A17\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B17\" t=\"inlineStr\"><is><t>内联</t></is></c>"
                        + "<c r=\"C17\" t=\"str\"><f>A17&amp;\"!\"</f><v>张三!</v></c>"
                        + "<c r=\"D17\" t=\"b\"><v>1</v></c>"
                        + "<c r=\"E17\" t=\"e\"><v>#N/A</v></c>"
                        + "<c r=\"F17\"><v>12.5</v></c>"
                        + "<c r=\"G17\" s=\"0\"/>"
                        + "<c r=\"H17\"><f>1+1</f><v>2</v></c>"
                        + "</row></sheetData>")
                .write(directory);

        Row row = onlyRow(file);

        assertThat(row.sheetName()).isEqualTo("新生");
        assertThat(row.rowNumber()).isEqualTo(17);
        assertThat(row.cells()).extracting(Cell::reference)
                .containsExactly("A17", "B17", "C17", "D17", "E17", "F17", "H17");
        assertThat(row.cells()).extracting(Cell::type).containsExactly(CellType.STRING,
                CellType.STRING, CellType.STRING, CellType.BOOLEAN, CellType.ERROR,
                CellType.NUMBER, CellType.NUMBER);
        assertThat(row.cells()).extracting(Cell::text)
                .containsExactly("张三", "内联", "张三!", "TRUE", "#N/A", "12.5", "2");
        assertThat(row.cell(2).isFormula()).isTrue();
        assertThat(row.cell(7).isFormula()).isTrue();
        assertThat(row.cell(0).isFormula()).isFalse();
        assertThat(row.cell(5).number()).isEqualTo(12.5);
        assertThat(row.cell(6).type()).isEqualTo(CellType.BLANK);
        assertThat(row.cell(6).reference()).isEqualTo("G17");
    }

    @Test
    void concatenatesRichTextRunsAndLeavesOutPhoneticRuns() throws IOException {
        Path file = TestPackages.create()
                .sharedStrings("<si><r><rPr><b/></rPr><t>欧阳</t></r><r><t xml:space=\"preserve\">"
                        + " 娜娜</t></r><rPh sb=\"0\" eb=\"2\"><t>オウヨウ</t></rPh>"
                        + "<phoneticPr fontId=\"1\"/></si>")
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "<c r=\"B1\" t=\"inlineStr\"><is><r><t>王</t></r><r><t>五</t></r>"
                        + "<rPh><t>ワン</t></rPh></is></c></row></sheetData>")
                .write(directory);

        Row row = onlyRow(file);

        assertThat(row.cell(0).text()).isEqualTo("欧阳 娜娜");
        assertThat(row.cell(1).text()).isEqualTo("王五");
    }

    @Test
    void decodesExcelEscapesOfCharactersXmlCannotHold() throws IOException {
        Path file = TestPackages.create()
                .sharedStrings("<si><t>a_x0001_b_x005F_x0041_</t></si>")
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                        + "</row></sheetData>")
                .write(directory);

        assertThat(onlyRow(file).cell(0).text()).isEqualTo("a\u0001b_x0041_");
    }

    @Test
    void readsACellReferenceAroundWhichStandsWhiteSpaceAndIgnoresOneThatIsNoReference()
            throws IOException {
        Path file = TestPackages.create()
                .sheet("S", "<sheetData><row r=\"1\"><c r=\" C1 \"><v>1</v></c>"
                        + "<c r=\"?\"><v>2</v></c><c r=\"F1\" r2=\"A1\"><v>3</v></c>"
                        + "</row></sheetData>")
                .write(directory);

        Row row = onlyRow(file);

        assertThat(row.cell(2).text()).isEqualTo("1");
        assertThat(row.cell(3).text()).isEqualTo("2");
        assertThat(row.cell(5).text()).isEqualTo("3");
    }

    @Test
    void countsPositionsWhereRowsAndCellsHaveNoReference() throws IOException {
        Path file = TestPackages.create()
                .sheet("S", "<sheetData><row><c t=\"inlineStr\"><is><t>a</t></is></c>"
                        + "<c t=\"inlineStr\"><is><t>b</t></is></c></row>"
                        + "<row r=\"5\"><c r=\"C5\"><v>1</v></c><c><v>2</v></c></row>"
                        + "<row><c><v>3</v></c></row></sheetData>")
                .write(directory);

        List<Row> rows = rows(file);

        assertThat(rows).extracting(Row::rowNumber).containsExactly(1, 5, 6);
        assertThat(rows.get(0).cells()).extracting(Cell::reference).containsExactly("A1", "B1");
        assertThat(rows.get(1).cells()).extracting(Cell::reference).containsExactly("C5", "D5");
        assertThat(rows.get(2).cells()).extracting(Cell::reference).containsExactly("A6");
    }

    @Test
    void readsNumbersInDateFormatsAsDatesOfThe1900System() throws IOException {
        Path file = datesWorkbook(TestPackages.create());

        Row row = onlyRow(file);

        assertThat(row.cell(0).type()).isEqualTo(CellType.DATE);
        assertThat(row.cell(0).date()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(row.cell(1).dateTime()).isEqualTo(LocalDateTime.of(2020, 3, 15, 12, 0));
        assertThat(row.cell(2).date()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(row.cell(3).date()).isEqualTo(LocalDate.of(2020, 3, 15));
        assertThat(row.cell(4).type()).isEqualTo(CellType.NUMBER);
        assertThat(row.cell(5).type()).isEqualTo(CellType.NUMBER);
        assertThat(row.cell(6).date()).isEqualTo(LocalDate.of(1900, 2, 28));
        assertThat(row.cell(6).text()).isEqualTo("59");
    }

    @Test
    void readsTheSameSerialNumbersFourYearsLaterInThe1904System() throws IOException {
        Path file = datesWorkbook(TestPackages.create().date1904());

        Row row = onlyRow(file);

        assertThat(row.cell(0).date()).isEqualTo(LocalDate.of(2024, 3, 16));
        assertThat(row.cell(6).date()).isEqualTo(LocalDate.of(1904, 2, 29));
    }

    private Path datesWorkbook(TestPackages workbook) throws IOException {
        return workbook
                .styles("<numFmts count=\"3\"><numFmt numFmtId=\"176\" formatCode="
                        + "\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
                        + "<numFmt numFmtId=\"177\" formatCode="
                        + "\"&quot;day&quot; 0.00\"/><numFmt numFmtId=\"178\" formatCode="
                        + "\"[Red]0.00;[Blue]-0.00\"/></numFmts>"
                        + "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/>"
                        + "<xf numFmtId=\"22\"/><xf numFmtId=\"176\"/><xf numFmtId=\"57\"/>"
                        + "<xf numFmtId=\"177\"/><xf numFmtId=\"178\"/></cellXfs>")
                .sheet("S", "<sheetData><row r=\"1\">"
                        + "<c r=\"A1\" s=\"1\"><v>43905</v></c>"
                        + "<c r=\"B1\" s=\"2\"><v>43905.5</v></c>"
                        + "<c r=\"C1\" s=\"3\"><v>43905</v></c>"
                        + "<c r=\"D1\" s=\"4\"><v>43905</v></c>"
                        + "<c r=\"E1\" s=\"5\"><v>43905</v></c>"
                        + "<c r=\"F1\" s=\"6\"><v>43905</v></c>"
                        + "<c r=\"G1\" s=\"1\"><v>59</v></c>"
                        + "</row></sheetData>")
                .write(directory);
    }

    @Test
    void fillsEveryCellOfAMergedAreaWithItsTopLeftValue() throws IOException {
        Path file = TestPackages.create()
                .sheet("S", "<sheetData>"
                        + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>2025级新生</t></is></c>"
                        + "</row>"
                        + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>一班</t></is></c>"
                        + "<c r=\"B2\"><v>1</v></c></row>"
                        + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>hidden</t></is></c>"
                        + "<c r=\"B3\"><v>2</v></c></row>"
                        + "</sheetData><mergeCells count=\"2\"><mergeCell ref=\"A1:C1\"/>"
                        + "<mergeCell ref=\"A2:A3\"/></mergeCells>")
                .write(directory);

        List<Row> rows = rows(file);

        assertThat(rows.get(0).cells()).extracting(Cell::reference, Cell::text)
                .containsExactly(tuple("A1", "2025级新生"), tuple("B1", "2025级新生"),
                        tuple("C1", "2025级新生"));
        assertThat(rows.get(2).cells()).extracting(Cell::reference, Cell::text)
                .containsExactly(tuple("A3", "一班"), tuple("B3", "2"));
    }

    @Test
    void readsWorkbooksAsExcelWritesThemThroughPoi() throws IOException {
        Path file = directory.resolve("poi.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("学生");
            CreationHelper helper = workbook.getCreationHelper();
            XSSFCellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(helper.createDataFormat().getFormat("yyyy/m/d"));
            sheet.createRow(0).createCell(0).setCellValue("2025年新生名单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 2));
            org.apache.poi.ss.usermodel.Row data = sheet.createRow(3);
            data.createCell(0).setCellValue(110101200001011234d);
            org.apache.poi.ss.usermodel.Cell date = data.createCell(1);
            date.setCellValue(LocalDate.of(2019, 9, 1));
            date.setCellStyle(dateStyle);
            data.createCell(2).setCellFormula("B4+1");
            data.getCell(2).setCellStyle(dateStyle);
            workbook.setForceFormulaRecalculation(false);
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        List<Row> rows = rows(file);

        assertThat(rows.get(0).cells()).extracting(Cell::text).containsOnly("2025年新生名单")
                .hasSize(3);
        Row data = rows.get(1);
        assertThat(data.rowNumber()).isEqualTo(4);
        assertThat(data.cell(0).type()).isEqualTo(CellType.NUMBER);
        assertThat(data.cell(0).text()).isEqualTo("1.10101200001011232E17");
        assertThat(data.cell(1).date()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(data.cell(2).isFormula()).isTrue();
        assertThat(data.cell(2).type()).isEqualTo(CellType.DATE);
        assertThat(data.cell(2).date()).isEqualTo(LocalDate.of(2019, 9, 2));
    }

    @Test
    void listsWorksheetsInTabOrderAndOpensThemByName() throws IOException {
        Path file = TestPackages.create()
                .sheet("说明", "<sheetData/>")
                .sheet("新生", "<sheetData><row r=\"1\"><c r=\"A1\"><v>7</v></c></row>"
                        + "</sheetData>")
                .write(directory);

        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThat(reader.format()).isEqualTo(WorkbookFormat.XLSX);
            assertThat(reader.sheetNames()).containsExactly("说明", "新生");
            try (SheetRows rows = reader.sheet("新生")) {
                assertThat(rows.next().cell(0).text()).isEqualTo("7");
                assertThat(rows.hasNext()).isFalse();
            }
            assertThat(reader.sheet(0).hasNext()).isFalse();
            assertThatThrownBy(() -> reader.sheet("无此表"))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void refusesACellThatRefersToAMissingSharedString() throws IOException {
        Path file = TestPackages.create()
                .sharedStrings("<si><t>a</t></si>")
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"B1\" t=\"s\"><v>5</v></c>"
                        + "</row></sheetData>")
                .write(directory);

        assertThatThrownBy(() -> rows(file))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.reason())
                        .isEqualTo(WorkbookException.Reason.MALFORMED))
                .hasMessageContaining("B1");
    }

    @Test
    void readsASharedStringIndexAmidWhiteSpaceAndRefusesOneThatIsNoNumber() throws IOException {
        Path padded = TestPackages.create()
                .sharedStrings("<si><t>a</t></si><si><t>b</t></si>")
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v> 1\n</v></c>"
                        + "</row></sheetData>")
                .write(directory);
        Path letters = TestPackages.create()
                .sharedStrings("<si><t>a</t></si>")
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"C1\" t=\"s\"><v>x0</v></c>"
                        + "</row></sheetData>")
                .write(directory);

        assertThat(onlyRow(padded).cell(0).text()).isEqualTo("b");
        assertThatThrownBy(() -> rows(letters))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.reason())
                        .isEqualTo(WorkbookException.Reason.MALFORMED))
                .hasMessageContaining("C1");
    }

    @Test
    void readsACellTypeAmidWhiteSpaceAndRefusesATypeExcelDoesNotHave() throws IOException {
        Path padded = TestPackages.create()
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"A1\" t=\" str \"><v>文本</v></c>"
                        + "<c r=\"B1\" t=\"b\"><v>1</v></c></row></sheetData>")
                .write(directory);
        Path unknown = TestPackages.create()
                .sheet("S", "<sheetData><row r=\"1\"><c r=\"D1\" t=\"strx\"><v>1</v></c>"
                        + "</row></sheetData>")
                .write(directory);

        Row row = onlyRow(padded);

        assertThat(row.cell(0).text()).isEqualTo("文本");
        assertThat(row.cell(1).type()).isEqualTo(CellType.BOOLEAN);
        assertThatThrownBy(() -> rows(unknown))
                .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.reason())
                        .isEqualTo(WorkbookException.Reason.MALFORMED))
                .hasMessageContaining("strx");
    }

    @Test
    void deletesItsTemporaryFilesOnClose() throws IOException {
        Path file = TestPackages.create()
                .sharedStrings("<si><t>a</t></si>")
                .sheet("S", "<sheetData/>")
                .write(directory);
        List<Path> before = temporaryStores();

        WorkbookReader reader = WorkbookReader.open(file);
        assertThat(temporaryStores()).hasSize(before.size() + 2);
        reader.close();

        assertThat(temporaryStores()).containsExactlyInAnyOrderElementsOf(before);
    }

    private static List<Path> temporaryStores() throws IOException {
        try (Stream<Path> files = Files.list(Paths.get(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("xueji-sst-"))
                    .toList();
        }
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }

    static List<Row> rows(Path file) {
        List<Row> rows = new ArrayList<>();
        try (WorkbookReader reader = WorkbookReader.open(file); SheetRows sheet = reader.sheet(0)) {
            sheet.forEachRemaining(rows::add);
        }
        return rows;
    }

    private static Row onlyRow(Path file) {
        List<Row> rows = rows(file);
        assertThat(rows).hasSize(1);
        return rows.get(0);
    }
}
