package org.xueji.registry.excel;

/**
 * The limits a {@link WorkbookReader} enforces on a file, so that a hostile or broken file fails
 * with a {@link WorkbookException} instead of exhausting memory, disk or time.
 *
 * <p>The defaults suit a school's new-student workbook up to the size of a sheet Excel can hold:
 * {@value #DEFAULT_MAX_ROWS} rows, parts up to 4 GiB inflated, a compression ratio up to
 * {@value #DEFAULT_MAX_COMPRESSION_RATIO}, {@value #DEFAULT_MAX_CELL_CHARS} characters per cell
 * (Excel's own limit is 32,767) and {@value #DEFAULT_MAX_MERGED_AREAS} merged areas per sheet.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReaderLimits {

    /** The default greatest row number of a sheet: the number of rows an Excel sheet has. */
    public static final int DEFAULT_MAX_ROWS = 1_048_576;
    /** The default greatest inflated size of one part of an .xlsx file, in bytes. */
    public static final long DEFAULT_MAX_ENTRY_BYTES = 4L << 30;
    /** The default greatest ratio of inflated to compressed size of one part. */
    public static final int DEFAULT_MAX_COMPRESSION_RATIO = 200;
    /** The default greatest number of characters in one cell. */
    public static final int DEFAULT_MAX_CELL_CHARS = 65_536;
    /** The default greatest number of merged areas in one sheet. */
    public static final int DEFAULT_MAX_MERGED_AREAS = 100_000;

    /**
     * Parts smaller than this many inflated bytes are exempt from the ratio check: a small part
     * of repeated markup compresses well and is harmless.
     */
    public static final long RATIO_CHECK_THRESHOLD_BYTES = 1L << 20;

    private static final ReaderLimits DEFAULTS = new ReaderLimits(DEFAULT_MAX_ROWS,
            DEFAULT_MAX_ENTRY_BYTES, DEFAULT_MAX_COMPRESSION_RATIO, DEFAULT_MAX_CELL_CHARS,
            DEFAULT_MAX_MERGED_AREAS);

    private final int maxRows;
    private final long maxEntryBytes;
    private final int maxCompressionRatio;
    private final int maxCellChars;
    private final int maxMergedAreas;

    private ReaderLimits(int maxRows, long maxEntryBytes, int maxCompressionRatio,
            int maxCellChars, int maxMergedAreas) {
        this.maxRows = positive(maxRows, "maxRows");
        this.maxEntryBytes = positive(maxEntryBytes, "maxEntryBytes");
        this.maxCompressionRatio = positive(maxCompressionRatio, "maxCompressionRatio");
        this.maxCellChars = positive(maxCellChars, "maxCellChars");
        this.maxMergedAreas = positive(maxMergedAreas, "maxMergedAreas");
    }

    /**
     * Returns the default limits.
     *
     * @return the defaults, not null
     */
    public static ReaderLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy with another greatest row number per sheet.
     *
     * @param maxRows  the greatest row number a sheet may use, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ReaderLimits withMaxRows(int maxRows) {
        return new ReaderLimits(maxRows, maxEntryBytes, maxCompressionRatio, maxCellChars,
                maxMergedAreas);
    }

    /**
     * Returns a copy with another greatest inflated size of one part of the file.
     *
     * @param maxEntryBytes  the size in bytes, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if the size is not positive
     */
    public ReaderLimits withMaxEntryBytes(long maxEntryBytes) {
        return new ReaderLimits(maxRows, maxEntryBytes, maxCompressionRatio, maxCellChars,
                maxMergedAreas);
    }

    /**
     * Returns a copy with another greatest ratio of inflated to compressed size of a part.
     *
     * @param maxCompressionRatio  the ratio, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if the ratio is not positive
     */
    public ReaderLimits withMaxCompressionRatio(int maxCompressionRatio) {
        return new ReaderLimits(maxRows, maxEntryBytes, maxCompressionRatio, maxCellChars,
                maxMergedAreas);
    }

    /**
     * Returns a copy with another greatest number of characters in one cell.
     *
     * @param maxCellChars  the number of characters, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ReaderLimits withMaxCellChars(int maxCellChars) {
        return new ReaderLimits(maxRows, maxEntryBytes, maxCompressionRatio, maxCellChars,
                maxMergedAreas);
    }

    /**
     * Returns a copy with another greatest number of merged areas per sheet.
     *
     * @param maxMergedAreas  the number of areas, positive
     * @return the new limits, not null
     * @throws IllegalArgumentException if the number is not positive
     */
    public ReaderLimits withMaxMergedAreas(int maxMergedAreas) {
        return new ReaderLimits(maxRows, maxEntryBytes, maxCompressionRatio, maxCellChars,
                maxMergedAreas);
    }

    /**
     * Returns the greatest row number, as the spreadsheet shows it, that a sheet may use.
     *
     * @return the row limit, positive
     */
    public int maxRows() {
        return maxRows;
    }

    /**
     * Returns the greatest inflated size in bytes of one part of an .xlsx file.
     *
     * @return the size limit, positive
     */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    /**
     * Returns the greatest ratio of inflated to compressed size of one part, checked once a part
     * has inflated past {@value #RATIO_CHECK_THRESHOLD_BYTES} bytes.
     *
     * @return the ratio limit, positive
     */
    public int maxCompressionRatio() {
        return maxCompressionRatio;
    }

    /**
     * Returns the greatest number of characters in one cell.
     *
     * @return the character limit, positive
     */
    public int maxCellChars() {
        return maxCellChars;
    }

    /**
     * Returns the greatest number of merged areas in one sheet.
     *
     * @return the area limit, positive
     */
    public int maxMergedAreas() {
        return maxMergedAreas;
    }

    @Override
    public String toString() {
        return "ReaderLimits[maxRows=" + maxRows + ", maxEntryBytes=" + maxEntryBytes
                + ", maxCompressionRatio=" + maxCompressionRatio + ", maxCellChars="
                + maxCellChars + ", maxMergedAreas=" + maxMergedAreas + "]";
    }

    private static int positive(int value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }

    private static long positive(long value, String name) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + value);
        }
        return value;
    }
}
