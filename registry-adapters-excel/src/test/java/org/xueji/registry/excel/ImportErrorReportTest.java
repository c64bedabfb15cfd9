package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.xueji.registry.excel.ImportFixture.GRADE_ONE;
import static org.xueji.registry.excel.ImportFixture.PRIMARY;
import static org.xueji.registry.excel.ImportFixture.header;
import static org.xueji.registry.excel.ImportFixture.validRow;
import static org.xueji.registry.excel.NewStudentImportTest.preschoolRow;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportErrorReportTest {

    @TempDir
    Path directory;

    private final ImportFixture fixture = new ImportFixture();

    @Test
    void copiesTheRefusedRowsWithTheirProblemsAndASummary() throws IOException {
        List<Object> badSex = validRow("王芳", 2);
        badSex.set(1, "未知");
        Path file = TestSheets.xlsx(directory.resolve("new.xlsx"), List.of(header(),
                validRow("李明", 1), badSex, preschoolRow("赵小", 3)));
        Path reportFile = directory.resolve("errors.xlsx");

        ImportReport report = NewStudentImport.dryRun(fixture.registry, fixture.school, PRIMARY,
                GRADE_ONE, file, ImportOptions.defaults()
                        .withErrorReport(reportFile, ImportOptions.ReportRows.REFUSED));

        assertThat(report.refused()).isEqualTo(2);
        try (WorkbookReader reader = WorkbookReader.open(reportFile)) {
            assertThat(reader.sheetNames()).containsExactly("新生", ErrorReport.SUMMARY_SHEET);
            List<List<String>> rows = texts(reader.sheet(0));
            assertThat(rows).hasSize(3);
            List<String> headerRow = rows.get(0);
            assertThat(headerRow.get(0)).isEqualTo(ErrorReport.ROW_HEADER);
            assertThat(headerRow.get(1)).isEqualTo("姓名");
            assertThat(headerRow).endsWith(ErrorReport.OUTCOME_HEADER,
                    ErrorReport.PROBLEM_HEADER);
            assertThat(rows.get(1).get(0)).isEqualTo("3");
            assertThat(rows.get(1).get(1)).isEqualTo("王芳");
            assertThat(rows.get(1).get(2)).isEqualTo("未知");
            assertThat(last(rows.get(1))).startsWith("B3 性别").contains("未知");
            assertThat(rows.get(2).get(0)).isEqualTo("4");
            assertThat(last(rows.get(2))).contains("C4 出生日期", "学龄前");
            List<List<String>> summary = texts(reader.sheet(1));
            assertThat(summary).contains(List.of("读取行数", "3"), List.of("通过", "1"),
                    List.of("未通过", "2"), List.of("ENTRY_AGE", "1"), List.of("性别", "1"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(reportFile.toFile())) {
            XSSFCell sex = workbook.getSheetAt(0).getRow(1).getCell(2);
            XSSFCell name = workbook.getSheetAt(0).getRow(1).getCell(1);
            assertThat(sex.getCellStyle().getFillForegroundColorColor()).isNotNull();
            assertThat(name.getCellStyle().getFillForegroundColorColor()).isNull();
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    @Test
    void copiesEveryRowWithItsOutcomeWhenAskedTo() throws IOException {
        Path file = TestSheets.xlsx(directory.resolve("new.xlsx"), List.of(header(),
                validRow("李明", 1), preschoolRow("赵小", 3)));
        Path reportFile = directory.resolve("all.xlsx");

        NewStudentImport.importInto(fixture.registry, fixture.school, PRIMARY, GRADE_ONE, file,
                ImportOptions.defaults().withErrorReport(reportFile, ImportOptions.ReportRows.ALL));

        try (WorkbookReader reader = WorkbookReader.open(reportFile)) {
            List<List<String>> rows = texts(reader.sheet(0));
            assertThat(rows).hasSize(3);
            assertThat(rows.get(1).get(0)).isEqualTo("2");
            assertThat(rows.get(1)).contains(RowOutcome.ACCEPTED.chineseName());
            assertThat(rows.get(2)).contains(RowOutcome.REFUSED.chineseName());
        }
    }

    private static String last(List<String> row) {
        return row.get(row.size() - 1);
    }

    private static List<List<String>> texts(SheetRows sheet) {
        List<List<String>> rows = new ArrayList<>();
        try (sheet) {
            while (sheet.hasNext()) {
                Row row = sheet.next();
                List<String> texts = new ArrayList<>();
                for (int i = 0; i < row.width(); i++) {
                    texts.add(CellValues.text(row.cell(i)));
                }
                rows.add(texts);
            }
        }
        return rows;
    }
}
