package org.counterclaim.core.casualty;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The words of casualty reporting, read once from a {@link Vocabulary} and handed to every part
 * of the casualty stage: the victim nouns ({@code casualty/victims.tsv}), the casualty triggers
 * ({@code casualty/triggers.tsv}) and the small words many parts look past. Each part reads the
 * lists only it needs through {@link #words} and {@link #table}.
 */
final class CasualtyVocabulary {

  /** Victim nouns with their category and grammatical number. */
  final PhraseTable<VictimNoun> victims;

  /** Casualty triggers with their outcome and form (at token 0; see {@link Triggers}). */
  final PhraseTable<Trigger> triggers;

  /** Auxiliaries, adverbs and quote marks inside a verb group ("were also reportedly"). */
  final Set<String> auxAndAdverbs;

  /** Auxiliaries that make a participle passive. */
  final Set<String> passiveAux;

  /** Tokens that join victim phrases into a list. */
  final Set<String> coordinators;

  private final Set<String> determiners;
  private final Vocabulary vocabulary;

  /** The casualty words of {@code vocabulary}. */
  CasualtyVocabulary(Vocabulary vocabulary) {
    this.vocabulary = vocabulary;
    this.victims = table("victims.tsv",
        cols -> new VictimNoun(
            VictimCategory.valueOf(cols.get(1).toUpperCase(Locale.ROOT)),
            !cols.get(2).equals("p"),
            !cols.get(2).equals("s")));
    this.triggers = table("triggers.tsv",
        cols -> new Trigger(
            0,
            cols.get(0).split(" ").length,
            Outcome.valueOf(cols.get(1).toUpperCase(Locale.ROOT)),
            Trigger.Form.valueOf(cols.get(2).toUpperCase(Locale.ROOT))));
    this.auxAndAdverbs = words("aux-and-adverbs.txt");
    this.passiveAux = words("passive-auxiliaries.txt");
    this.coordinators = words("coordinators.txt");
    this.determiners = words("determiners.txt");
  }

  /** The words of file {@code casualty/<file>}, lower case. */
  Set<String> words(String file) {
    return vocabulary.words("casualty/" + file);
  }

  /** The entries of file {@code casualty/<file>}, as written, in file order. */
  List<String> list(String file) {
    return vocabulary.list("casualty/" + file);
  }

  /** The entries of file {@code casualty/<file>} as a phrase table, valued by {@code value}. */
  <V> PhraseTable<V> table(String file, Function<List<String>, V> value) {
    return vocabulary.table("casualty/" + file, value);
  }

  /**
   * The entries of file {@code casualty/<file>} as a map from the word (lower case) to the
   * outcome its second column names.
   */
  Map<String, Outcome> outcomes(String file) {
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    for (Vocabulary.Entry e : vocabulary.entries("casualty/" + file)) {
      outcomes.put(e.key().toLowerCase(Locale.ROOT), Vocabulary.parse(e,
          cols -> Outcome.valueOf(cols.get(1).toUpperCase(Locale.ROOT))));
    }
    return Collections.unmodifiableMap(outcomes);
  }

  /** True when a casualty trigger starts at token {@code i}. */
  boolean triggerAt(List<Token> tokens, int i) {
    return triggers.longestAt(tokens, i) != null;
  }

  /** A victim counted by a determiner ("a soldier", "the chief"), not by a number. */
  boolean singledOut(VictimPhrase p) {
    return determiners.contains(p.count().text().toLowerCase(java.util.Locale.ROOT));
  }
}
