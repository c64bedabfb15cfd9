package org.xueji.registry.testkit;

import org.junit.jupiter.api.Nested;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.spi.RegistryStorage;

/**
 * Runs every storage contract on the in-memory storage, the reference the contracts describe.
 * The core cannot run them itself: it would depend on the test kit that depends on it.
 */
class InMemoryStorageContractsTest {

    @Nested
    class Authorities extends AuthorityStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Schools extends SchoolStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Classes extends ClassStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Audit extends AuditTrailContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Transactions extends UnitOfWorkContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class EndToEnd extends RegistryContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Races extends ConcurrencyContract {
        private RegistryStorage last;

        @Override
        protected RegistryStorage storage() {
            last = new InMemoryStorage();
            return last;
        }

        @Override
        protected RegistryStorage otherStorage() {
            return last;
        }
    }

    @Nested
    class SchoolYear extends SchoolYearContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Students extends StudentStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Calendar extends CalendarStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Photos extends PhotoStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Problems extends ProblemStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Feed extends EventFeedContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class NumberHistory extends RegistryNumberHistoryContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Records extends StudentRecordStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class ChangeCases extends ChangeCaseStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class History extends HistoryStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class OpenChangeCases extends OpenCasesContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Graduations extends GraduationCaseStoreContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }

    @Nested
    class Rollovers extends RolloverProgressContract {
        @Override
        protected RegistryStorage storage() {
            return new InMemoryStorage();
        }
    }
}
