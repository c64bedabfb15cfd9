package org.xueji.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xueji.registry.inmemory.InMemoryStorage;

class CheckCommandTest {

    private static final int ROWS = 260;

    @TempDir
    Path dir;

    private Path workbook(int grade, boolean mistakes) {
        Path file = dir.resolve("intake-" + grade + "-" + mistakes + ".xlsx");
        List<String> classes = IntStream.rangeClosed(1, 8)
                .mapToObj(n -> DemoCounty.className(grade, n)).toList();
        IntakeWorkbook.write(file, grade, classes, ROWS, 0, YearMonth.of(2026, 9), mistakes);
        return file;
    }

    private static Run check(String... args) {
        return Run.of(StorageOpener.of(new InMemoryStorage()), args);
    }

    @Test
    @SuppressWarnings("unchecked")
    void printsTheDocumentedJsonNamingEveryPlantedMistakeByRowAndHeader() {
        Path file = workbook(1, true);

        Run run = check("check", file.toString(), "--format", "json");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        Map<String, Object> json = (Map<String, Object>) MiniJson.parse(run.out().strip());
        assertThat(json.keySet()).containsExactly("rows", "accepted", "refused", "problems");
        Set<Long> planted = IntStream.range(0, ROWS).filter(i -> i % 13 == 6)
                .mapToObj(i -> (long) i + 2).collect(Collectors.toSet());
        assertThat(json).containsEntry("rows", (long) ROWS)
                .containsEntry("refused", (long) planted.size())
                .containsEntry("accepted", (long) (ROWS - planted.size()));
        List<Map<String, Object>> problems = (List<Map<String, Object>>) json.get("problems");
        Set<Long> rows = new HashSet<>();
        for (Map<String, Object> problem : problems) {
            assertThat(problem.keySet())
                    .containsExactly("sheet", "row", "column", "cell", "code", "message");
            assertThat(problem).containsEntry("sheet", "新生信息");
            assertThat((String) problem.get("message")).isNotBlank();
            rows.add((Long) problem.get("row"));
        }
        assertThat(rows).isEqualTo(planted);
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .containsEntry("row", 8L).containsEntry("column", "身份证件号")
                .containsEntry("cell", "G8"));
        assertThat(problems).anySatisfy(problem -> assertThat(problem)
                .containsEntry("row", 34L).containsEntry("column", "姓名"));
        assertThat(run.out()).doesNotContainPattern("(?<![0-9])34[0-9]{15}[0-9Xx](?![0-9])");
    }

    @Test
    void acceptsACleanWorkbookWithExitCodeZeroAndEnglishText() {
        Path file = workbook(7, false);

        Run run = check("--lang", "en", "check", file.toString(), "--grade", "7");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains(ROWS + " rows, " + ROWS + " accepted, 0 refused");
    }

    @Test
    void writesTheErrorReportWhenAsked() {
        Path file = workbook(1, true);
        Path report = dir.resolve("errors.xlsx");

        Run run = check("check", file.toString(), "--report", report.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(report).isRegularFile().isNotEmptyFile();
        assertThat(run.out()).contains("按 2026-09-01 检查").contains("错误报告");
    }
}
