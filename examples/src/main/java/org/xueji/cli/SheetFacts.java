package org.xueji.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.xueji.registry.enrollment.FormField;
import org.xueji.registry.excel.CellResult;
import org.xueji.registry.excel.CellValues;
import org.xueji.registry.excel.HeaderMatcher;
import org.xueji.registry.excel.NewStudentImport;
import org.xueji.registry.excel.Row;
import org.xueji.registry.excel.SheetRows;
import org.xueji.registry.excel.WorkbookReader;

/**
 * What a first pass over a new-student sheet tells before the import: how many non-blank data
 * rows it has, the class names it uses and the first entry month (入学年月) it gives.
 *
 * @param rows  the non-blank data rows
 * @param classNames  the distinct class names, folded and stripped, in the order met
 * @param entryMonth  the first readable entry month, if any
 */
record SheetFacts(long rows, Set<String> classNames, Optional<YearMonth> entryMonth) {

    /**
     * Reads the facts of a workbook's first sheet.
     *
     * @throws org.xueji.registry.excel.WorkbookException if the file cannot be read
     * @throws org.xueji.registry.RegistryException if the sheet lacks a required column
     */
    static SheetFacts read(Path file) {
        try (WorkbookReader workbook = WorkbookReader.open(file);
                SheetRows sheet = workbook.sheet(0)) {
            HeaderMatcher.LocatedHeader located = HeaderMatcher.of(NewStudentImport.columns())
                    .locate(sheet);
            var match = located.match().requireComplete();
            OptionalInt classColumn = match.columnOf(FormField.CLASS.name());
            OptionalInt entryColumn = match.columnOf(FormField.ENTRY_MONTH.name());
            long rows = 0;
            Set<String> classes = new LinkedHashSet<>();
            YearMonth entry = null;
            Iterator<Row> data = located.dataRows();
            while (data.hasNext()) {
                Row row = data.next();
                if (row.isBlank()) {
                    continue;
                }
                rows++;
                if (classColumn.isPresent()) {
                    String name = CellValues.fold(CellValues.text(
                            row.cell(classColumn.getAsInt()))).strip();
                    if (!name.isEmpty()) {
                        classes.add(name);
                    }
                }
                if (entry == null && entryColumn.isPresent()) {
                    CellResult<YearMonth> month = CellValues.yearMonth(
                            row.cell(entryColumn.getAsInt()));
                    entry = month.toOptional().orElse(null);
                }
            }
            return new SheetFacts(rows, classes, Optional.ofNullable(entry));
        }
    }
}
