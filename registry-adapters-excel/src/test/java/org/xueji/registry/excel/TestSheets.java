package org.xueji.registry.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes test workbooks with Apache POI: each row a list of values, a {@link String} as text, a
 * {@link Number} as a number cell, a {@link LocalDate} as a date cell, a {@link Formula} as a
 * formula with its cached value, null as no cell.
 */
final class TestSheets {

    /** A formula cell; POI evaluates it so that the file holds its cached value. */
    record Formula(String expression) {
    }

    private TestSheets() {
    }

    static Path xlsx(Path file, List<List<Object>> rows, String... merged) throws IOException {
        return write(new XSSFWorkbook(), file, rows, merged);
    }

    static Path xls(Path file, List<List<Object>> rows, String... merged) throws IOException {
        return write(new HSSFWorkbook(), file, rows, merged);
    }

    private static Path write(Workbook workbook, Path file, List<List<Object>> rows,
            String... merged) throws IOException {
        try (workbook) {
            Sheet sheet = workbook.createSheet("新生");
            for (String range : merged) {
                sheet.addMergedRegion(CellRangeAddress.valueOf(range));
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat()
                    .getFormat("yyyy-mm-dd"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object value = values.get(c);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else if (value instanceof LocalDate day) {
                        cell.setCellValue(day);
                        cell.setCellStyle(date);
                    } else if (value instanceof Formula formula) {
                        cell.setCellFormula(formula.expression());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            }
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }
}
