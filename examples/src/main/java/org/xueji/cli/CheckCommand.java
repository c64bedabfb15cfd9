package org.xueji.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.Grade;
import org.xueji.registry.excel.ImportOptions;
import org.xueji.registry.excel.ImportProblem;
import org.xueji.registry.excel.ImportReport;
import org.xueji.registry.excel.NewStudentImport;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.organisation.SchoolIdentifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code xueji check FILE}: the dry run of a new-student workbook, with no database.
 *
 * <p>What it checks: every row against the enrollment rules, as the import would, in a scratch
 * in-memory registry holding one school of the entry grade's stage (grade 1 by default, 7 with
 * {@code --grade 7}) whose classes are the class names the sheet itself uses, each empty. So it
 * finds every mistake a row carries on its own or against the other rows of the file (identity,
 * dates, codes, entry age, the same child twice, a class over its cap); it cannot know the
 * students already in a real registry, nor a school's real classes: a misspelt class name passes
 * here and is refused by {@code xueji import}.
 *
 * <p>The check runs as on the entry date: {@code --entry-date}, else the first entry month
 * (入学年月) of the sheet, else the next autumn term. The registry's clock is set to that day, or
 * to 1 September of its school year when the day lies outside that year's collection window
 * (1 to 30 September), so that the rows are judged for that year's intake.
 */
@Command(name = "check", mixinStandardHelpOptions = true)
final class CheckCommand implements Callable<Integer> {

    private static final SchoolIdentifier PRIMARY = SchoolIdentifier.parse("2134999991");
    private static final SchoolIdentifier JUNIOR = SchoolIdentifier.parse("3134999991");

    @ParentCommand
    Xueji tool;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--entry-date", paramLabel = "DATE")
    LocalDate entryDate;

    @Option(names = "--grade", paramLabel = "1|7", defaultValue = "1")
    int grade;

    @Option(names = "--format", paramLabel = "text|json", defaultValue = "text")
    String format;

    @Option(names = "--report", paramLabel = "OUT.xlsx")
    Path report;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw CliException.usage(tool.messages.get("check.format", format));
        }
        if (grade != 1 && grade != 7) {
            throw CliException.usage(tool.messages.get("check.grade", grade));
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw CliException.usage(tool.messages.get("error.unreadable", file));
        }
        SheetFacts facts = SheetFacts.read(file);
        LocalDate day = day(facts);
        Registry registry = Registry.builder().storage(new InMemoryStorage())
                .clock(new DemoClock(day)).build();
        DemoCounty county = DemoCounty.createScratch(registry, grade == 1 ? PRIMARY : JUNIOR);
        Actor school = county.central;
        SchoolIdentifier id = grade == 1 ? PRIMARY : JUNIOR;
        for (String name : facts.classNames()) {
            DemoCounty.createClass(registry, school, id, grade, name);
        }
        ImportOptions options = ImportOptions.defaults().withMaxProblems(Integer.MAX_VALUE);
        if (report != null) {
            options = options.withErrorReport(report, ImportOptions.ReportRows.REFUSED);
        }
        ImportReport result = NewStudentImport.dryRun(registry, school, id, Grade.of(grade),
                file, options);
        if (format.equals("json")) {
            tool.out.println(json(result, tool.messages.locale()));
        } else {
            text(result, day);
        }
        return result.refused() == 0 ? CliException.OK : CliException.REFUSED;
    }

    private LocalDate day(SheetFacts facts) {
        LocalDate day = entryDate != null ? entryDate
                : facts.entryMonth().map(month -> month.atDay(1)).orElseGet(() -> {
                    LocalDate today = LocalDate.now(DemoClock.SHANGHAI);
                    YearMonth autumn = YearMonth.of(today.getMonthValue() > Month.SEPTEMBER
                            .getValue() ? today.getYear() + 1 : today.getYear(), 9);
                    return autumn.atDay(1);
                });
        int startYear = day.getMonthValue() >= Month.AUGUST.getValue() ? day.getYear()
                : day.getYear() - 1;
        LocalDate opens = LocalDate.of(startYear, Month.SEPTEMBER, 1);
        LocalDate closes = LocalDate.of(startYear, Month.SEPTEMBER, 30);
        return day.isBefore(opens) || day.isAfter(closes) ? opens : day;
    }

    private void text(ImportReport result, LocalDate day) {
        Messages messages = tool.messages;
        tool.out.println(messages.get("check.summary", file.getFileName(), day, result.rows(),
                result.accepted(), result.refused()));
        for (ImportProblem problem : result.problems()) {
            tool.out.println(messages.get("check.problem", problem.sheet(), problem.row(),
                    problem.column().isEmpty() ? "-" : problem.column(),
                    problem.cellReference().isEmpty() ? "-" : problem.cellReference(),
                    problem.code(), problem.message(messages.locale())));
        }
        if (report != null) {
            tool.out.println(messages.get("check.report", report));
        }
    }

    /** Writes the report as the documented JSON object. */
    static String json(ImportReport result, Locale locale) {
        StringBuilder json = new StringBuilder("{\"rows\": ").append(result.rows())
                .append(", \"accepted\": ").append(result.accepted())
                .append(", \"refused\": ").append(result.refused())
                .append(", \"problems\": [");
        String separator = "";
        for (ImportProblem problem : result.problems()) {
            json.append(separator).append("{\"sheet\": ").append(Json.string(problem.sheet()))
                    .append(", \"row\": ").append(problem.row())
                    .append(", \"column\": ").append(Json.string(problem.column()))
                    .append(", \"cell\": ").append(Json.string(problem.cellReference()))
                    .append(", \"code\": ").append(Json.string(problem.code().name()))
                    .append(", \"message\": ").append(Json.string(problem.message(locale)))
                    .append('}');
            separator = ", ";
        }
        return json.append("]}").toString();
    }
}
