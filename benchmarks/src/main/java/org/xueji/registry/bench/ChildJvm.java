package org.xueji.registry.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The two halves of a harness that measures each contender in a JVM of its own, so that one's
 * heap limit, garbage and compiled code cannot help or hinder another: starting such a child and
 * reading its {@code RESULT key=value ...} line, and the heap sampler a child runs to report its
 * peak heap in use.
 */
final class ChildJvm {

    private ChildJvm() {
    }

    /**
     * Runs a main class in a child JVM with this JVM's class path, a heap limit and the parallel
     * collector; echoes each line the child prints after {@code "  [label] "}; and returns the
     * fields of the child's {@code RESULT} line, empty if it printed none, with its exit code under
     * {@code exit}.
     *
     * @param label  the name the child's lines are echoed with, not null
     * @param heap  the heap limit as {@code -Xmx} takes it, such as {@code 256m}
     * @param main  the class whose main method the child runs, not null
     * @param arguments  the child's arguments
     * @return the fields of the result line and the exit code, not null
     * @throws IOException if the child cannot be started or its output read
     * @throws InterruptedException if interrupted while waiting for the child
     */
    static Map<String, String> run(String label, String heap, Class<?> main, String... arguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx" + heap);
        command.add("-XX:+UseParallelGC");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        Map<String, String> result = new HashMap<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(
                process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                System.out.println("  [" + label + "] " + line);
                if (line.startsWith("RESULT ")) {
                    for (String field : line.substring(7).split(" ")) {
                        String[] pair = field.split("=", 2);
                        result.put(pair[0], pair[1]);
                    }
                }
            }
        }
        result.put("exit", Integer.toString(process.waitFor()));
        return result;
    }

    /**
     * Starts sampling the heap in use every 10 ms on a daemon thread, keeping the highest figure.
     *
     * @return the highest heap in use seen so far, in bytes, updated as the sampler runs
     */
    static AtomicLong samplePeakHeap() {
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            while (true) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(10);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        return peak;
    }
}
