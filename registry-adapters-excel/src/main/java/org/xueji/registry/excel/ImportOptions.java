package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Optional;

/**
 * How an import runs: the chunk of rows handed to the registry at once, how many problems the
 * report keeps in memory, the reader's limits, where to write the error report and whom to tell
 * each row's outcome.
 *
 * <p>This class is immutable and thread-safe if its listener is.
 */
public final class ImportOptions {

    /** The default number of rows handed to the registry at once. */
    public static final int DEFAULT_CHUNK_SIZE = 500;
    /** The default number of problems an import report keeps in memory. */
    public static final int DEFAULT_MAX_PROBLEMS = 1000;

    private static final ImportListener NO_LISTENER = (row, outcome, problems) -> { };
    private static final ImportOptions DEFAULTS = new ImportOptions(DEFAULT_CHUNK_SIZE,
            DEFAULT_MAX_PROBLEMS, ReaderLimits.defaults(), null, ReportRows.REFUSED,
            NO_LISTENER);

    /** Which rows the error report copies from the imported sheet. */
    public enum ReportRows {
        /** Only the rows that were refused. */
        REFUSED,
        /** Every non-blank data row, with its outcome. */
        ALL
    }

    private final int chunkSize;
    private final int maxProblems;
    private final ReaderLimits limits;
    private final Path errorReport;
    private final ReportRows reportRows;
    private final ImportListener listener;

    private ImportOptions(int chunkSize, int maxProblems, ReaderLimits limits, Path errorReport,
            ReportRows reportRows, ImportListener listener) {
        this.chunkSize = chunkSize;
        this.maxProblems = maxProblems;
        this.limits = limits;
        this.errorReport = errorReport;
        this.reportRows = reportRows;
        this.listener = listener;
    }

    /**
     * Returns the defaults: chunks of {@value #DEFAULT_CHUNK_SIZE} rows,
     * {@value #DEFAULT_MAX_PROBLEMS} problems kept, the reader's default limits, no error report
     * and no listener.
     *
     * @return the defaults, not null
     */
    public static ImportOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy that hands the registry chunks of another size.
     *
     * @param rows  the rows per chunk, positive
     * @return the new options, not null
     * @throws IllegalArgumentException if the size is not positive
     */
    public ImportOptions withChunkSize(int rows) {
        if (rows <= 0) {
            throw new IllegalArgumentException("chunk size must be positive: " + rows);
        }
        return new ImportOptions(rows, maxProblems, limits, errorReport, reportRows, listener);
    }

    /**
     * Returns a copy whose report keeps another number of problems; the rest are counted.
     *
     * @param problems  the number kept, not negative
     * @return the new options, not null
     * @throws IllegalArgumentException if the number is negative
     */
    public ImportOptions withMaxProblems(int problems) {
        if (problems < 0) {
            throw new IllegalArgumentException("max problems must not be negative: " + problems);
        }
        return new ImportOptions(chunkSize, problems, limits, errorReport, reportRows, listener);
    }

    /**
     * Returns a copy that reads the workbook with other limits.
     *
     * @param readerLimits  the limits, not null
     * @return the new options, not null
     */
    public ImportOptions withLimits(ReaderLimits readerLimits) {
        return new ImportOptions(chunkSize, maxProblems, requireNonNull(readerLimits, "limits"),
                errorReport, reportRows, listener);
    }

    /**
     * Returns a copy that writes an error report: the sheet's rows with a problem column added
     * and the faulty cells marked, and a summary sheet.
     *
     * @param file  the .xlsx file to write, replaced if it exists, not null
     * @param rows  which rows to copy, not null
     * @return the new options, not null
     */
    public ImportOptions withErrorReport(Path file, ReportRows rows) {
        return new ImportOptions(chunkSize, maxProblems, limits, requireNonNull(file, "file"),
                requireNonNull(rows, "rows"), listener);
    }

    /**
     * Returns a copy that tells a listener every row's outcome.
     *
     * @param rowListener  the listener, not null
     * @return the new options, not null
     */
    public ImportOptions withListener(ImportListener rowListener) {
        return new ImportOptions(chunkSize, maxProblems, limits, errorReport, reportRows,
                requireNonNull(rowListener, "listener"));
    }

    /**
     * Returns the number of rows handed to the registry at once.
     *
     * @return the chunk size, positive
     */
    public int chunkSize() {
        return chunkSize;
    }

    /**
     * Returns the number of problems the report keeps in memory.
     *
     * @return the number, not negative
     */
    public int maxProblems() {
        return maxProblems;
    }

    /**
     * Returns the limits the workbook is read with.
     *
     * @return the limits, not null
     */
    public ReaderLimits limits() {
        return limits;
    }

    /**
     * Returns the file the error report is written to.
     *
     * @return the file, or empty for no report
     */
    public Optional<Path> errorReport() {
        return Optional.ofNullable(errorReport);
    }

    /**
     * Returns which rows the error report copies.
     *
     * @return the choice, not null
     */
    public ReportRows reportRows() {
        return reportRows;
    }

    /**
     * Returns the listener told every row's outcome.
     *
     * @return the listener, one that does nothing by default, not null
     */
    public ImportListener listener() {
        return listener;
    }
}
