package org.xueji.cli;

import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverResult;
import picocli.CommandLine.Command;

/**
 * {@code xueji rollover --date DATE}: the 1 August rollover into the school year that starts in
 * the date's year, run as the province administrator; safe to run again (a second run reports
 * that it is done) and to resume after a crash.
 */
@Command(name = "rollover", mixinStandardHelpOptions = true)
final class RolloverCommand extends DatabaseCommand.TopLevel {

    @Override
    int run(Actor actor) {
        if (date == null) {
            throw CliException.usage(messages().get("rollover.date"));
        }
        var report = Rollovers.run(registry, storage, actor,
                AcademicYear.of(date.getYear()), messages(), tool().out,
                tool().err);
        return report.outcome() == RolloverResult.Outcome.REFUSED ? CliException.REFUSED
                : CliException.OK;
    }
}
