package org.xueji.cli;

import org.xueji.registry.access.Actor;
import picocli.CommandLine.Command;

/** {@code xueji stats}: the students per school, grade and status within the actor's scope. */
@Command(name = "stats", mixinStandardHelpOptions = true)
final class StatsCommand extends DatabaseCommand.TopLevel {

    @Override
    int run(Actor actor) {
        Summary.print(registry, actor, messages(), tool().out);
        return CliException.OK;
    }
}
