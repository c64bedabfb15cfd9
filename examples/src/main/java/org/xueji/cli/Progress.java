package org.xueji.cli;

import java.io.PrintStream;

/**
 * Progress on standard error, leaving standard output clean for the results. On a terminal it is
 * a bar redrawn in place with a carriage return, only when the shown percentage changes, so that
 * it costs nothing per row. When standard error goes to a file or a pipe (a scheduled job's log),
 * where a carriage return does not move back but leaves a hundred redraws on one line, it writes
 * a plain line at every tenth instead.
 */
final class Progress {

    private static final int BAR = 30;
    private static final int LOGGED_STEP = 10;

    private final PrintStream err;
    private final String label;
    private final long total;
    private final boolean inPlace;
    /** Percentage points between two updates that are shown: 1 on a terminal, 10 in a log. */
    private final int step;
    private int shown = -1;

    Progress(PrintStream err, String label, long total) {
        this(err, label, total, System.console() != null);
    }

    /**
     * Creates progress that is redrawn in place, or logged a line at a time.
     *
     * @param inPlace  true for a terminal, false for a log
     */
    Progress(PrintStream err, String label, long total, boolean inPlace) {
        this.err = err;
        this.label = label;
        this.total = Math.max(total, 1);
        this.inPlace = inPlace;
        this.step = inPlace ? 1 : LOGGED_STEP;
    }

    /** Shows that {@code done} of the total are done. */
    void update(long done) {
        int percent = (int) Math.min(100, done * 100 / total);
        if (percent / step == Math.floorDiv(shown, step)) {
            return;
        }
        shown = percent;
        String counts = percent + "% " + Math.min(done, total) + "/" + total;
        if (inPlace) {
            int filled = percent * BAR / 100;
            err.print("\r" + label + " [" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] "
                    + counts);
        } else {
            err.println(label + " " + counts);
        }
        err.flush();
    }

    /** Ends the bar's line, or logs the last line if it was not logged yet. */
    void finish() {
        update(total);
        if (inPlace) {
            err.println();
        }
    }
}
