package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

    @Test
    void alignsColumnsByDisplayWidthCountingChineseAsTwo() {
        Table table = new Table(List.of("学校", "n"));
        table.add(List.of("包河区中心小学", 7));
        table.add(List.of("ab", 120));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        table.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).containsExactly(
                "  学校            n",
                "  包河区中心小学    7",
                "  ab              120");
    }
}
