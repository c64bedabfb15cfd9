package org.xueji.examples;

import java.util.function.Supplier;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.AfterAll;
import org.xueji.registry.inmemory.InMemoryStorage;
import org.xueji.registry.testkit.NumberSequenceContract;

/**
 * Runs the test kit's contract for number sequences on the vendor's sample adapter, on an
 * in-memory H2 database: the way a vendor checks its own adapter against the library's rules.
 */
class VendorNumberSequenceTest extends NumberSequenceContract {

    private static final JdbcConnectionPool POOL = JdbcConnectionPool.create(
            "jdbc:h2:mem:vendor-sequence;DB_CLOSE_DELAY=-1", "sa", "");
    private static final VendorNumberSequence SEQUENCE = new VendorNumberSequence(POOL);

    private final InMemoryStorage unitOfWork = new InMemoryStorage();

    @AfterAll
    static void closePool() {
        POOL.dispose();
    }

    @Override
    protected long next(String prefix) {
        return SEQUENCE.next(prefix);
    }

    @Override
    protected <T> T inTransaction(Supplier<T> work) {
        return unitOfWork.unitOfWork().inTransaction(work);
    }
}
