package org.xueji.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.excel.StatisticsWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code xueji stats}: the students per school, grade and status within the actor's scope; with
 * {@code --xlsx}, an authority's full statistics as a workbook, its changes counted from
 * {@code --from} (the start of the school year's first term by default) to {@code --until}
 * (today by default).
 */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand extends DatabaseCommand.TopLevel {

    @Option(names = "--xlsx", paramLabel = "OUT.xlsx")
    Path xlsx;

    @Option(names = "--from", paramLabel = "DATE")
    LocalDate from;

    @Option(names = "--until", paramLabel = "DATE")
    LocalDate until;

    @Override
    int run(Actor actor) {
        Summary.print(registry, actor, messages(), tool().out);
        if (xlsx != null) {
            LocalDate today = today();
            LocalDate end = until != null ? until : today;
            LocalDate start = from != null ? from : termStart(end);
            if (end.isBefore(start)) {
                throw CliException.usage(messages().get("stats.period", start, end));
            }
            StatisticsWorkbook.write(registry, actor, today, start, end, xlsx);
            println("stats.written", xlsx, start, end);
        }
        return CliException.OK;
    }

    /** Returns the start of the first term of the school year a day falls in, or before it. */
    private LocalDate termStart(LocalDate day) {
        AcademicYear year = registry.policy().schoolYearOn(day);
        LocalDate start = registry.policy().calendar().dates(year).firstTermStart();
        return start.isAfter(day)
                ? registry.policy().calendar().dates(year.previous()).firstTermStart() : start;
    }
}
