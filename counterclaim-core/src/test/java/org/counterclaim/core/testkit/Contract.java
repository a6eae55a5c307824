package org.counterclaim.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterclaim.core.actor.MentionedActor;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.report.Span;

/** Checks the promises every extraction keeps, whatever the input. */
public final class Contract {

  private Contract() {}

  /** Offsets point into the text, spans quote it exactly, counts are proper intervals. */
  public static void assertKept(ReportExtraction e) {
    String text = e.text();
    int previousStart = -1;
    for (CasualtyClaim c : e.claims()) {
      assertSpan(text, c.evidence());
      assertThat(c.evidence().start()).as("claims are in text order").isGreaterThanOrEqualTo(previousStart);
      previousStart = c.evidence().start();
      assertThat(c.count().low()).isNotNegative();
      if (c.count().high() != null) {
        assertThat(c.count().high()).isGreaterThanOrEqualTo(c.count().low());
      }
      assertThat(c.count().best()).isGreaterThanOrEqualTo(c.count().low());
    }
    e.totals().values().forEach(r -> {
      assertThat(r.best()).isGreaterThanOrEqualTo(r.low());
      if (r.high() != null) {
        assertThat(r.high()).isGreaterThanOrEqualTo(r.best());
      }
    });
    for (MentionedActor a : e.actors()) {
      a.mentions().forEach(s -> assertSpan(text, s));
    }
  }

  private static void assertSpan(String text, Span s) {
    assertThat(s.end()).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
  }
}
