package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.testkit.Pipelines;
import org.counterclaim.core.vocabulary.Vocabulary;
import org.junit.jupiter.api.Test;

/** The source phrases of one sentence, found once for every reader. */
class SentenceSourcesTest {

  private final SourceFinder finder =
      new SourceFinder(Vocabulary.shipped(), new RoleVocabulary(Vocabulary.shipped()));
  private final ClauseSources clauses =
      new ClauseSources(Vocabulary.shipped(), new AttributionVerbs(Vocabulary.shipped()), finder);

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
    SentenceSources found = SentenceSources.of(s, finder, clauses);
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
    SentenceSources found = SentenceSources.of(s, finder, clauses);
    assertThat(found.phrases()).extracting(p -> source(s, p))
        .containsExactly("the harbour master");
    assertThat(found.at(0)).isNull();
  }

  @Test
  void a_parsed_sentence_gives_its_clause_attributions() {
    Sentence s = only("The school board rejected the new timetable.");
    List<ClauseSources.Clause> read = SentenceSources.of(s, finder, clauses).clauses();
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
    SentenceSources found = SentenceSources.of(s, finder, clauses);
    assertThat(found.phrases()).isEmpty();
    assertThat(found.clauses()).isEmpty();
    assertThat(source(s, found.at(7))).isEqualTo("Captain Ortiz");
  }

  @Test
  void a_sentence_without_a_source_has_none() {
    Sentence s = only("Two boats sank near the harbour.");
    SentenceSources found = SentenceSources.of(s, finder, clauses);
    assertThat(found.phrases()).isEmpty();
    assertThat(found.clauses()).isEmpty();
    assertThat(found.atToken()).containsOnlyNulls();
  }
}
