package org.xueji.registry.excel;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.List;
import org.xueji.registry.excel.internal.Workbooks;

/**
 * Reads the sheets of a workbook row by row, without holding the workbook in memory.
 *
 * <p>The format is told by the file's first bytes, never by its name: a zip archive is read as
 * .xlsx by a streaming reader of this library that keeps the shared-strings table in memory-mapped
 * temporary files, not on the heap; an OLE2 compound file is read as .xls through Apache POI's
 * HSSF, which loads the whole workbook (an .xls sheet has at most 65,536 rows, so its size stays
 * bounded). An OLE2 file that holds an encrypted .xlsx is refused as password-protected.
 *
 * <p>The XML of an .xlsx file is parsed with document types refused, the inflated size of each
 * part counted while it inflates, and every sheet held to the row limit, as {@link ReaderLimits}
 * sets; each refusal is a {@link WorkbookException} with its reason.
 *
 * <p>A reader may have several sheets open at once; it is not thread-safe. Closing it deletes its
 * temporary files.
 */
public interface WorkbookReader extends AutoCloseable {

    /**
     * Opens a workbook with the default limits.
     *
     * @param file  the .xlsx or .xls file, not null
     * @return the reader, to be closed by the caller, not null
     * @throws WorkbookException if the file is not a readable workbook
     */
    static WorkbookReader open(Path file) {
        return open(file, ReaderLimits.defaults());
    }

    /**
     * Opens a workbook with the given limits.
     *
     * @param file  the .xlsx or .xls file, not null
     * @param limits  the limits to enforce, not null
     * @return the reader, to be closed by the caller, not null
     * @throws WorkbookException if the file is not a readable workbook
     */
    static WorkbookReader open(Path file, ReaderLimits limits) {
        return Workbooks.open(requireNonNull(file, "file"), requireNonNull(limits, "limits"));
    }

    /**
     * Returns the format the file turned out to have.
     *
     * @return the format, not null
     */
    WorkbookFormat format();

    /**
     * Returns the names of the worksheets in the order of their tabs; chart sheets are left out.
     *
     * @return an unmodifiable list, not null
     */
    List<String> sheetNames();

    /**
     * Opens a sheet by its position among {@link #sheetNames()}.
     *
     * @param index  the 0-based position
     * @return the sheet's rows, to be closed by the caller, not null
     * @throws IndexOutOfBoundsException if there is no sheet at that position
     * @throws WorkbookException if the sheet cannot be read or has more rows than the limit
     */
    SheetRows sheet(int index);

    /**
     * Opens a sheet by its name.
     *
     * @param name  the sheet's name, not null
     * @return the sheet's rows, to be closed by the caller, not null
     * @throws IllegalArgumentException if the workbook has no sheet of that name
     * @throws WorkbookException if the sheet cannot be read or has more rows than the limit
     */
    default SheetRows sheet(String name) {
        int index = sheetNames().indexOf(requireNonNull(name, "name"));
        if (index < 0) {
            throw new IllegalArgumentException("no sheet named " + name);
        }
        return sheet(index);
    }

    /** Closes the file and deletes the reader's temporary files; calling it again does nothing. */
    @Override
    void close();
}
