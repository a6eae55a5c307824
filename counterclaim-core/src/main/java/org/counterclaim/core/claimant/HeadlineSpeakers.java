package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/** Headlines that name their speaker before a colon: "Police: 12 killed in market blast". */
final class HeadlineSpeakers {

  private static final int MAX_HEADLINE_SOURCE = 5;

  /** Words a headline opens with before a colon that are no speaker ("Update:", "Watch:"). */
  private final Set<String> headlineLabels;
  /** Capitalised heads that speak in headlines ("Police:", "Hospital officials:"). */
  private final Set<String> speakerHeads;

  /** The headline speakers of {@code vocabulary}. */
  HeadlineSpeakers(Vocabulary vocabulary) {
    this.headlineLabels = vocabulary.words("claimant/headline-labels.txt");
    this.speakerHeads = vocabulary.words("claimant/headline-speaker-heads.txt");
  }

  /**
   * "Graham: Trump's rhetoric is destroying the party": a headline naming its speaker before a
   * colon. The speaker must be a person or organisation the tagger recognised, written in mixed
   * case (an upper-case "QUETTA:" is a dateline), with a statement of a few words after it.
   */
  SourcePhrase at(List<Token> t, int colon) {
    if (colon < 1 || colon > MAX_HEADLINE_SOURCE || t.size() - colon <= 3) {
      return null;
    }
    boolean named = false;
    boolean proper = true;
    boolean mixedCase = false;
    for (int k = 0; k < colon; k++) {
      Token w = t.get(k);
      if (!w.pos().equals("POS") && !Character.isUpperCase(w.text().charAt(0))
          || w.entity() == EntityType.LOCATION) {
        // "QUETTA:" is a dateline, "police in Quetta:" no headline's speaker
        return null;
      }
      proper &= w.posStartsWith("NNP") || w.pos().equals("POS");
      named |= w.entity() == EntityType.PERSON || w.entity() == EntityType.ORGANIZATION;
      mixedCase |= !w.text().equals(w.text().toUpperCase(java.util.Locale.ROOT));
    }
    String words = Token.join(t.subList(0, colon)).toLowerCase(java.util.Locale.ROOT);
    if (headlineLabels.contains(words)) {
      return null;
    }
    // "Pakistan Army:", "ISPR:" (a tagged organisation in capitals), "Taliban:", "Police:"
    boolean speaker = named || proper && mixedCase
        || speakerHeads.contains(t.get(colon - 1).lower());
    return speaker ? new SourcePhrase(0, colon, -1, -1, colon, colon + 1) : null;
  }
}
