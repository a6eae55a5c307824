package org.counterclaim.core.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One news report as the pipeline sees it: its identifier, its plain text, and what is known of its
 * publication. {@code published} and {@code publisher} are null when unknown.
 */
public record Report(String id, String text, LocalDate published, String publisher) {
  public Report {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
