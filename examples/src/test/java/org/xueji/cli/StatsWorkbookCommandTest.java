package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.Registry;
import org.xueji.registry.excel.Row;
import org.xueji.registry.excel.SheetRows;
import org.xueji.registry.excel.StatisticsWorkbook;
import org.xueji.registry.excel.WorkbookReader;
import org.xueji.registry.inmemory.InMemoryStorage;

class StatsWorkbookCommandTest {

    private static final String DAY = "2026-09-07";

    @TempDir
    Path dir;

    private final InMemoryStorage storage = new InMemoryStorage();
    private final StorageOpener opener = StorageOpener.of(storage);
    private final Registry registry = Registry.builder().storage(storage)
            .clock(new DemoClock(LocalDate.parse(DAY))).build();

    @Test
    void writesTheAuthoritysStatisticsWorkbookBesideTheTable() {
        DemoCounty county = DemoCounty.create(registry);
        DemoCounty.createClass(registry, county.central, DemoCounty.CENTRAL, 1, 1);
        Path intake = dir.resolve("intake.xlsx");
        IntakeWorkbook.write(intake, 1, List.of("一（1）班"), 30, 0, YearMonth.of(2026, 9),
                false);
        assertThat(Run.of(opener, "import", intake.toString(), "--school", "2134000001",
                "--date", DAY).exitCode()).isZero();
        Path file = dir.resolve("stats.xlsx");

        Run stats = Run.of(opener, "stats", "--as", "county:340111", "--date", DAY, "--xlsx",
                file.toString());

        assertThat(stats.exitCode()).as(stats.err()).isZero();
        assertThat(stats.out()).contains("统计报表已写入").contains("2026-09-01 至 2026-09-07");
        try (WorkbookReader reader = WorkbookReader.open(file)) {
            assertThat(reader.sheetNames()).containsExactly(StatisticsWorkbook.STUDENTS,
                    StatisticsWorkbook.CLASS_BANDS, StatisticsWorkbook.ABOVE_CAP,
                    StatisticsWorkbook.CHANGES, StatisticsWorkbook.PENDING);
            List<Row> rows = new ArrayList<>();
            try (SheetRows sheet = reader.sheet(StatisticsWorkbook.STUDENTS)) {
                sheet.forEachRemaining(rows::add);
            }
            Row total = rows.get(rows.size() - 1);
            assertThat(total.cell(0).text()).isEqualTo(StatisticsWorkbook.TOTAL);
            assertThat(total.cell(4).text()).isEqualTo("30");
            assertThat(rows.get(1).cell(0).text()).contains("包河区教育体育局");
        }
    }

    @Test
    void aSchoolsActorGetsNoWorkbookAndAPeriodThatEndsBeforeItStartsIsBadUsage() {
        DemoCounty.create(registry);
        Path file = dir.resolve("school.xlsx");

        Run school = Run.of(opener, "stats", "--as", "school:2134000001", "--date", DAY,
                "--xlsx", file.toString());
        Run backwards = Run.of(opener, "stats", "--as", "county:340111", "--date", DAY,
                "--xlsx", file.toString(), "--from", "2026-09-07", "--until", "2026-09-01");

        assertThat(school.exitCode()).isEqualTo(1);
        assertThat(file).doesNotExist();
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(file).doesNotExist();
    }
}
