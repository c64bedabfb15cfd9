package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xueji.registry.ErrorCode;
import org.xueji.registry.Registry;
import org.xueji.registry.RegistryException;
import org.xueji.registry.access.Actor;
import org.xueji.registry.exchange.ChangeBatch;
import org.xueji.registry.exchange.NationalCsv;
import org.xueji.registry.exchange.NationalField;
import org.xueji.registry.exchange.NationalRecord;

/**
 * The national export as a workbook a school can upload (全国学籍上报表): the same records as
 * the {@link NationalCsv} exchange file, with the same columns under the same headers
 * ({@link NationalField#header()}), in the same order, with the same values: codes of the
 * national code tables, dates as {@code yyyyMMdd}, flags as {@code 1}/{@code 0}.
 *
 * <p><b>Cells.</b> Every value is a text cell, never a number, so that a code keeps its leading
 * zero ({@code 01}) and an identity or phone number keeps all its digits; an empty value leaves
 * the cell empty. Text is written by {@link XlsxWriter}: as inline strings, which no spreadsheet
 * evaluates, and with the quote-prefix mark where it starts like a formula; the value itself is
 * written unchanged.
 *
 * <p><b>Size.</b> Rows are streamed: the writer holds one row, and {@link #export} reads the
 * store a page at a time, so a province's export stays bounded in memory. A sheet holds at most
 * {@value #ROWS_PER_SHEET} students below its header (Excel's 1,048,576 rows); a larger export
 * continues on sheets named {@code 学生基本信息2}, {@code 学生基本信息3} and so on, each with the
 * header row.
 *
 * <p><b>No status column.</b> The layout is the national form's, which has no registration
 * status (学籍状态): the export holds every student of the scope whatever the status, as the
 * exchange file does. A host that needs the status beside the national fields writes a roster
 * with {@link StudentListExport}, which has one.
 *
 * <p><b>Reading back.</b> {@link #read(Path, Consumer)} reads every sheet in tab order; each
 * must start with the national header row; a row without any value is skipped, so a record whose
 * every value is empty, which no student gives, is not read back. A workbook that a spreadsheet
 * program saved again reads back the same as long as the columns stayed text: a value the
 * program turned into a number is read as the number it shows, which may have lost a leading
 * zero, and the record then fails the typed readers of {@link NationalRecord}.
 *
 * <p>This class is thread-safe.
 */
public final class NationalExportWorkbook {

    /** The name of the first sheet. */
    public static final String SHEET = "学生基本信息";

    /** The most students on one sheet: an Excel sheet's rows less the header row. */
    public static final int ROWS_PER_SHEET = 1_048_575;

    private static final Logger LOG = LoggerFactory.getLogger(NationalExportWorkbook.class);
    private static final NationalField[] FIELDS = NationalField.values();

    private NationalExportWorkbook() {
    }

    /**
     * Writes every student of the actor's scope, as {@link
     * org.xueji.registry.exchange.Exchange#export(Actor, Appendable)} writes the exchange file,
     * and records the export in the audit trail.
     *
     * @param registry  the registry, not null
     * @param actor  the actor whose scope to export, not null
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @return the number of students written, not negative
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static long export(Registry registry, Actor actor, Path file) {
        requireNonNull(registry, "registry");
        requireNonNull(actor, "actor");
        try (XlsxWriter writer = XlsxWriter.create(requireNonNull(file, "file"))) {
            Sheets sheets = new Sheets(writer, ROWS_PER_SHEET);
            long written = registry.exchange().export(actor, sheets::add);
            sheets.finish();
            LOG.info("National export of {} students written to {}", written,
                    file.getFileName());
            return written;
        }
    }

    /**
     * Writes one poll of the change feed: the students of the actor's scope changed after the
     * cursor, as {@link org.xueji.registry.exchange.Exchange#changesSince} returns them.
     *
     * @param registry  the registry, not null
     * @param actor  the actor whose scope to follow, not null
     * @param cursor  the cursor of the previous batch, 0 for the start of the feed
     * @param limit  the most events to read in this poll, positive
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @return the batch written, with the cursor to persist once the file is delivered, not null
     * @throws IllegalArgumentException if the cursor is negative or the limit not positive
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static ChangeBatch changesSince(Registry registry, Actor actor, long cursor,
            int limit, Path file) {
        requireNonNull(registry, "registry");
        requireNonNull(file, "file");
        ChangeBatch batch = registry.exchange().changesSince(actor, cursor, limit);
        write(batch.records(), file);
        return batch;
    }

    /**
     * Writes records to a workbook file.
     *
     * @param records  the records, in the order to write them, not null
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @return the number of records written, not negative
     * @throws java.io.UncheckedIOException if the file cannot be written
     */
    public static long write(Iterable<NationalRecord> records, Path file) {
        requireNonNull(records, "records");
        try (XlsxWriter writer = XlsxWriter.create(requireNonNull(file, "file"))) {
            return write(records, writer, ROWS_PER_SHEET);
        }
    }

    /**
     * Writes records as a workbook to a stream, and closes the stream.
     *
     * @param records  the records, in the order to write them, not null
     * @param out  the stream, not null
     * @return the number of records written, not negative
     * @throws java.io.UncheckedIOException if writing fails
     */
    public static long write(Iterable<NationalRecord> records, OutputStream out) {
        requireNonNull(records, "records");
        try (XlsxWriter writer = XlsxWriter.create(requireNonNull(out, "out"))) {
            return write(records, writer, ROWS_PER_SHEET);
        }
    }

    /**
     * Writes records on sheets of at most a given number of rows; tests use a small one.
     */
    static long write(Iterable<NationalRecord> records, XlsxWriter writer, int rowsPerSheet) {
        Sheets sheets = new Sheets(writer, rowsPerSheet);
        for (NationalRecord record : records) {
            sheets.add(record);
        }
        sheets.finish();
        return sheets.written;
    }

    /**
     * Reads a whole export back.
     *
     * @param file  the workbook, not null
     * @return the records, in sheet and row order, not null
     * @throws WorkbookException if the file is not a readable workbook
     * @throws RegistryException with {@link ErrorCode#INVALID_EXCHANGE_FILE} if a sheet does not
     *     start with the national header row or a row has values beyond its columns
     */
    public static List<NationalRecord> read(Path file) {
        List<NationalRecord> records = new ArrayList<>();
        read(file, records::add);
        return records;
    }

    /**
     * Reads an export back one record at a time, holding one row in memory.
     *
     * @param file  the workbook, not null
     * @param sink  what receives the records, in sheet and row order, not null
     * @return the number of records read, not negative
     * @throws WorkbookException if the file is not a readable workbook
     * @throws RegistryException with {@link ErrorCode#INVALID_EXCHANGE_FILE} if a sheet does not
     *     start with the national header row or a row has values beyond its columns
     */
    public static long read(Path file, Consumer<NationalRecord> sink) {
        requireNonNull(file, "file");
        requireNonNull(sink, "sink");
        long read = 0;
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            for (int i = 0; i < reader.sheetNames().size(); i++) {
                try (SheetRows rows = reader.sheet(i)) {
                    read += readSheet(rows, sink);
                }
            }
        }
        return read;
    }

    private static long readSheet(SheetRows rows, Consumer<NationalRecord> sink) {
        Row header = rows.hasNext() ? rows.next() : null;
        if (header == null || header.rowNumber() != 1 || !values(header).equals(
                NationalCsv.headers())) {
            throw invalid(rows.sheetName(), 1, "不是全国学籍上报表的表头",
                    "is not the national header");
        }
        long read = 0;
        while (rows.hasNext()) {
            Row row = rows.next();
            if (row.width() > FIELDS.length) {
                throw invalid(rows.sheetName(), row.rowNumber(),
                        "在第" + FIELDS.length + "列之后还有内容",
                        "has values after column " + FIELDS.length);
            }
            List<String> values = values(row);
            if (values.stream().allMatch(String::isEmpty)) {
                continue;
            }
            sink.accept(NationalRecord.ofRow(values));
            read++;
        }
        return read;
    }

    private static List<String> values(Row row) {
        List<String> values = new ArrayList<>(FIELDS.length);
        for (int i = 0; i < FIELDS.length; i++) {
            values.add(row.cell(i).text());
        }
        return values;
    }

    private static RegistryException invalid(String sheet, int row, String chinese,
            String english) {
        return new RegistryException(ErrorCode.INVALID_EXCHANGE_FILE,
                "工作表“" + sheet + "”第" + row + "行" + chinese,
                "Sheet '" + sheet + "' row " + row + " " + english);
    }

    /**
     * The sheets being written: starts a sheet with the header row when the current one is
     * full.
     */
    private static final class Sheets {

        private final XlsxWriter writer;
        private final int rowsPerSheet;
        private final List<ColumnSpec> columns = new ArrayList<>();
        private final List<String> values = new ArrayList<>(FIELDS.length);
        private XlsxWriter.SheetWriter sheet;
        private int sheetCount;
        private int onSheet;
        private long written;

        Sheets(XlsxWriter writer, int rowsPerSheet) {
            this.writer = writer;
            this.rowsPerSheet = rowsPerSheet;
            for (NationalField field : FIELDS) {
                columns.add(ColumnSpec.of(field.header()).withWidth(width(field)));
            }
        }

        void add(NationalRecord record) {
            if (sheet == null || onSheet == rowsPerSheet) {
                next();
            }
            values.clear();
            for (NationalField field : FIELDS) {
                String value = record.get(field);
                values.add(value.isEmpty() ? null : value);
            }
            sheet.row(values);
            onSheet++;
            written++;
        }

        void finish() {
            if (sheet == null) {
                next();
            }
        }

        private void next() {
            sheetCount++;
            sheet = writer.sheet(sheetCount == 1 ? SHEET : SHEET + sheetCount, columns);
            onSheet = 0;
        }

        private static double width(NationalField field) {
            return switch (field) {
                case REGISTRY_NUMBER, IDENTITY_NUMBER, MEMBER1_DOCUMENT_NUMBER,
                        MEMBER2_DOCUMENT_NUMBER -> 22;
                case CLASS, REGIONAL_NUMBER -> 20;
                case ADDRESS, HOUSEHOLD_PLACE -> 24;
                default -> ColumnSpec.of(field.header()).width();
            };
        }
    }
}
