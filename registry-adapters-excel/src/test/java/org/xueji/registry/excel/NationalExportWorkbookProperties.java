package org.xueji.registry.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.xueji.registry.exchange.NationalField;
import org.xueji.registry.exchange.NationalRecord;

class NationalExportWorkbookProperties {

    @Property(tries = 50)
    void everyValueOfEveryFieldReadsBackUnchanged(
            @ForAll("records") List<NationalRecord> records) throws IOException {
        Path file = Files.createTempFile("xueji-national", ".xlsx");
        try {
            NationalExportWorkbook.write(records, file);

            assertThat(NationalExportWorkbook.read(file)).containsExactlyElementsOf(records);
        } finally {
            Files.delete(file);
        }
    }

    @Provide
    Arbitrary<List<NationalRecord>> records() {
        Arbitrary<String> value = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(20),
                Arbitraries.of("", "01", "0", "=1+1", "-2", "@A1", "\r\n", " x ", "_x000D_",
                        "<&>", "\u0001", "\uD83D\uDE00", "\uFFFE", "13800000000"));
        return value.list().ofSize(NationalField.values().length)
                .filter(row -> row.stream().anyMatch(text -> !text.isEmpty()))
                .map(NationalRecord::ofRow).list().ofMaxSize(6);
    }
}
