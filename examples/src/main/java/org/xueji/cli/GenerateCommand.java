package org.xueji.cli;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code xueji generate OUT.xlsx} (hidden): writes an intake workbook such as the demo imports,
 * for trying {@code xueji check} and {@code xueji import}; used by the CI script.
 */
@Command(name = "generate", hidden = true, mixinStandardHelpOptions = true)
final class GenerateCommand implements Callable<Integer> {

    @ParentCommand
    Xueji tool;

    @Parameters(index = "0", paramLabel = "OUT.xlsx", descriptionKey = "out")
    Path file;

    @Option(names = "--rows", paramLabel = "N", defaultValue = "500")
    int rows;

    @Option(names = "--grade", paramLabel = "1|7", defaultValue = "1")
    int grade;

    @Option(names = "--classes", paramLabel = "N", defaultValue = "12")
    int classes;

    @Option(names = "--entry", paramLabel = "YYYY-MM", defaultValue = "2026-09")
    YearMonth entry;

    @Option(names = "--clean")
    boolean clean;

    @Override
    public Integer call() {
        if (grade != 1 && grade != 7 || rows < 1 || classes < 1 || classes > 99) {
            throw CliException.usage(tool.messages.get("generate.usage"));
        }
        List<String> names = new ArrayList<>();
        for (int n = 1; n <= classes; n++) {
            names.add(DemoCounty.className(grade, n));
        }
        int planted = IntakeWorkbook.write(file, grade, names, rows, 0, entry, !clean);
        tool.out.println(tool.messages.get("demo.workbook", file, rows, planted));
        return CliException.OK;
    }
}
