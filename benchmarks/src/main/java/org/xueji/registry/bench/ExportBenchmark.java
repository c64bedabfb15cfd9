package org.xueji.registry.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.xueji.registry.excel.NationalExportWorkbook;
import org.xueji.registry.exchange.NationalCsv;
import org.xueji.registry.exchange.NationalField;
import org.xueji.registry.exchange.NationalRecord;

/**
 * Measures the national export as a workbook against the same records written as the CSV
 * exchange file, each in a child JVM with a small heap, one after the other: rows per second,
 * file size and peak heap in use (sampled every 10 ms). The workbook child then reads its file
 * back with the module's reader and counts the records. The records are generated one at a
 * time, so the heap each child needs is the writer's own; a peak that stays flat from 100,000 to
 * 1,000,000 rows shows the export bounded in memory.
 *
 * <p>Usage: {@code ExportBenchmark [--rows N] [--heap 64m]}.
 */
public final class ExportBenchmark {

    private ExportBenchmark() {
    }

    /**
     * Runs the comparison, or one child when the first argument is {@code child}.
     *
     * @param args  the options above
     * @throws IOException if a child cannot be started or a file cannot be written
     * @throws InterruptedException if interrupted while a child runs
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        if (args.length > 0 && args[0].equals("child")) {
            child(args[1], Integer.parseInt(args[2]), Paths.get(args[3]));
            return;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int rows = Integer.parseInt(options.getOrDefault("--rows", "1000000"));
        String heap = options.getOrDefault("--heap", "64m");
        Files.createDirectories(Paths.get("target"));
        Map<String, String> csv = run("csv", heap, rows, Paths.get("target/national.csv"));
        Map<String, String> xlsx = run("xlsx", heap, rows, Paths.get("target/national.xlsx"));
        System.out.printf(Locale.ROOT, "%ncsv  -Xmx%s: %s rows/s written, %s bytes, peak heap"
                + " %s MB%n", heap, csv.get("writeRowsPerSecond"), csv.get("bytes"),
                csv.get("peakHeapMb"));
        System.out.printf(Locale.ROOT, "xlsx -Xmx%s: %s rows/s written, %s bytes, peak heap"
                + " %s MB; read back %s records at %s rows/s%n", heap,
                xlsx.get("writeRowsPerSecond"), xlsx.get("bytes"), xlsx.get("peakHeapMb"),
                xlsx.get("readRecords"), xlsx.get("readRowsPerSecond"));
        System.out.printf(Locale.ROOT, "ratio xlsx/csv write speed: %.2f%n",
                Double.parseDouble(xlsx.get("writeRowsPerSecond"))
                        / Double.parseDouble(csv.get("writeRowsPerSecond")));
    }

    private static void child(String format, int rows, Path file) throws IOException {
        AtomicLong peak = ChildJvm.samplePeakHeap();
        long start = System.nanoTime();
        if (format.equals("csv")) {
            try (Writer out = new BufferedWriter(Files.newBufferedWriter(file,
                    StandardCharsets.UTF_8), 1 << 16)) {
                NationalCsv.write(out, records(rows));
            }
        } else {
            NationalExportWorkbook.write(records(rows), file);
        }
        double writeSeconds = (System.nanoTime() - start) / 1e9;
        String read = "";
        if (format.equals("xlsx")) {
            long readStart = System.nanoTime();
            long count = NationalExportWorkbook.read(file, record -> { });
            double readSeconds = (System.nanoTime() - readStart) / 1e9;
            read = String.format(Locale.ROOT, " readRecords=%d readRowsPerSecond=%.0f", count,
                    count / readSeconds);
        }
        System.out.printf(Locale.ROOT, "RESULT writeRowsPerSecond=%.0f bytes=%d peakHeapMb=%d"
                + "%s%n", rows / writeSeconds, Files.size(file), peak.get() >> 20, read);
    }

    /** Generates records one at a time: every value differs from row to row where it can. */
    private static Iterable<NationalRecord> records(int rows) {
        NationalField[] fields = NationalField.values();
        return () -> new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < rows;
            }

            @Override
            public NationalRecord next() {
                int n = next++;
                List<String> values = new ArrayList<>(fields.length);
                for (NationalField field : fields) {
                    values.add(value(field, n));
                }
                return NationalRecord.ofRow(values);
            }
        };
    }

    private static String value(NationalField field, int n) {
        String serial = String.format(Locale.ROOT, "%07d", n);
        switch (field) {
            case REGISTRY_NUMBER:
                return "G3401112012" + serial + "X";
            case IDENTITY_NUMBER:
            case MEMBER1_DOCUMENT_NUMBER:
                return "3401112012" + serial + "X";
            case NAME:
            case MEMBER1_NAME:
                return "学生" + serial;
            case ADDRESS:
                return "合肥市包河区某路" + n + "号";
            case PHONE:
            case MEMBER1_PHONE:
                return "138" + String.format(Locale.ROOT, "%08d", n);
            case SEX:
                return n % 2 == 0 ? "1" : "2";
            case ETHNICITY:
                return "01";
            case MEMBER2_NAME:
            case MEMBER2_RELATION:
            case MEMBER2_DOCUMENT_TYPE:
            case MEMBER2_DOCUMENT_NUMBER:
            case MEMBER2_PHONE:
                return "";
            default:
                return field.name().toLowerCase(Locale.ROOT).substring(0, 3) + n % 97;
        }
    }

    private static Map<String, String> run(String format, String heap, int rows, Path file)
            throws IOException, InterruptedException {
        Map<String, String> result = ChildJvm.run(format, heap, ExportBenchmark.class, "child",
                format, Integer.toString(rows), file.toString());
        if (!result.containsKey("writeRowsPerSecond")) {
            throw new IllegalStateException(format + " child failed with exit "
                    + result.get("exit"));
        }
        return result;
    }
}
