package org.xueji.benchmarks.identity;

import cn.hutool.core.util.IdcardUtil;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.InvalidIdentityNumberException;

/**
 * Identity validation against Hutool's {@code IdcardUtil}: each benchmark passes once over the
 * same million generated texts, half valid, so a score is texts checked per second.
 *
 * <p>The trial's setup first runs {@link IdentityAgreement} over the texts and refuses to measure
 * if the verdicts differ on an input whose rule both define.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class IdentityBenchmark {

    /** How many texts each pass checks. */
    static final int COUNT = 1_000_000;

    private String[] texts;

    /** Generates the texts and checks that both validators agree where their rules do. */
    @Setup
    public void generate() {
        IdentityInputs.Inputs inputs = IdentityInputs.generate(COUNT, IdentityInputs.SEED);
        if (!IdentityAgreement.compare(inputs).holds()) {
            throw new IllegalStateException("the validators disagree on a shared rule; run "
                    + IdentityAgreement.class.getName() + " for the report");
        }
        texts = inputs.texts();
    }

    /**
     * Checks every text with {@link IdentityNumber#isValid(CharSequence)}.
     *
     * @return how many were valid
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public int ourIsValid() {
        int valid = 0;
        for (String text : texts) {
            if (IdentityNumber.isValid(text)) {
                valid++;
            }
        }
        return valid;
    }

    /**
     * Parses every text with {@link IdentityNumber#parse(CharSequence)}, catching the exception
     * an invalid one throws. Each number and each problem goes to the blackhole, so nothing is
     * dead code and no work is added to the parse (an earlier version hashed every number).
     *
     * @param blackhole  JMH's sink for the results
     * @return how many were valid
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public int ourParse(Blackhole blackhole) {
        int valid = 0;
        for (String text : texts) {
            try {
                blackhole.consume(IdentityNumber.parse(text));
                valid++;
            } catch (InvalidIdentityNumberException ex) {
                blackhole.consume(ex.problem());
            }
        }
        return valid;
    }

    /**
     * Checks every text with Hutool's {@code IdcardUtil.isValidCard}, the baseline.
     *
     * @return how many were valid
     */
    @Benchmark
    @OperationsPerInvocation(COUNT)
    public int hutoolIsValidCard() {
        int valid = 0;
        for (String text : texts) {
            if (IdcardUtil.isValidCard(text)) {
                valid++;
            }
        }
        return valid;
    }
}
