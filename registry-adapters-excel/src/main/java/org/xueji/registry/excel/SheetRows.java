package org.xueji.registry.excel;

import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The rows of one sheet, read one at a time in the order the sheet holds them.
 *
 * <p>Rows the file does not contain are not returned, so row numbers may jump; a returned row may
 * still be {@linkplain Row#isBlank() blank}. {@link #hasNext()} and {@link #next()} throw
 * {@link WorkbookException} where the file turns out broken or over a limit part-way through.
 * Closing releases the part of the file being read; it does not close the workbook.
 *
 * <p>Instances are not thread-safe.
 */
public interface SheetRows extends Iterator<Row>, AutoCloseable {

    /**
     * Returns the name of the sheet, as its tab shows it.
     *
     * @return the sheet name, not null
     */
    String sheetName();

    /**
     * Tells whether another row follows.
     *
     * @return true if {@link #next()} returns a row
     * @throws WorkbookException if the sheet cannot be read further
     */
    @Override
    boolean hasNext();

    /**
     * Returns the next row.
     *
     * @return the row, not null
     * @throws NoSuchElementException if no row follows
     * @throws WorkbookException if the sheet cannot be read further
     */
    @Override
    Row next();

    /** Releases what reading this sheet holds; calling it again does nothing. */
    @Override
    void close();
}
