package org.xueji.registry.excel;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did with a sheet: how many rows it read and what became of them, the first
 * problems found and how many more there were, and the problems counted by rule and by column.
 *
 * <p>Every non-blank data row is counted once, under exactly one outcome; blank rows are skipped
 * and not counted. The report keeps at most {@link ImportOptions#maxProblems()} problems; the
 * error report, where one was asked for, holds them all.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ImportReport {

    private final String sheet;
    private final int headerRow;
    private final boolean dryRun;
    private final Map<RowOutcome, Long> outcomes;
    private final long problemCount;
    private final List<ImportProblem> problems;
    private final Map<String, Long> byRule;
    private final Map<String, Long> byColumn;
    private final List<String> unknownColumns;

    ImportReport(String sheet, int headerRow, boolean dryRun, Map<RowOutcome, Long> outcomes,
            long problemCount, List<ImportProblem> problems, Map<String, Long> byRule,
            Map<String, Long> byColumn, List<String> unknownColumns) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.dryRun = dryRun;
        this.outcomes = Collections.unmodifiableMap(new LinkedHashMap<>(outcomes));
        this.problemCount = problemCount;
        this.problems = List.copyOf(problems);
        this.byRule = Collections.unmodifiableMap(new LinkedHashMap<>(byRule));
        this.byColumn = Collections.unmodifiableMap(new LinkedHashMap<>(byColumn));
        this.unknownColumns = List.copyOf(unknownColumns);
    }

    /**
     * Returns the name of the sheet imported.
     *
     * @return the sheet name, not null
     */
    public String sheet() {
        return sheet;
    }

    /**
     * Returns the number of the header row as the spreadsheet shows it.
     *
     * @return the row number, at least 1
     */
    public int headerRow() {
        return headerRow;
    }

    /**
     * Tells whether this was a dry run, which stores nothing.
     *
     * @return true for a dry run
     */
    public boolean isDryRun() {
        return dryRun;
    }

    /**
     * Returns the number of non-blank data rows read.
     *
     * @return the number of rows
     */
    public long rows() {
        return outcomes.values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Returns the number of rows with an outcome.
     *
     * @param outcome  the outcome, not null
     * @return the number of rows
     */
    public long count(RowOutcome outcome) {
        return outcomes.getOrDefault(outcome, 0L);
    }

    /**
     * Returns the number of rows stored, or in a dry run that would have been.
     *
     * @return the number of rows
     */
    public long accepted() {
        return count(RowOutcome.ACCEPTED);
    }

    /**
     * Returns the number of rows refused.
     *
     * @return the number of rows
     */
    public long refused() {
        return count(RowOutcome.REFUSED);
    }

    /**
     * Returns the number of problems found, kept or not.
     *
     * @return the number of problems
     */
    public long problemCount() {
        return problemCount;
    }

    /**
     * Returns the first problems found, in the sheet's order, at most as many as the options
     * allowed.
     *
     * @return an unmodifiable list, not null
     */
    public List<ImportProblem> problems() {
        return problems;
    }

    /**
     * Returns how many problems were found beyond those kept.
     *
     * @return the number of problems left out of {@link #problems()}
     */
    public long problemsOmitted() {
        return problemCount - problems.size();
    }

    /**
     * Returns the number of problems by the rule broken.
     *
     * @return an unmodifiable map from rule code to count, in the order first found, not null
     */
    public Map<String, Long> problemsByRule() {
        return byRule;
    }

    /**
     * Returns the number of problems by column; problems of a whole row count under the empty
     * name.
     *
     * @return an unmodifiable map from column header to count, in the order first found, not
     *     null
     */
    public Map<String, Long> problemsByColumn() {
        return byColumn;
    }

    /**
     * Returns the headers of the sheet's columns that no definition knows; they were ignored.
     *
     * @return an unmodifiable list, in column order, not null
     */
    public List<String> unknownColumns() {
        return unknownColumns;
    }

    @Override
    public String toString() {
        return "ImportReport[" + sheet + (dryRun ? ", dry run" : "") + ", " + outcomes
                + ", problems=" + problemCount + "]";
    }
}
