package dev.eksatlas.cli;

import dev.eksatlas.scan.ScanListener;
import dev.eksatlas.scan.ScanProgress;
import java.io.Console;
import java.io.PrintWriter;

/** Scan progress on stderr: one live line on a terminal, a plain line every few seconds otherwise. */
final class ConsoleProgress implements ScanListener {
    private static final long LIVE_EVERY_NANOS = 100_000_000L;
    private static final long PLAIN_EVERY_NANOS = 2_000_000_000L;

    private final PrintWriter err;
    private final boolean live;
    private long lastPrinted;

    ConsoleProgress(PrintWriter err) {
        this.err = err;
        Console console = System.console();
        this.live = console != null && console.isTerminal();
    }

    @Override
    public synchronized void onProgress(ScanProgress p) {
        long now = System.nanoTime();
        if (now - lastPrinted < (live ? LIVE_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            return;
        }
        lastPrinted = now;
        String where = p.account() + (p.region() == null ? "" : " " + p.region()) + (p.cluster() == null ? "" : " " + p.cluster());
        String line = String.format("%5.1f%%  %d/%d calls  %s  %s", p.fraction() * 100, p.callsDone(), p.callsPlanned(), where, p.message());
        if (live) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
    }
}
