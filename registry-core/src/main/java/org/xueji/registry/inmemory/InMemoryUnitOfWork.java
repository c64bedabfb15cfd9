package org.xueji.registry.inmemory;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.xueji.registry.spi.UnitOfWork;

/**
 * The in-memory unit of work: one lock serialises every transaction and every store access, and
 * each transaction keeps an undo log that it replays, newest first, if its work throws.
 *
 * <p>Holding one lock for a whole transaction makes transactions serializable and reads never see
 * another thread's uncommitted writes; it also means a transaction that blocks holds up every
 * other thread, which is acceptable for tests and demonstrations, not for production loads.
 *
 * <p>This class is thread-safe.
 */
final class InMemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<List<Runnable>>> transactions =
            ThreadLocal.withInitial(ArrayDeque::new);

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        requireNonNull(work, "work");
        if (lock.isHeldByCurrentThread() && !transactions.get().isEmpty()) {
            return work.get();
        }
        return inNewTransaction(work);
    }

    @Override
    public <T> T inNewTransaction(Supplier<T> work) {
        requireNonNull(work, "work");
        lock.lock();
        Deque<List<Runnable>> open = transactions.get();
        List<Runnable> undoLog = new ArrayList<>();
        open.push(undoLog);
        try {
            return work.get();
        } catch (Throwable failure) {
            rollBack(undoLog, failure);
            throw failure;
        } finally {
            open.pop();
            if (open.isEmpty()) {
                transactions.remove();
            }
            lock.unlock();
        }
    }

    /**
     * Runs a store access under the lock, joining the caller's transaction if one is open.
     */
    <T> T locked(Supplier<T> access) {
        lock.lock();
        try {
            return access.get();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Registers how to undo a write just made; outside a transaction the write is final. Call
     * only inside {@link #locked(Supplier)}.
     */
    void onRollBack(Runnable undo) {
        List<Runnable> undoLog = transactions.get().peek();
        if (undoLog != null) {
            undoLog.add(undo);
        } else {
            transactions.remove();
        }
    }

    private static void rollBack(List<Runnable> undoLog, Throwable failure) {
        for (int i = undoLog.size() - 1; i >= 0; i--) {
            try {
                undoLog.get(i).run();
            } catch (RuntimeException undoFailure) {
                failure.addSuppressed(undoFailure);
            }
        }
    }
}
