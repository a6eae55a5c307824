package org.counterclaim.core.clean;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The readable part of a web page: its article text (headline, blank line, then one paragraph per
 * block, paragraphs separated by blank lines) and what the page says about itself. Every field but
 * {@code text} is null when the page does not say.
 */
public record CleanedPage(
    String text, String title, String siteName, String url, LocalDate published) {

  public CleanedPage {
    Objects.requireNonNull(text, "text");
  }
}
