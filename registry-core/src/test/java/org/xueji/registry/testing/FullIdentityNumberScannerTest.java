package org.xueji.registry.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FullIdentityNumberScannerTest {

    private static final String STANDARD_EXAMPLE = "11010519491231002X";

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "INFO Inserted student 11010519491231002X in county 340111 | 110105********002X",
        "lower-case x: 11010519491231002x.                        | 110105********002X",
        "身份证号码440524188001010014有误                          | 440524********0014",
        "legacy number 110105491231002                           | 110105********002X",
        "registry number G11010519491231002X                     | 110105********002X",
        "[11010519491231002X,440524188001010014]                 | 110105********002X",
    })
    void findsAFullNumberAndShowsItMasked(String line, String masked) {
        assertThat(FullIdentityNumberScanner.scanLine(line)).first().isEqualTo(masked);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "the masked number 110105********002X",
        "a wrong check character 110105194912310021",
        "a date that does not exist 110105194902300027",
        "a longer run of digits 1101051949123100211",
        "inside a word abc11010519491231002X",
        "a timestamp 1764790000000 and a seed -8764310582712345678",
    })
    void passesTextThatHoldsNoFullNumber(String line) {
        assertThat(FullIdentityNumberScanner.scanLine(line)).isEmpty();
    }

    @Test
    void namesTheFileAndLineOfEveryNumberInADirectory() throws IOException {
        Path nested = Files.createDirectories(directory.resolve("nested"));
        Files.writeString(directory.resolve("a-output.txt"), "clean\nclean\n");
        Files.writeString(nested.resolve("b-output.txt"),
                "clean\nrefused " + STANDARD_EXAMPLE + "\n", StandardCharsets.UTF_8);

        assertThat(FullIdentityNumberScanner.scanDirectory(directory))
                .extracting(Object::toString)
                .containsExactly(nested.resolve("b-output.txt") + ":2: 110105********002X");
    }

    @Test
    void failsTheCheckOnAPlantedNumberWithoutRepeatingIt() throws IOException {
        Files.writeString(directory.resolve("TEST-Planted.xml"), "<testsuite/>\n");
        Files.writeString(directory.resolve("Planted-output.txt"),
                "WARN skipped row 7: " + STANDARD_EXAMPLE + "\n");

        assertThatThrownBy(() -> runCheckOn(directory))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Planted-output.txt:1: 110105********002X")
                .message().doesNotContain(STANDARD_EXAMPLE);
    }

    @Test
    void passesTheCheckOnCleanOutput() throws IOException {
        Files.writeString(directory.resolve("TEST-Clean.xml"), "<testsuite/>\n");
        Files.writeString(directory.resolve("Clean-output.txt"), "WARN 110105********002X\n");

        runCheckOn(directory);
    }

    @Test
    void failsTheCheckWhenTheSuiteLeftNoReports() {
        assertThatThrownBy(() -> runCheckOn(directory.resolve("missing")))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("did the tests run?");
    }

    private static void runCheckOn(Path reports) throws IOException {
        String before = System.getProperty(FullIdentityNumbersNeverLeak.DIRECTORY_PROPERTY);
        System.setProperty(FullIdentityNumbersNeverLeak.DIRECTORY_PROPERTY, reports.toString());
        try {
            new IdentityLeakCheck().noCapturedOutputOfTheSuiteHoldsAFullIdentityNumber();
        } finally {
            if (before == null) {
                System.clearProperty(FullIdentityNumbersNeverLeak.DIRECTORY_PROPERTY);
            } else {
                System.setProperty(FullIdentityNumbersNeverLeak.DIRECTORY_PROPERTY, before);
            }
        }
    }
}
