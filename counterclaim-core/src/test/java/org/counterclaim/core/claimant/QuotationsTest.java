package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which stretches of a report are inside quotation marks. */
class QuotationsTest {

  @Test
  void a_quote_opened_and_closed_in_its_paragraph_covers_what_is_between() {
    String text = "“Talk of 30 dead is false. Four died,” the colonel said.";
    Quotations q = Quotations.of(text);
    assertThat(q.inside(text.indexOf("false"))).isTrue();
    assertThat(q.inside(text.indexOf("said"))).isFalse();
  }

  @Test
  void curly_quotes_nest_and_straight_ones_pair_in_turn() {
    String text = "“They were “neutralised” at dawn,” he said. \"Seven,\" she said.";
    Quotations q = Quotations.of(text);
    assertThat(q.inside(text.indexOf("at dawn"))).isTrue();
    assertThat(q.inside(text.indexOf("Seven"))).isTrue();
    assertThat(q.inside(text.indexOf("she"))).isFalse();
  }

  @Test
  void a_doubled_single_mark_closes_a_quote_as_translations_write_it() {
    String text = "“It creates a big fear,‘’ he said.";
    assertThat(Quotations.of(text).inside(text.indexOf("he said"))).isFalse();
    assertThat(Quotations.of(text).inside(text.indexOf("fear"))).isTrue();
  }

  @Test
  void a_mark_never_closed_in_its_paragraph_opens_nothing() {
    String text = "“The convoy was hit, the officer said.\nPolice said two died.";
    Quotations q = Quotations.of(text);
    assertThat(q.inside(text.indexOf("officer"))).isFalse();
    assertThat(q.inside(text.indexOf("Police"))).isFalse();
  }
}
