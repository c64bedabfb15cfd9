package org.xueji.examples;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.xueji.registry.identity.IdentityNumber;
import org.xueji.registry.identity.InvalidIdentityNumberException;
import org.xueji.registry.identity.RegistryNumber;

/**
 * Shows the registry's first step on a few identity numbers: each is checked against GB 11643
 * and, when valid, turned into the student's registry number (学籍号).
 *
 * <p>Run with identity numbers as arguments, or without arguments to see the standard's examples
 * beside typical typing mistakes. Output masks every identity number, as the library does.
 */
public final class QuickStart {

    private static final List<String> SAMPLES = List.of(
            "11010519491231002X",
            "４４０５２４１８８００１０１００１４",
            "110105491231002",
            "110105194912310021",
            "11010519491331002X",
            "99010519491231002X");

    private QuickStart() {
    }

    /**
     * Checks the identity numbers given as arguments, or the built-in samples.
     *
     * @param args  identity numbers to check; none for the samples
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        List<String> inputs = args.length == 0 ? SAMPLES : List.of(args);
        Clock clock = Clock.systemDefaultZone();
        int refused = 0;
        for (String input : inputs) {
            try {
                IdentityNumber number = IdentityNumber.parse(input, clock);
                out.printf("%s  出生 %s  %s  学籍号 %s%n",
                        number.masked(), number.birthDate(), number.sex().chineseName(),
                        RegistryNumber.of(number));
            } catch (InvalidIdentityNumberException ex) {
                refused++;
                out.printf("拒绝：%s  (%s)%n", ex.getMessage(), ex.problem());
            }
        }
        out.printf("%d 个号码，%d 个有效，%d 个无效%n",
                inputs.size(), inputs.size() - refused, refused);
    }
}
