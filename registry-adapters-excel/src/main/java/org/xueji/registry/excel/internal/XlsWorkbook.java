package org.xueji.registry.excel.internal;

import java.io.IOException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.excel.Cell;
import org.xueji.registry.excel.ReaderLimits;
import org.xueji.registry.excel.Row;
import org.xueji.registry.excel.SheetRows;
import org.xueji.registry.excel.WorkbookException;
import org.xueji.registry.excel.WorkbookFormat;
import org.xueji.registry.excel.WorkbookReader;

/**
 * The reader of legacy .xls workbooks, through Apache POI's HSSF.
 *
 * <p>HSSF loads the whole workbook into memory. That is acceptable here because an .xls sheet
 * holds at most 65,536 rows and 256 columns, so the memory it takes is bounded by the format;
 * the rows are still handed out one at a time, through the same {@link Row} and {@link Cell}
 * types as .xlsx. Numbers are given as text the way Excel shows them in full (15 significant
 * digits), and dates are told by the same rules as for .xlsx.
 */
final class XlsWorkbook implements WorkbookReader {

    private static final Logger LOG = LoggerFactory.getLogger(XlsWorkbook.class);
    private static final int FIRST_CUSTOM_FORMAT = 164;

    private final POIFSFileSystem filesystem;
    private final HSSFWorkbook workbook;
    private final ReaderLimits limits;
    private final boolean date1904;
    private final List<String> sheetNames = new ArrayList<>();

    private XlsWorkbook(POIFSFileSystem filesystem, HSSFWorkbook workbook, ReaderLimits limits) {
        this.filesystem = filesystem;
        this.workbook = workbook;
        this.limits = limits;
        this.date1904 = workbook.getInternalWorkbook().isUsing1904DateWindowing();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            sheetNames.add(workbook.getSheetName(i));
        }
    }

    static XlsWorkbook open(POIFSFileSystem filesystem, ReaderLimits limits) {
        try {
            return new XlsWorkbook(filesystem,
                    new HSSFWorkbook(filesystem.getRoot(), true), limits);
        } catch (EncryptedDocumentException e) {
            closeQuietly(filesystem);
            throw Refusals.encrypted();
        } catch (OldExcelFormatException e) {
            closeQuietly(filesystem);
            throw Refusals.unsupported("Excel 5.0/95 工作簿");
        } catch (IOException | RuntimeException e) {
            closeQuietly(filesystem);
            throw Refusals.malformed("Workbook", "the .xls records cannot be read", e);
        }
    }

    private static void closeQuietly(POIFSFileSystem filesystem) {
        try {
            filesystem.close();
        } catch (IOException e) {
            return;
        }
    }

    @Override
    public WorkbookFormat format() {
        return WorkbookFormat.XLS;
    }

    @Override
    public List<String> sheetNames() {
        return Collections.unmodifiableList(sheetNames);
    }

    @Override
    public SheetRows sheet(int index) {
        String name = sheetNames.get(index);
        HSSFSheet sheet;
        List<String> refs = new ArrayList<>();
        try {
            sheet = workbook.getSheetAt(index);
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                refs.add(region.formatAsString());
            }
        } catch (RuntimeException e) {
            throw damaged(name, "the sheet's records cannot be read", e);
        }
        if (sheet.getLastRowNum() + 1 > limits.maxRows()) {
            throw Refusals.tooManyRows(name, limits.maxRows());
        }
        return new Rows(name, sheet, MergedAreas.of(refs));
    }

    /**
     * Refuses a sheet whose records HSSF cannot make sense of. HSSF checks a damaged record
     * only when a cell uses it (a style index past the style table, a string index past the
     * string table), and fails with whatever runtime exception the lookup raised.
     */
    private static WorkbookException damaged(String sheet, String detail, RuntimeException e) {
        if (e instanceof WorkbookException refusal) {
            return refusal;
        }
        return Refusals.malformed(sheet, detail, e);
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            closeQuietly(filesystem);
            return;
        }
        closeQuietly(filesystem);
    }

    private Cell convert(HSSFCell source, int rowNumber) {
        int column = source.getColumnIndex();
        CellType type = source.getCellType();
        boolean formula = type == CellType.FORMULA;
        if (formula) {
            type = source.getCachedFormulaResultType();
        }
        switch (type) {
            case STRING:
                return Cell.ofString(rowNumber, column,
                        source.getRichStringCellValue().getString(), formula);
            case NUMERIC:
                return number(source, rowNumber, column, formula);
            case BOOLEAN:
                return Cell.ofBoolean(rowNumber, column, source.getBooleanCellValue(), formula);
            case ERROR:
                return Cell.ofError(rowNumber, column, errorText(source.getErrorCellValue()),
                        formula);
            default:
                return null;
        }
    }

    private Cell number(HSSFCell source, int rowNumber, int column, boolean formula) {
        double value = source.getNumericCellValue();
        String text = NumberToTextConverter.toText(value);
        int format = source.getCellStyle().getDataFormat();
        boolean date = format < FIRST_CUSTOM_FORMAT ? DateFormats.isBuiltInDate(format)
                : DateFormats.isDateCode(source.getCellStyle().getDataFormatString());
        LocalDateTime dateTime = date ? DateFormats.fromSerial(value, date1904) : null;
        return dateTime != null ? Cell.ofDate(rowNumber, column, text, dateTime, formula)
                : Cell.ofNumber(rowNumber, column, text, formula);
    }

    private static String errorText(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException e) {
            return "#ERROR";
        }
    }

    /** The rows of one loaded sheet. */
    private final class Rows implements SheetRows {

        private final String name;
        private final Iterator<org.apache.poi.ss.usermodel.Row> rows;
        private final MergedAreas merged;

        Rows(String name, HSSFSheet sheet, MergedAreas merged) {
            this.name = name;
            this.rows = sheet.rowIterator();
            this.merged = merged;
        }

        @Override
        public String sheetName() {
            return name;
        }

        @Override
        public boolean hasNext() {
            return rows.hasNext();
        }

        @Override
        public Row next() {
            if (!rows.hasNext()) {
                throw new NoSuchElementException("no more rows in sheet " + name);
            }
            HSSFRow source = (HSSFRow) rows.next();
            int rowNumber = source.getRowNum() + 1;
            try {
                List<Cell> cells = new ArrayList<>(Math.max(source.getPhysicalNumberOfCells(),
                        0));
                for (org.apache.poi.ss.usermodel.Cell cell : source) {
                    Cell converted = convert((HSSFCell) cell, rowNumber);
                    if (converted != null) {
                        cells.add(converted);
                    }
                }
                return Row.of(name, rowNumber, merged.fill(rowNumber, cells));
            } catch (RuntimeException e) {
                throw damaged(name, "the records of row " + rowNumber + " cannot be read", e);
            }
        }

        /** Does nothing: the loaded workbook holds the sheet, and closing it releases both. */
        @Override
        public void close() {
            LOG.trace("Sheet {} closed", name);
        }
    }
}
