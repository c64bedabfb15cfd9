package org.xueji.cli;

import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.spi.RegistryStorage;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * The frame of a subcommand that works on a database as a named actor: opens the storage,
 * builds the registry on the {@code --date} day, resolves {@code --as} and closes the storage
 * whatever happens.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    @Mixin
    DatabaseOptions database;

    @Option(names = "--as", paramLabel = "ACTOR")
    String as;

    @Option(names = "--date", paramLabel = "DATE")
    LocalDate date;

    /** The registry, set while {@link #run} runs. */
    Registry registry;

    /** The storage, set while {@link #run} runs. */
    RegistryStorage storage;

    abstract Xueji tool();

    /** Returns the actor name used when {@code --as} is not given. */
    String defaultActor() {
        return "province";
    }

    @Override
    public final Integer call() {
        Messages messages = tool().messages;
        try (StorageOpener.Opened opened = tool().opener.open(database, false, messages)) {
            storage = opened.storage();
            registry = tool().registry(storage, today());
            Actor actor = Actors.parse(as != null ? as : defaultActor(), storage, messages);
            return run(actor);
        }
    }

    /**
     * Does the command's work.
     *
     * @param actor  the acting administrator, not null
     * @return the exit code
     */
    abstract int run(Actor actor);

    /**
     * Returns the day the registry takes as today.
     *
     * @return the day given with {@code --date}, or today in Shanghai, not null
     */
    LocalDate today() {
        return date != null ? date : LocalDate.now(DemoClock.SHANGHAI);
    }

    Messages messages() {
        return tool().messages;
    }

    void println(String key, Object... arguments) {
        tool().out.println(messages().get(key, arguments));
    }

    /** Subcommands directly under {@code xueji}. */
    abstract static class TopLevel extends DatabaseCommand {

        @ParentCommand
        Xueji parent;

        @Override
        Xueji tool() {
            return parent;
        }
    }
}
