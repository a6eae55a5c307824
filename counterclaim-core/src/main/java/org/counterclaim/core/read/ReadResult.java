package org.counterclaim.core.read;

import java.util.Objects;
import org.counterclaim.core.report.Report;

/** What reading one input gave: a report, or the reason there is none. */
public sealed interface ReadResult permits ReadResult.Ok, ReadResult.Problem {

  /** The input was read into {@code report}. */
  record Ok(Report report) implements ReadResult {
    public Ok {
      Objects.requireNonNull(report, "report");
    }
  }

  /**
   * The input could not be read. {@code input} names it (a file path as given, a JSONL id, or "line
   * N"); {@code reason} is a short lower-case phrase such as "empty file".
   */
  record Problem(String input, String reason) implements ReadResult {
    public Problem {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
