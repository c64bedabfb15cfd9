package org.xueji.benchmarks.identity;

import cn.hutool.core.util.IdcardUtil;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.xueji.registry.identity.IdentityNumber;

/**
 * Compares the verdicts of {@code IdentityNumber.isValid} and Hutool's
 * {@code IdcardUtil.isValidCard} on every generated input, kind by kind.
 *
 * <p>On the kinds where both define the same rule the verdicts must agree on every input; on the
 * others the report counts the inputs on which they differ and says why. Our own verdict must
 * always be the one the generator intended.
 */
public final class IdentityAgreement {

    private final Map<InputKind, Tally> tallies = new EnumMap<>(InputKind.class);

    private IdentityAgreement() {
    }

    /**
     * Runs the comparison on the benchmark's million inputs, prints the report, and exits with
     * status 1 if a verdict on a shared rule differs or ours is not the intended one.
     *
     * @param args  optionally the number of inputs
     */
    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : IdentityBenchmark.COUNT;
        IdentityAgreement agreement = compare(IdentityInputs.generate(count, IdentityInputs.SEED));
        agreement.print(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        if (!agreement.holds()) {
            System.exit(1);
        }
    }

    /**
     * Compares both verdicts on every input.
     *
     * @param inputs  the inputs, not null
     * @return the comparison, not null
     */
    static IdentityAgreement compare(IdentityInputs.Inputs inputs) {
        IdentityAgreement agreement = new IdentityAgreement();
        String[] texts = inputs.texts();
        InputKind[] kinds = inputs.kinds();
        for (int i = 0; i < texts.length; i++) {
            boolean ours = IdentityNumber.isValid(texts[i]);
            boolean hutool = IdcardUtil.isValidCard(texts[i]);
            agreement.tallies.computeIfAbsent(kinds[i], kind -> new Tally())
                    .add(texts[i], ours, hutool, kinds[i].valid());
        }
        return agreement;
    }

    /**
     * Tells whether the verdicts agree on every input of a shared rule and ours are all the
     * intended ones.
     */
    boolean holds() {
        return tallies.entrySet().stream().allMatch(entry -> entry.getValue().unintended == 0
                && (!entry.getKey().sharedRule() || entry.getValue().disagreements == 0));
    }

    /** Prints one line per kind, then the totals over the shared-rule kinds and overall. */
    void print(PrintStream out) {
        out.printf("%-26s %7s %7s %7s %7s %7s  %s%n", "kind", "inputs", "ours", "hutool",
                "differ", "wrong", "why they differ / example");
        Tally shared = new Tally();
        Tally all = new Tally();
        tallies.forEach((kind, tally) -> {
            out.printf("%-26s %7d %7d %7d %7d %7d  %s%n", kind, tally.inputs, tally.oursValid,
                    tally.hutoolValid, tally.disagreements, tally.unintended,
                    tally.disagreements == 0 ? "" : kind.difference() + " e.g. "
                            + printable(tally.example));
            if (kind.sharedRule()) {
                shared.addAll(tally);
            }
            all.addAll(tally);
        });
        out.printf("shared rules: %d inputs, %d disagreements; all: %d inputs (%d valid for us),"
                + " %d disagreements; ours unintended: %d%n", shared.inputs,
                shared.disagreements, all.inputs, all.oursValid, all.disagreements,
                all.unintended);
        out.println(holds() ? "AGREEMENT HOLDS on every shared-rule input"
                : "AGREEMENT FAILS");
    }

    private static String printable(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Counts of one kind. */
    private static final class Tally {
        private int inputs;
        private int oursValid;
        private int hutoolValid;
        private int disagreements;
        private int unintended;
        private String example = "";

        void add(String text, boolean ours, boolean hutool, boolean intended) {
            inputs++;
            oursValid += ours ? 1 : 0;
            hutoolValid += hutool ? 1 : 0;
            if (ours != hutool) {
                disagreements++;
                example = example.isEmpty() ? text : example;
            }
            unintended += ours == intended ? 0 : 1;
        }

        void addAll(Tally other) {
            inputs += other.inputs;
            oursValid += other.oursValid;
            hutoolValid += other.hutoolValid;
            disagreements += other.disagreements;
            unintended += other.unintended;
        }
    }
}
