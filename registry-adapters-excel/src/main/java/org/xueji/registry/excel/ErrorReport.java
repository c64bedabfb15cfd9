package org.xueji.registry.excel;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the error report a school opens: the imported sheet's rows with the original row
 * number in front, a problem column after them and the faulty cells marked; then a summary
 * sheet of the counts. Rows are written as they are decided, so the report never holds more
 * than one row.
 */
final class ErrorReport implements AutoCloseable {

    static final String ROW_HEADER = "原行号";
    static final String OUTCOME_HEADER = "结果";
    static final String PROBLEM_HEADER = "问题";
    static final String SUMMARY_SHEET = "汇总";

    private final XlsxWriter writer;
    private final XlsxWriter.SheetWriter rows;
    private final int width;
    private final boolean allRows;

    private ErrorReport(XlsxWriter writer, XlsxWriter.SheetWriter rows, int width,
            boolean allRows) {
        this.writer = writer;
        this.rows = rows;
        this.width = width;
        this.allRows = allRows;
    }

    static ErrorReport create(Path file, HeaderMatch header, ImportOptions.ReportRows which) {
        int width = width(header);
        List<ColumnSpec> columns = new ArrayList<>();
        columns.add(ColumnSpec.of(ROW_HEADER).withWidth(8));
        for (int i = 0; i < width; i++) {
            columns.add(ColumnSpec.of(header.headerOf(i)).withWidth(14));
        }
        columns.add(ColumnSpec.of(OUTCOME_HEADER).withWidth(10));
        columns.add(ColumnSpec.of(PROBLEM_HEADER).withWidth(80));
        XlsxWriter writer = XlsxWriter.create(file);
        String name = header.sheetName().isBlank() ? "数据" : header.sheetName();
        return new ErrorReport(writer, writer.sheet(name, columns), width,
                which == ImportOptions.ReportRows.ALL);
    }

    void row(Row row, RowOutcome outcome, List<ImportProblem> problems) {
        if (!allRows && outcome != RowOutcome.REFUSED) {
            return;
        }
        List<Object> values = new ArrayList<>(width + 3);
        values.add(row.rowNumber());
        for (int i = 0; i < width; i++) {
            String text = CellValues.text(row.cell(i));
            values.add(text.isEmpty() ? null : text.length() > XlsxWriter.MAX_CELL_CHARS
                    ? text.substring(0, XlsxWriter.MAX_CELL_CHARS) : text);
        }
        values.add(outcome.chineseName());
        Set<Integer> marked = new HashSet<>();
        StringBuilder text = new StringBuilder();
        for (ImportProblem problem : problems) {
            if (problem.columnIndex() >= 0 && problem.columnIndex() < width) {
                marked.add(problem.columnIndex() + 1);
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            if (!problem.cellReference().isEmpty()) {
                text.append(problem.cellReference()).append(' ').append(problem.column())
                        .append("：");
            }
            text.append(problem.chineseMessage());
        }
        values.add(text.length() == 0 ? null : text.toString());
        rows.row(values, marked);
    }

    void summary(ImportReport report) {
        XlsxWriter.SheetWriter summary = writer.sheet(SUMMARY_SHEET,
                List.of(ColumnSpec.of("项目").withWidth(30), ColumnSpec.of("数量").withWidth(12)));
        summary.row(List.of("工作表", report.sheet()));
        summary.row(List.of("试导入（未保存）", report.isDryRun() ? "是" : "否"));
        summary.row(List.of("读取行数", report.rows()));
        for (RowOutcome outcome : RowOutcome.values()) {
            summary.row(List.of(outcome.chineseName(), report.count(outcome)));
        }
        summary.row(List.of("问题总数", report.problemCount()));
        summary.row(List.of());
        summary.row(List.of("按规则统计"));
        for (Map.Entry<String, Long> entry : report.problemsByRule().entrySet()) {
            summary.row(List.of(entry.getKey(), entry.getValue()));
        }
        summary.row(List.of());
        summary.row(List.of("按列统计"));
        for (Map.Entry<String, Long> entry : report.problemsByColumn().entrySet()) {
            summary.row(List.of(entry.getKey().isEmpty() ? "（整行）" : entry.getKey(),
                    entry.getValue()));
        }
        if (!report.unknownColumns().isEmpty()) {
            summary.row(List.of());
            summary.row(List.of("未识别而忽略的列", String.join("、", report.unknownColumns())));
        }
    }

    @Override
    public void close() {
        writer.close();
    }

    private static int width(HeaderMatch header) {
        int last = -1;
        for (int column : header.columns().values()) {
            last = Math.max(last, column);
        }
        for (int column : header.unknownColumns().keySet()) {
            last = Math.max(last, column);
        }
        for (int column : header.duplicateColumns().keySet()) {
            last = Math.max(last, column);
        }
        return last + 1;
    }
}
