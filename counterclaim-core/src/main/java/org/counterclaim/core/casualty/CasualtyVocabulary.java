package org.counterclaim.core.casualty;

import java.util.Locale;
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

  private CasualtyVocabulary() {}
}
