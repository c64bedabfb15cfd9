package org.xueji.cli;

import java.io.PrintStream;

/**
 * A progress bar on standard error, redrawn in place with a carriage return and only when the
 * shown percentage changes, so that it costs nothing per row and leaves standard output clean for
 * the results.
 */
final class Progress {

    private static final int BAR = 30;

    private final PrintStream err;
    private final String label;
    private final long total;
    private int shown = -1;

    Progress(PrintStream err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(total, 1);
    }

    /** Shows that {@code done} of the total are done. */
    void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent == shown) {
            return;
        }
        shown = percent;
        int filled = percent * BAR / 100;
        err.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] "
                + percent + "% " + Math.min(done, total) + "/" + total);
        err.flush();
    }

    /** Ends the bar's line. */
    void finish() {
        update(total);
        err.println();
    }
}
