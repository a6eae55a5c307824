package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** Attributions read from the dependency parse of a sentence. */
class ClauseSourcesTest {

  private final ClauseSources clauses = new ClauseSources(Vocabulary.shipped(),
      new AttributionVerbs(Vocabulary.shipped()),
      new SourceFinder(Vocabulary.shipped(), new RoleVocabulary(Vocabulary.shipped())));

  private record Read(String source, String cue, String content) {}

  private List<Read> read(String sentence) {
    Sentence s = only(sentence);
    List<Token> t = s.tokens();
    return clauses.find(s).stream()
        .map(c -> new Read(Token.join(t, c.phrase().from(), c.phrase().to()),
            Token.join(t, c.phrase().cueFrom(), c.phrase().cueTo()),
            Token.join(t, c.contentFrom(), c.contentTo())))
        .toList();
  }

  private static Sentence only(String sentence) {
    AnalyzedText text = Pipelines.analyzer().analyze(sentence);
    assertThat(text.sentences()).hasSize(1);
    return text.sentences().get(0);
  }

  @Test
  void a_long_description_and_a_relative_clause_stay_out_of_the_cue_and_the_time_out_of_the_name() {
    assertThat(read("Haji Abdul Wadood, a former district councillor who has mediated between"
        + " traders and the Frontier Corps for two decades, on Sunday blamed the blast on enemies"
        + " of the border trade."))
        .extracting(Read::source, Read::cue, Read::content)
        .containsExactly(tuple("Haji Abdul Wadood, a former district councillor", "blamed",
            "the blast on enemies of the border trade"));
  }

  @Test
  void two_verbs_share_one_subject() {
    assertThat(read("Deputy Commissioner Rashid Kakar endorsed the curfew and urged traders to"
        + " cooperate with the police."))
        .extracting(Read::source, Read::cue, Read::content)
        .containsExactly(
            tuple("Deputy Commissioner Rashid Kakar", "endorsed", "the curfew"),
            tuple("Deputy Commissioner Rashid Kakar", "urged", "traders to cooperate with the police"));
  }

  @Test
  void a_statement_nested_in_another_is_not_read_apart() {
    assertThat(read("Sanders proclaimed he believed the party would win in November."))
        .extracting(Read::source, Read::cue, Read::content)
        .containsExactly(tuple("Sanders", "proclaimed", "he believed the party would win in November"));
  }

  @Test
  void a_verb_of_thought_needs_a_clause() {
    assertThat(read("Most voters doubt the candidate.")).isEmpty();
    assertThat(read("Most voters doubt the candidate will win."))
        .extracting(Read::source, Read::content)
        .containsExactly(tuple("Most voters", "the candidate will win"));
  }

  @Test
  void an_aside_attributes_the_clause_it_comments_on() {
    assertThat(read("As the Quetta Voice highlighted on Saturday, the market had been searched"
        + " twice."))
        .extracting(Read::source, Read::cue, Read::content)
        .containsExactly(tuple("the Quetta Voice", "highlighted", "the market had been searched twice"));
  }

  @Test
  void it_and_there_are_no_sources() {
    assertThat(read("It suggests the talks have failed.")).isEmpty();
  }

  @Test
  void a_sentence_whose_reporting_verb_names_its_source_is_not_parsed() {
    Sentence s = only("Police said seven porters were killed in the blast.");
    assertThat(s.deep()).isTrue();
    assertThat(s.parsed()).isFalse();
  }

  @Test
  void a_sentence_without_an_attribution_verb_is_not_parsed() {
    Sentence s = only("Seven porters were killed in the blast at the market.");
    assertThat(s.deep()).isTrue();
    assertThat(s.parsed()).isFalse();
    assertThat(clauses.find(s)).isEmpty();
  }
}
