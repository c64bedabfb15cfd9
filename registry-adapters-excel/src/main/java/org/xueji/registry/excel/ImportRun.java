package org.xueji.registry.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What one import run keeps while it goes: the counts, the first problems, the error report
 * being written and the listener. Every decided row passes through {@link #decide} once.
 */
final class ImportRun implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ImportRun.class);

    private final HeaderMatch header;
    private final boolean dryRun;
    private final ImportOptions options;
    private final ErrorReport errorReport;
    private final Map<RowOutcome, Long> outcomes = new EnumMap<>(RowOutcome.class);
    private final List<ImportProblem> kept = new ArrayList<>();
    private final Map<String, Long> byRule = new LinkedHashMap<>();
    private final Map<String, Long> byColumn = new LinkedHashMap<>();
    private long problemCount;

    ImportRun(HeaderMatch header, boolean dryRun, ImportOptions options) {
        this.header = header;
        this.dryRun = dryRun;
        this.options = options;
        this.errorReport = options.errorReport()
                .map(file -> ErrorReport.create(file, header, options.reportRows()))
                .orElse(null);
        for (RowOutcome outcome : RowOutcome.values()) {
            outcomes.put(outcome, 0L);
        }
    }

    void decide(Row row, RowOutcome outcome, List<ImportProblem> problems) {
        outcomes.merge(outcome, 1L, Long::sum);
        for (ImportProblem problem : problems) {
            problemCount++;
            if (kept.size() < options.maxProblems()) {
                kept.add(problem);
            }
            byRule.merge(problem.rule(), 1L, Long::sum);
            byColumn.merge(problem.column(), 1L, Long::sum);
        }
        LOG.trace("Sheet {} row {}: {}, {} problems", row.sheetName(), row.rowNumber(),
                outcome, problems.size());
        if (errorReport != null) {
            errorReport.row(row, outcome, problems);
        }
        options.listener().onRow(row.rowNumber(), outcome, List.copyOf(problems));
    }

    /**
     * Reads every row of a workbook's first sheet, so that a file broken or over
     * a limit anywhere is refused before an import stores anything.
     */
    static void readThrough(Path file, ReaderLimits limits) {
        long rows = 0;
        try (WorkbookReader workbook = WorkbookReader.open(file, limits);
                SheetRows sheet = workbook.sheet(0)) {
            while (sheet.hasNext()) {
                sheet.next();
                rows++;
            }
        }
        LOG.debug("Read {} rows of {} through before importing", rows, file.getFileName());
    }

    ImportReport finish() {
        ImportReport report = new ImportReport(header.sheetName(), header.rowNumber(), dryRun,
                outcomes, problemCount, kept, byRule, byColumn,
                List.copyOf(header.unknownColumns().values()));
        if (errorReport != null) {
            errorReport.summary(report);
        }
        LOG.info("Sheet {}{}: {} rows, {} accepted, {} refused, {} already collected,"
                + " {} already registered, {} problems", report.sheet(),
                dryRun ? " (dry run)" : "", report.rows(), report.accepted(), report.refused(),
                report.count(RowOutcome.ALREADY_COLLECTED),
                report.count(RowOutcome.ALREADY_REGISTERED), report.problemCount());
        return report;
    }

    @Override
    public void close() {
        if (errorReport != null) {
            errorReport.close();
        }
    }
}
