package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final PrintStream err = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    @Test
    void aLogGetsOneLineAtEveryTenthAndNoCarriageReturn() {
        Progress progress = new Progress(err, "导入", 1000, false);
        for (int done = 0; done <= 1000; done++) {
            progress.update(done);
        }
        progress.finish();

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("\r");
        assertThat(text.lines()).hasSize(11)
                .startsWith("导入 0% 0/1000", "导入 10% 100/1000")
                .endsWith("导入 100% 1000/1000");
    }

    @Test
    void aTerminalGetsOneBarRedrawnInPlaceAndEndedWithANewLine() {
        Progress progress = new Progress(err, "导入", 4, true);
        for (int done = 0; done <= 4; done++) {
            progress.update(done);
        }
        progress.finish();

        String text = bytes.toString(StandardCharsets.UTF_8);
        assertThat(text).endsWith("] 100% 4/4" + System.lineSeparator());
        assertThat(text.chars().filter(c -> c == '\r')).hasSize(5);
        assertThat(text.chars().filter(c -> c == '\n')).hasSize(1);
    }
}
