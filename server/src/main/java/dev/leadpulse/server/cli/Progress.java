package dev.leadpulse.server.cli;

import java.io.PrintWriter;

/**
 * A progress line on standard error for long work (imports, replays): redrawn in place at
 * most ten times a second, with a bar when the total is known, and the rate.
 */
final class Progress {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final String what;
  private final long total;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private boolean drawn;

  /** {@code total} is 0 when unknown. */
  Progress(PrintWriter err, String what, long total) {
    this.err = err;
    this.what = what;
    this.total = total;
  }

  void update(long done) {
    long now = System.nanoTime();
    if (drawn && now - lastDrawn < 100_000_000L) {
      return;
    }
    lastDrawn = now;
    draw(done);
  }

  void finish(long done) {
    draw(done);
    err.println();
    err.flush();
  }

  private void draw(long done) {
    drawn = true;
    double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
    String rate = String.format("%,.0f/s", done / seconds);
    if (total > 0) {
      int filled = (int) Math.min(WIDTH, done * WIDTH / total);
      err.printf("\r%s [%s%s] %,d/%,d (%d%%) %s   ", what, "#".repeat(filled), ".".repeat(WIDTH - filled), done,
          total, Math.min(100, done * 100 / total), rate);
    } else {
      err.printf("\r%s %,d %s   ", what, done, rate);
    }
    err.flush();
  }
}
