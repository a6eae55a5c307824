package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;

/**
 * Gives anaphoric victim phrases ("the hostages", "the assailants") the number of the victims
 * named before them in the report.
 */
final class EarlierFigures {

  private final Set<String> captiveNouns;

  /** Earlier figures matched with the words of {@code words}. */
  EarlierFigures(CasualtyVocabulary words) {
    this.captiveNouns = words.words("captive-nouns.txt");
  }

  /**
   * "In addition to the assailants, seven people were killed": attackers named before with a
   * count but no casualty ("Three suicide bombers attacked") give "the assailants" their number;
   * null when {@code link} is no such phrase or none were named.
   */
  Link resolveToMention(Link link, List<VictimPhrase> mentioned) {
    if (link.category() != VictimCategory.MILITANTS || mentioned.isEmpty()) {
      return null;
    }
    VictimPhrase m = mentioned.get(mentioned.size() - 1);
    CountRange r = new CountRange(m.count().low(), m.count().high(), m.count().qualifier(),
        link.phrase().count().text());
    return new Link(link.phrase().resolvedTo(r), link.outcome(), link.category(), link.sentence());
  }

  /**
   * "The hostages were executed": the count of the victims named before — those with the same
   * noun, or for hostages and victims those abducted — in the latest sentence that names them;
   * null when {@code earlier} names none.
   */
  Link resolve(Link link, List<Link> earlier) {
    String head = lastWord(link.phrase().victimText());
    boolean captives = captiveNouns.contains(head);
    // "eleven soldiers were injured … the soldiers were killed": the soldiers whose figure has
    // the same outcome, before any other
    for (boolean sameOutcome : new boolean[] {true, false}) {
      Link r = resolve(link, earlier, head, captives, sameOutcome);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static Link resolve(Link link, List<Link> earlier, String head, boolean captives,
      boolean sameOutcome) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Link e = earlier.get(i);
      if (sameOutcome && e.outcome() != link.outcome()) {
        continue;
      }
      boolean same = head.equals(lastWord(e.phrase().victimText()))
          || captives && e.outcome() == Outcome.ABDUCTED
          || !captives && e.category() == link.category() && link.category() != VictimCategory.PEOPLE;
      if (same && !e.phrase().anaphoric()) {
        int low = 0;
        int best = 0;
        for (Link f : earlier) {
          if (f.sentence() == e.sentence() && (f.outcome() == e.outcome())
              && (captives || f.category() == e.category())) {
            low += f.phrase().count().low();
            best += f.phrase().count().best();
          }
        }
        CountRange r = new CountRange(low, low == best ? low : null,
            low == best ? Qualifier.EXACT : Qualifier.AT_LEAST, link.phrase().count().text());
        return new Link(link.phrase().resolvedTo(r), link.outcome(),
            captives ? e.category() : link.category(), link.sentence());
      }
    }
    return null;
  }

  /** The last word of {@code text}, lower case; "" for null. */
  static String lastWord(String text) {
    if (text == null) {
      return "";
    }
    String[] words = text.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }
}
