package org.xueji.registry.excel;

import java.util.List;

/**
 * Hears the outcome of every non-blank data row of an import as it is decided, in the sheet's
 * order, each row once; for a caller that keeps more than the report's bounded problem list.
 */
@FunctionalInterface
public interface ImportListener {

    /**
     * Receives one row's outcome.
     *
     * @param row  the row number as the spreadsheet shows it
     * @param outcome  what became of the row, not null
     * @param problems  the row's problems, empty unless refused, not null
     */
    void onRow(int row, RowOutcome outcome, List<ImportProblem> problems);
}
