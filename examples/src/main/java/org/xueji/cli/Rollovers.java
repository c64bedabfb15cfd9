package org.xueji.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.xueji.registry.Registry;
import org.xueji.registry.access.Actor;
import org.xueji.registry.calendar.AcademicYear;
import org.xueji.registry.calendar.RolloverReport;
import org.xueji.registry.spi.RegistryStorage;

/**
 * Runs the 1 August rollover and prints its report; a progress bar on standard error follows the
 * checkpoint the rollover keeps in the storage, read five times a second while it runs.
 */
final class Rollovers {

    private Rollovers() {
    }

    static RolloverReport run(Registry registry, RegistryStorage storage, Actor actor,
            AcademicYear target, Messages messages, PrintStream out, PrintStream err) {
        Progress progress = new Progress(err, messages.get("progress.rollover", target), 100);
        ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "xueji-rollover-progress");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleAtFixedRate(() -> storage.rollovers().find(target).ifPresent(
                checkpoint -> progress.update(checkpoint.expected() == 0 ? 100
                        : checkpoint.listed() * 100 / checkpoint.expected())),
                0, 200, TimeUnit.MILLISECONDS);
        RolloverReport report;
        try {
            report = registry.calendar().rollover(actor, target);
        } finally {
            poller.shutdownNow();
            awaitQuietly(poller);
        }
        progress.finish();
        out.println(messages.get("rollover.report", report.target(), report.outcome(),
                report.expected(), report.promoted(), report.skipped(), report.alreadyDone()));
        return report;
    }

    private static void awaitQuietly(ScheduledExecutorService poller) {
        try {
            poller.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
