package org.counterclaim.core.claimant;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.testkit.Pipelines;
import org.junit.jupiter.api.Test;

/** Stretches of a parsed sentence read from its dependency tree. */
class ParseSpansTest {

  private final ParseSpans spans = new ParseSpans(Set.of("monday"));

  private static Sentence parsed(String sentence) {
    AnalyzedText text = Pipelines.analyzer().analyze(sentence);
    assertThat(text.sentences()).hasSize(1);
    Sentence s = text.sentences().get(0);
    assertThat(s.parsed()).isTrue();
    return s;
  }

  private static int at(Sentence s, String word) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).text().equals(word)) {
        return i;
      }
    }
    throw new AssertionError(word + " not in " + Token.join(t));
  }

  private static String words(Sentence s, int[] span) {
    return Token.join(s.tokens(), span[0], span[1]);
  }

  @Test
  void the_subtree_of_the_main_verb_is_the_whole_sentence() {
    Sentence s = parsed("The village elder, a retired teacher, blamed the floods on the dam.");
    assertThat(spans.subtree(s, at(s, "blamed"))).containsExactly(0, s.tokens().size());
  }

  @Test
  void a_run_around_the_subject_keeps_or_cuts_its_apposition() {
    Sentence s = parsed("The village elder, a retired teacher, blamed the floods on the dam.");
    int head = at(s, "elder");
    assertThat(words(s, spans.runAround(s, head, Set.of("appos", "punct"))))
        .isEqualTo("The village elder");
    assertThat(words(s, ParseSpans.trimPunctuation(s, spans.runAround(s, head, Set.of()))))
        .isEqualTo("The village elder, a retired teacher");
  }

  @Test
  void brackets_it_holds_stay_when_punctuation_is_trimmed() {
    Sentence s = parsed("The Frontier Corps (FC) blamed the floods on the dam.");
    int open = at(s, "(");
    assertThat(words(s, ParseSpans.trimPunctuation(s, new int[] {open - 2, open + 3})))
        .isEqualTo("Frontier Corps (FC)");
    assertThat(words(s, ParseSpans.trimPunctuation(s, new int[] {open, open + 2})))
        .isEqualTo("FC");
  }

  @Test
  void punctuation_is_a_single_mark_not_a_word_or_a_sign() {
    assertThat(ParseSpans.isPunctuation(new Token(",", 0, 1, ",", ",",
        org.counterclaim.core.nlp.EntityType.NONE))).isTrue();
    assertThat(ParseSpans.isPunctuation(new Token("$", 0, 1, "$", "$",
        org.counterclaim.core.nlp.EntityType.NONE))).isFalse();
    assertThat(ParseSpans.isPunctuation(new Token("a", 0, 1, "DT", "a",
        org.counterclaim.core.nlp.EntityType.NONE))).isFalse();
  }
}
