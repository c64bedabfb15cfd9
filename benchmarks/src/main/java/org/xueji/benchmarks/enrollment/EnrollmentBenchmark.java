package org.xueji.benchmarks.enrollment;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.xueji.registry.enrollment.NewStudentForm;

/**
 * Enrollment in memory: one batch of 10,000 new-student forms (97 in 100 valid) checked and
 * stored through {@code Enrollment.enrollAll}, into a registry that already holds
 * {@link #registered} students. The score is microseconds per form; forms per second is a
 * million divided by it.
 *
 * <p>Every iteration enrolls the same batch into a registry built afresh, so each measured batch
 * meets exactly the number of registered students its parameter names; building the registry is
 * not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class EnrollmentBenchmark {

    /** How many students the registry holds before the batch. */
    @Param({"10000", "100000", "1000000"})
    public int registered;

    private List<List<NewStudentForm>> batch;
    private EnrollmentWorld world;
    private int accepted;

    /** Generates the batch's forms once. */
    @Setup(Level.Trial)
    public void generate() {
        batch = EnrollmentWorld.batch(registered);
    }

    /**
     * Builds a fresh registry holding the registered students, then collects the garbage of
     * building it. Without the collection, the collector's work on that garbage (several
     * gigabytes at a million students, and a live heap of about 3.5 GB to mark) falls into the
     * measured batch on a two-core machine, as much as doubling some batches and not others.
     */
    @Setup(Level.Iteration)
    public void build() {
        world = EnrollmentWorld.withRegistered(registered);
        System.gc();
    }

    /** Checks that the batch was accepted as intended, then lets the registry go. */
    @TearDown(Level.Iteration)
    public void drop() {
        world = null;
        int expected = EnrollmentWorld.expectedAccepted(registered);
        if (accepted != expected) {
            throw new IllegalStateException("the registry accepted " + accepted + " forms of the"
                    + " batch, not " + expected + "; the benchmark measured something else");
        }
    }

    /**
     * Enrolls the batch.
     *
     * @return how many forms were accepted
     */
    @Benchmark
    @OperationsPerInvocation(EnrollmentWorld.BATCH)
    public int enrollBatch() {
        accepted = world.enroll(batch);
        return accepted;
    }
}
