package org.xueji.registry.bench;

import cn.idev.excel.FastExcel;
import cn.idev.excel.context.AnalysisContext;
import cn.idev.excel.read.listener.ReadListener;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xueji.registry.excel.ImportReport;
import org.xueji.registry.excel.NewStudentImport;

/**
 * Reads a workbook once in this JVM with one reader and prints one {@code RESULT} line: rows,
 * seconds, rows per second and the peak heap in use, sampled every 10 ms.
 *
 * <p>{@code ours} is the dry-run import of the new-student workbook
 * ({@link NewStudentImport#dryRun}): header found and matched, every cell of every row read into
 * a form, and every form checked by the core's enrollment rules against an in-memory registry,
 * nothing stored. {@code dhatim} is a bare read of every cell's text with dhatim
 * fastexcel-reader, {@code fastexcel} the same with cn.idev FastExcel (the EasyExcel fork), each
 * row as a map of column to text.
 *
 * <p>Usage: {@code ReadChild ours|dhatim|fastexcel FILE}.
 */
public final class ReadChild {

    private ReadChild() {
    }

    /**
     * Reads the file and prints the result line.
     *
     * @param args  the reader's name and the file
     * @throws IOException if the file cannot be read
     */
    public static void main(String[] args) throws IOException {
        String reader = args[0];
        Path file = Paths.get(args[1]);
        AtomicLong peak = ChildJvm.samplePeakHeap();
        long started = System.nanoTime();
        long rows;
        String outcome = "ok";
        try {
            switch (reader) {
                case "ours":
                    rows = ours(file);
                    break;
                case "dhatim":
                    rows = dhatim(file);
                    break;
                case "fastexcel":
                    rows = fastexcel(file);
                    break;
                default:
                    throw new IllegalArgumentException("no reader " + reader);
            }
        } catch (OutOfMemoryError e) {
            rows = 0;
            outcome = "OutOfMemoryError";
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("RESULT reader=%s outcome=%s rows=%d seconds=%.2f rowsPerSecond=%.0f"
                + " peakHeapMb=%d maxHeapMb=%d%n", reader, outcome, rows, seconds,
                rows / seconds, peak.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long ours(Path file) {
        BenchRegistry bench = new BenchRegistry();
        ImportReport report = NewStudentImport.dryRun(bench.registry, bench.school,
                BenchRegistry.SCHOOL, BenchRegistry.GRADE, file);
        System.out.printf("ours: %d accepted, %d refused, %d problems%n", report.accepted(),
                report.refused(), report.problemCount());
        return report.rows();
    }

    private static long dhatim(Path file) throws IOException {
        long[] counts = new long[2];
        try (ReadableWorkbook workbook = new ReadableWorkbook(file.toFile());
                Stream<org.dhatim.fastexcel.reader.Row> rows =
                        workbook.getFirstSheet().openStream()) {
            rows.forEach(row -> {
                for (org.dhatim.fastexcel.reader.Cell cell : row) {
                    if (cell != null) {
                        String text = cell.getText();
                        counts[1] += text == null ? 0 : text.length();
                    }
                }
                counts[0]++;
            });
        }
        System.out.printf("dhatim: %d characters%n", counts[1]);
        return counts[0] - 1;
    }

    private static long fastexcel(Path file) {
        long[] counts = new long[2];
        FastExcel.read(file.toFile(), new ReadListener<Map<Integer, String>>() {
            @Override
            public void invoke(Map<Integer, String> row, AnalysisContext context) {
                for (String text : row.values()) {
                    counts[1] += text == null ? 0 : text.length();
                }
                counts[0]++;
            }

            @Override
            public void doAfterAllAnalysed(AnalysisContext context) {
                // Nothing to finish: the counts are read after the call returns.
            }
        }).sheet().doRead();
        System.out.printf("fastexcel: %d characters%n", counts[1]);
        return counts[0];
    }
}
