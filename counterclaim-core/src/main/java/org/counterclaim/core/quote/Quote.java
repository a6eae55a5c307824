package org.counterclaim.core.quote;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.counterclaim.core.claimant.Source;
import org.counterclaim.core.report.Span;

/**
 * A statement in a report: its words ({@code text}, without quote marks, at {@code start}..{@code
 * end} of the report text), whether they are quoted directly, who said them (null when the report
 * does not tell) and the reporting words ({@code cue}, null when none).
 */
public record Quote(
    String text,
    boolean direct,
    int start,
    int end,
    @JsonInclude(JsonInclude.Include.ALWAYS) Source speaker,
    @JsonInclude(JsonInclude.Include.ALWAYS) Span cue) {

  public Quote {
    Objects.requireNonNull(text, "text");
  }
}
