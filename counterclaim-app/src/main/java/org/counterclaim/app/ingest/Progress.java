package org.counterclaim.app.ingest;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how an ingest run is going: on a terminal, one line redrawn in place with files done,
 * reports, rate and the time left; otherwise a plain log line every hundred reports.
 */
final class Progress {

  private static final int LOG_EVERY = 100;
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final boolean terminal;
  private final int files;
  private final long started = System.nanoTime();
  private int filesDone;
  private int reports;
  private long drawn;

  /** Progress over {@code files} files, written to {@code err}, redrawn when {@code terminal}. */
  Progress(PrintWriter err, boolean terminal, int files) {
    this.err = err;
    this.terminal = terminal;
    this.files = files;
  }

  /** One more report stored. */
  void report() {
    reports++;
    if (terminal) {
      redraw(false);
    } else if (reports % LOG_EVERY == 0) {
      err.printf(Locale.ROOT, "ingest: %d reports, %.1f reports/s%n", reports, rate());
      err.flush();
    }
  }

  /** One more file done. */
  void file() {
    filesDone++;
    if (terminal) {
      redraw(false);
    }
  }

  /** Ends the redrawn line before other output. */
  void finish() {
    if (terminal && drawn != 0) {
      redraw(true);
      err.println();
      err.flush();
      drawn = 0;
    }
  }

  private void redraw(boolean force) {
    long now = System.nanoTime();
    if (!force && now - drawn < REDRAW_NANOS) {
      return;
    }
    drawn = now;
    double elapsed = (now - started) / 1e9;
    String eta = filesDone == 0 ? "--:--"
        : clock(elapsed / filesDone * (files - filesDone));
    int width = 20;
    int filled = files == 0 ? width : width * filesDone / files;
    err.printf(Locale.ROOT, "\r[%s%s] %d/%d files, %d reports, %.1f reports/s, %s left ",
        "#".repeat(filled), " ".repeat(width - filled), filesDone, files, reports, rate(), eta);
    err.flush();
  }

  private double rate() {
    double seconds = (System.nanoTime() - started) / 1e9;
    return reports / Math.max(seconds, 1e-9);
  }

  private static String clock(double seconds) {
    long s = Math.round(seconds);
    return String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
  }
}
