package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsReaderTest {

    @TempDir
    Path directory;

    @Test
    void readsLegacyWorkbooksBehindTheSameRowsAndCells() throws IOException {
        Path file = directory.resolve("named-like-xlsx.xlsx");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet("新生");
            HSSFCellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(
                    workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            sheet.createRow(0).createCell(0).setCellValue("新生名单");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 1));
            HSSFRow row = sheet.createRow(2);
            row.createCell(0).setCellValue("张三");
            row.createCell(1).setCellValue(110101200001011234d);
            row.createCell(2).setCellValue(LocalDate.of(2019, 9, 1));
            row.getCell(2).setCellStyle(dateStyle);
            row.createCell(3).setCellFormula("1+1");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            row.createCell(4).setCellValue(true);
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        List<Row> rows;
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThat(reader.format()).isEqualTo(WorkbookFormat.XLS);
            assertThat(reader.sheetNames()).containsExactly("新生");
            rows = XlsxReaderTest.rows(file);
        }

        assertThat(rows.get(0).cells()).extracting(Cell::reference, Cell::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("A1", "新生名单"),
                        org.assertj.core.groups.Tuple.tuple("B1", "新生名单"));
        Row data = rows.get(1);
        assertThat(data.rowNumber()).isEqualTo(3);
        assertThat(data.cell(0).text()).isEqualTo("张三");
        assertThat(data.cell(1).text()).isEqualTo("110101200001011000");
        assertThat(CellValues.identityNumber(data.cell(1)).problem()).isPresent();
        assertThat(data.cell(2).date()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(data.cell(3).isFormula()).isTrue();
        assertThat(data.cell(3).text()).isEqualTo("2");
        assertThat(data.cell(4).type()).isEqualTo(CellType.BOOLEAN);
    }

    @Test
    void refusesALegacySheetOverTheRowLimit() throws IOException {
        Path file = directory.resolve("big.xls");
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            HSSFSheet sheet = workbook.createSheet("S");
            for (int i = 0; i < 20; i++) {
                sheet.createRow(i).createCell(0).setCellValue(i);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }

        try (WorkbookReader reader = WorkbookReader.open(file,
                ReaderLimits.defaults().withMaxRows(10))) {
            assertThatThrownBy(() -> reader.sheet(0))
                    .isInstanceOfSatisfying(WorkbookException.class, e -> assertThat(e.reason())
                            .isEqualTo(WorkbookException.Reason.TOO_MANY_ROWS));
        }
    }
}
