package io.leadrules.app.scoring.batch;

import java.io.PrintStream;
import java.util.Locale;

/** The command's progress line on stderr (lines, leads a second, errors), rewritten in place at most 4 times a second. */
final class CommandProgress {

    private static final long EVERY_NANOS = 250_000_000L;

    private final PrintStream err;
    private final long started = System.nanoTime();
    private long shown;

    CommandProgress(PrintStream err) {
        this.err = err;
    }

    void show(BatchTally tally) {
        long now = System.nanoTime();
        if (now - shown >= EVERY_NANOS) {
            shown = now;
            err.print("\r" + line(tally, now));
            err.flush();
        }
    }

    void done(BatchTally tally) {
        err.println("\r" + line(tally, System.nanoTime()) + " - done, rule version " + tally.summary().rulesetVersion());
    }

    private String line(BatchTally tally, long now) {
        double seconds = Math.max(now - started, 1) / 1e9;
        return String.format(Locale.ROOT, "%,d lines  %,.0f leads/s  %,d errors  %.1f s", tally.lines(),
                tally.lines() / seconds, tally.errors(), seconds);
    }
}
