package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** The source phrases of one sentence, found and resolved once for every reader. */
class SentenceSourcesTest {

  private final SourceFinder finder =
      new SourceFinder(Vocabulary.shipped(), new RoleVocabulary(Vocabulary.shipped()));
  private final ClauseSources clauses =
      new ClauseSources(Vocabulary.shipped(), new AttributionVerbs(Vocabulary.shipped()), finder);
  private final ReportSources reader = new ReportSources(finder, clauses,
      new ClaimOwners(Vocabulary.shipped(), finder.spans()),
      new SourceResolvers(ActorRegistry.shipped(), new ClaimantClassifier(ActorRegistry.shipped(),
          Vocabulary.shipped(), new RoleVocabulary(Vocabulary.shipped())), Vocabulary.shipped()));

  private static Sentence only(String sentence) {
    AnalyzedText text = Pipelines.analyzer().analyze(sentence);
    assertThat(text.sentences()).hasSize(1);
    return text.sentences().get(0);
  }

  private static String source(Sentence s, SourcePhrase p) {
    return Token.join(s.tokens(), p.from(), p.to());
  }

  @Test
  void a_reporting_verb_gives_a_phrase_and_the_phrase_at_its_token() {
    Sentence s = only("Seven shops burned down, the fire chief said on Tuesday.");
    SentenceSources found = reader.find(s);
    assertThat(found.phrases()).extracting(p -> source(s, p)).containsExactly("the fire chief");
    assertThat(found.ownStatements()).isEqualTo(found.phrases());
    int said = found.phrases().get(0).cueFrom();
    assertThat(found.at(said)).isEqualTo(found.phrases().get(0));
    assertThat(found.at(0)).isNull();
    assertThat(found.at(-1)).isNull();
    assertThat(found.at(s.tokens().size())).isNull();
  }

  @Test
  void according_to_is_a_phrase_but_no_verb() {
    Sentence s = only("According to the harbour master, two boats sank.");
    SentenceSources found = reader.find(s);
    assertThat(found.phrases()).extracting(p -> source(s, p))
        .containsExactly("the harbour master");
    assertThat(found.at(0)).isNull();
  }

  @Test
  void a_parsed_sentence_gives_its_clause_attributions() {
    Sentence s = only("The school board rejected the new timetable.");
    List<ClauseSources.Clause> read = reader.find(s).clauses();
    assertThat(read).extracting(c -> source(s, c.phrase())).containsExactly("The school board");
  }

  @Test
  void a_sentence_not_analysed_deeply_has_only_the_phrases_at_its_verbs() {
    List<Token> words = new java.util.ArrayList<>();
    int at = 0;
    for (String w : "\" Go home , \" Captain Ortiz said .".split(" ")) {
      words.add(new Token(w, at, at + w.length(), "", "", EntityType.NONE));
      at += w.length() + 1;
    }
    Sentence s = new Sentence(0, 0, 0, at - 1, words, List.of(), false);
    SentenceSources found = reader.find(s);
    assertThat(found.phrases()).isEmpty();
    assertThat(found.clauses()).isEmpty();
    assertThat(source(s, found.at(7))).isEqualTo("Captain Ortiz");
  }

  @Test
  void a_sentence_without_a_source_has_none() {
    Sentence s = only("Two boats sank near the harbour.");
    SentenceSources found = reader.find(s);
    assertThat(found.phrases()).isEmpty();
    assertThat(found.clauses()).isEmpty();
    assertThat(found.atToken()).containsOnlyNulls();
  }

  @Test
  void each_phrase_is_resolved_once_in_reading_order_and_a_pronoun_finds_an_earlier_speaker() {
    AnalyzedText text = Pipelines.analyzer().analyze("\u201cWe lost four men on the ridge,\u201d"
        + " said Colonel Idris Mwangi of the border police. He said the convoy was hit at dawn.");
    List<SentenceSources> read = reader.of(text);
    assertThat(read).hasSize(2);
    Sentence second = text.sentences().get(1);
    SourcePhrase he = read.get(1).phrases().get(0);
    assertThat(source(second, he)).isEqualTo("He");
    assertThat(read.get(1).source(he).name()).isEqualTo("Idris Mwangi");
    SourcePhrase colonel = read.get(0).atToken().stream().filter(p -> p != null).findFirst()
        .orElseThrow();
    assertThat(read.get(0).source(colonel)).isSameAs(read.get(0).source(colonel));
    assertThatThrownBy(() -> read.get(1).source(new SourcePhrase(2, 4, -1, -1, 5, 6)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_claim_reported_inside_a_sentence_names_its_owner() {
    AnalyzedText text = Pipelines.analyzer().analyze(
        "A Taliban claim that they killed nine guards is untrue, the district chief said.");
    SentenceSources found = reader.of(text).get(0);
    assertThat(found.owners()).hasSize(1);
    ClaimOwners.Owner owner = found.owners().get(0);
    assertThat(source(text.sentences().get(0), owner.phrase())).isEqualTo("Taliban");
    assertThat(found.source(owner.phrase()).type())
        .isEqualTo(org.counterclaim.core.actor.ClaimantType.ARMED_GROUP);
  }
}
