package org.xueji.registry.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.xueji.registry.code.Ethnicity;
import org.xueji.registry.code.Sex;
import org.xueji.registry.excel.Cell;
import org.xueji.registry.excel.CellValues;
import org.xueji.registry.excel.ColumnDefinition;
import org.xueji.registry.excel.HeaderMatch;
import org.xueji.registry.excel.HeaderMatcher;
import org.xueji.registry.excel.Row;
import org.xueji.registry.excel.SheetRows;
import org.xueji.registry.excel.WorkbookReader;

/**
 * Reads a workbook once in this JVM with one reader and prints one {@code RESULT} line: rows,
 * seconds, rows per second and the peak heap in use, sampled every 10 ms.
 *
 * <p>{@code ours} is the dry-run path of an import: header found and matched, every cell of every
 * row interpreted ({@link CellValues#text}), the identity number, birth date and two coded fields
 * checked. {@code dhatim} is a bare read of every cell's text with dhatim fastexcel-reader.
 *
 * <p>Usage: {@code ReadChild ours|dhatim FILE}.
 */
public final class ReadChild {

    private static final AtomicLong PEAK = new AtomicLong();

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
        Thread sampler = new Thread(ReadChild::sample, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        long started = System.nanoTime();
        long rows;
        String outcome = "ok";
        try {
            rows = "ours".equals(reader) ? ours(file) : dhatim(file);
        } catch (OutOfMemoryError e) {
            rows = 0;
            outcome = "OutOfMemoryError";
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("RESULT reader=%s outcome=%s rows=%d seconds=%.2f rowsPerSecond=%.0f"
                + " peakHeapMb=%d maxHeapMb=%d%n", reader, outcome, rows, seconds,
                rows / seconds, PEAK.get() >> 20, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void sample() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        while (true) {
            PEAK.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long ours(Path file) {
        List<ColumnDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < WorkbookGenerator.HEADERS.size(); i++) {
            definitions.add(ColumnDefinition.required("c" + i, WorkbookGenerator.HEADERS.get(i)));
        }
        HeaderMatcher matcher = HeaderMatcher.of(definitions);
        long rows = 0;
        long problems = 0;
        long chars = 0;
        try (WorkbookReader workbook = WorkbookReader.open(file);
                SheetRows sheet = workbook.sheet(0)) {
            HeaderMatcher.LocatedHeader located = matcher.locate(sheet);
            HeaderMatch match = located.match().requireComplete();
            int[] columns = new int[definitions.size()];
            for (int i = 0; i < columns.length; i++) {
                columns[i] = match.columnOf("c" + i).getAsInt();
            }
            Iterator<Row> data = located.dataRows();
            while (data.hasNext()) {
                Row row = data.next();
                if (row.isBlank()) {
                    continue;
                }
                for (int column : columns) {
                    chars += CellValues.text(row.cell(column)).length();
                }
                Cell birth = row.cell(columns[2]);
                problems += CellValues.date(birth).problem().isPresent() ? 1 : 0;
                problems += CellValues.identityNumber(row.cell(columns[4])).problem().isPresent()
                        ? 1 : 0;
                problems += CellValues.code(row.cell(columns[1]), Sex.class).problem().isPresent()
                        ? 1 : 0;
                problems += CellValues.code(row.cell(columns[5]), Ethnicity.class).problem()
                        .isPresent() ? 1 : 0;
                rows++;
            }
        }
        System.out.printf("ours: %d characters, %d problems%n", chars, problems);
        return rows;
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
}
