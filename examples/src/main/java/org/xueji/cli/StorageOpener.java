package org.xueji.cli;

import org.xueji.registry.spi.RegistryStorage;

/**
 * Opens the storage a database subcommand works on, from its {@link DatabaseOptions}; the tool
 * uses the tool, a test may hand in a storage of its own.
 */
@FunctionalInterface
public interface StorageOpener {

    /**
     * Opens the storage.
     *
     * @param options  where the database is, not null
     * @param create  whether the database may be created if it does not exist yet
     * @param messages  the messages for a failure, not null
     * @return the open storage, to be closed by the caller, not null
     * @throws CliException with {@link CliException#USAGE} if there is no database to open
     */
    Opened open(DatabaseOptions options, boolean create, Messages messages);

    /** An open storage and what to do to close it. */
    interface Opened extends AutoCloseable {

        /**
         * Returns the storage.
         *
         * @return the storage, not null
         */
        RegistryStorage storage();

        @Override
        void close();
    }

    /**
     * Returns an opener that always hands out one storage and never closes it.
     *
     * @param storage  the storage, not null
     * @return the opener, not null
     */
    static StorageOpener of(RegistryStorage storage) {
        return (options, create, messages) -> new Opened() {
            @Override
            public RegistryStorage storage() {
                return storage;
            }

            @Override
            public void close() {
            }
        };
    }
}
