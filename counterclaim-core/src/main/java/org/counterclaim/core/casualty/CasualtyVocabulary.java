package org.counterclaim.core.casualty;

import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;

/** The shipped vocabularies of casualty reporting: victim nouns and casualty triggers. */
final class CasualtyVocabulary {

  static final PhraseTable<VictimNoun> VICTIMS =
      PhraseTable.load(
          CasualtyVocabulary.class,
          "victims.tsv",
          cols ->
              new VictimNoun(
                  VictimCategory.valueOf(cols[1].toUpperCase(Locale.ROOT)),
                  !cols[2].equals("p"),
                  !cols[2].equals("s")));

  static final PhraseTable<Trigger> TRIGGERS =
      PhraseTable.load(
          CasualtyVocabulary.class,
          "triggers.tsv",
          cols ->
              new Trigger(
                  0,
                  cols[0].split(" ").length,
                  Outcome.valueOf(cols[1].toUpperCase(Locale.ROOT)),
                  Trigger.Form.valueOf(cols[2].toUpperCase(Locale.ROOT))));

  static final Set<String> AUX_AND_ADVERBS =
      Set.of("was", "were", "been", "be", "being", "is", "are", "have", "has", "had", "got", "get",
          "reportedly", "also", "allegedly", "later", "all", "subsequently", "critically",
          "seriously", "severely", "fatally", "mortally", "badly", "slightly", "lightly",
          "gravely", "among", "either", "each", "then", "eventually", "apparently", "believed",
          "feared", "to", "instantly", "immediately", "reported", "confirmed", "said", "thought",
          "presumed", "already", "now", "since", "again", "too", "who", "that", "which",
          "grievously", "partly", "momentarily", "tragically", "still", "yet", "remain",
          "remained", "remains", "\"", "“", "”", "``", "''", "‘", "’", "so", "far", "likely");

  static final Set<String> PASSIVE_AUX =
      Set.of("was", "were", "been", "be", "being", "is", "are", "got", "get", "gets");

  static final Set<String> COORDINATORS = Set.of("and", ",", "plus", "&");

  static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "his", "her", "their", "its", "our", "my", "another");

  /** A victim counted by a determiner ("a soldier", "the chief"), not by a number. */
  static boolean singledOut(VictimPhrase p) {
    return DETERMINERS.contains(p.count().text().toLowerCase(java.util.Locale.ROOT));
  }

  private CasualtyVocabulary() {}
}
