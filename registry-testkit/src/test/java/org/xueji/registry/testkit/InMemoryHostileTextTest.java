package org.xueji.registry.testkit;

import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.spi.RegistryStorage;

/**
 * Runs the hostile-text contract on the in-memory storage.
 */
class InMemoryHostileTextTest extends HostileTextContract {

    @Override
    protected RegistryStorage storage() {
        return new InMemoryStorage();
    }
}
