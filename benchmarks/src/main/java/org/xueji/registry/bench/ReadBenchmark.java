package org.xueji.registry.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares our dry-run import with dhatim fastexcel-reader's and cn.idev FastExcel's bare reads
 * of the same workbook, each in a child JVM of its own heap size, one after the other, and prints
 * all three and the ratios of ours to each.
 *
 * <p>Usage: {@code ReadBenchmark [--rows N] [--file FILE] [--ours-heap 256m]
 * [--dhatim-heap 512m] [--fastexcel-heap 512m|skip] [--repeat 1]}. FastExcel's heap is dhatim's
 * unless given; {@code skip} leaves it out. {@code --repeat R} runs the readers R times in turn
 * and prints, besides each round's ratios, their median: on a shared machine the load swings
 * between one child and the next, and the median of rounds taken in turn is steadier than one
 * round. Without {@code --file}, the workbook of N rows (default 200,000) is generated under
 * {@code target/} unless it is there already.
 */
public final class ReadBenchmark {

    private ReadBenchmark() {
    }

    /**
     * Runs the comparison.
     *
     * @param args  the options above
     * @throws IOException if a child cannot be started or the file cannot be written
     * @throws InterruptedException if interrupted while a child runs
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        int rows = Integer.parseInt(options.getOrDefault("--rows", "200000"));
        Path file = Paths.get(options.getOrDefault("--file",
                "target/students-" + rows + ".xlsx"));
        if (!Files.exists(file)) {
            System.out.println("Generating " + file);
            WorkbookGenerator.generate(file, rows);
        }
        System.out.printf("Workbook %s, %,d bytes%n", file, Files.size(file));
        String oursHeap = options.getOrDefault("--ours-heap", "256m");
        String dhatimHeap = options.getOrDefault("--dhatim-heap", "512m");
        String fastexcelHeap = options.getOrDefault("--fastexcel-heap", dhatimHeap);
        int rounds = Integer.parseInt(options.getOrDefault("--repeat", "1"));
        List<Double> dhatimRatios = new ArrayList<>();
        List<Double> fastexcelRatios = new ArrayList<>();
        for (int round = 1; round <= rounds; round++) {
            Map<String, String> ours = run("ours", oursHeap, file);
            Map<String, String> dhatim = run("dhatim", dhatimHeap, file);
            Map<String, String> fastexcel = "skip".equals(fastexcelHeap) ? null
                    : run("fastexcel", fastexcelHeap, file);
            System.out.printf("%nround %d of %d%n", round, rounds);
            print("ours", oursHeap, ours);
            print("dhatim", dhatimHeap, dhatim);
            if (fastexcel != null) {
                print("fastexcel", fastexcelHeap, fastexcel);
            }
            dhatimRatios.add(ratio(ours, dhatim));
            System.out.printf("ratio ours/dhatim: %.2f (target at least 0.50)%n",
                    dhatimRatios.get(round - 1));
            if (fastexcel != null) {
                fastexcelRatios.add(ratio(ours, fastexcel));
                System.out.printf("ratio ours/fastexcel: %.2f%n",
                        fastexcelRatios.get(round - 1));
            }
            System.out.println();
        }
        if (rounds > 1) {
            System.out.printf("median of %d rounds: ours/dhatim %.2f%s%n", rounds,
                    median(dhatimRatios), fastexcelRatios.isEmpty() ? ""
                            : String.format(", ours/fastexcel %.2f", median(fastexcelRatios)));
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle)
                : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static void print(String reader, String heap, Map<String, String> result) {
        System.out.printf("%-9s -Xmx%s: %s rows/s, peak heap %s MB (%s)%n", reader, heap,
                result.get("rowsPerSecond"), result.get("peakHeapMb"), result.get("outcome"));
    }

    /** Returns the ratio of rows per second, NaN where the baseline read nothing. */
    private static double ratio(Map<String, String> ours, Map<String, String> other) {
        double baseline = Double.parseDouble(other.get("rowsPerSecond"));
        return baseline > 0 ? Double.parseDouble(ours.get("rowsPerSecond")) / baseline
                : Double.NaN;
    }

    private static Map<String, String> run(String reader, String heap, Path file)
            throws IOException, InterruptedException {
        Map<String, String> result = ChildJvm.run(reader, heap, ReadChild.class, reader,
                file.toString());
        if (!result.containsKey("rowsPerSecond")) {
            result.put("rowsPerSecond", "0");
            result.put("peakHeapMb", "?");
            result.put("outcome", "exit " + result.get("exit"));
        }
        return result;
    }
}
