package io.github.chassisspec.examples.cli;

import java.io.PrintWriter;

/**
 * "checked 120 of 300" on one line of standard error, rewritten in place, for long runs on a terminal; errors
 * printed meanwhile clear the line first so that they stay readable.
 */
final class Progress {

    private static final String CLEAR = "\r\u001b[K";

    private final PrintWriter err;
    private final int total;
    private final boolean shown;
    private int done;
    private long lastDrawn;

    Progress(PrintWriter err, int total, boolean shown) {
        this.err = err;
        this.total = total;
        this.shown = shown;
    }

    /** One more item started. */
    void step() {
        done++;
        if (!shown) {
            return;
        }
        long now = System.nanoTime();
        // Redrawing more than about twenty times a second only costs time.
        if (done == 1 || done == total || now - lastDrawn > 50_000_000L) {
            err.print(CLEAR + "chassis-check: checking " + done + " of " + total);
            err.flush();
            lastDrawn = now;
        }
    }

    /** A line of its own, such as an error. */
    void println(String line) {
        if (shown) {
            err.print(CLEAR);
        }
        err.println(line);
    }

    /** Clears the progress line. */
    void done() {
        if (shown) {
            err.print(CLEAR);
            err.flush();
        }
    }
}
