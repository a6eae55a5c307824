package org.counterclaim.core.place;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Tells from the words around a place mention whether the report says its event happened there:
 * a sentence about the violence, a word that locates something at the place, and none of the
 * roles that make a place something else — a government that speaks or is blamed, where the
 * wounded were taken, where an official spoke, a dateline. The words are typed in
 * {@code event-place-cues.tsv}.
 */
final class EventMentions {

  private static final WordKinds CUES = WordKinds.load("event-place-cues.tsv",
      Set.of("event", "locative", "area-of", "locality", "compass", "care", "speaking",
          "actor-verb", "auxiliary", "located-by", "blame-before"));
  private static final String[] EVENT_STEMS = CUES.of("event").toArray(String[]::new);

  private EventMentions() {}

  /** "Islamabad blamed India", "Beijing urged Islamabad": a place standing for its government. */
  static boolean isActor(Sentence s, Mention m) {
    List<Token> t = s.tokens();
    int after = m.to();
    if (after < t.size() && (t.get(after).text().equals("'s") || t.get(after).text().equals("’s"))
        && after + 1 < t.size() && !t.get(after + 1).posStartsWith("NN")) {
      after++;
    }
    // "Islamabad has warned" stands for a government, "fighting in Darfur has driven" does not
    // (though "officials in Quetta said" still only speaks from there)
    boolean located = m.from() > 0 && CUES.is(t.get(m.from() - 1).lower(), "located-by");
    if (after < t.size() && CUES.is(t.get(after).lower(), "actor-verb")
        && !(located && CUES.is(t.get(after).lower(), "auxiliary"))) {
      return true;
    }
    for (int k = Math.max(0, m.from() - 2); k < m.from(); k++) {
      if (CUES.is(t.get(k).lower(), "blame-before")) {
        return true;
      }
    }
    return false;
  }

  /** A mention (not an actor) in a sentence about the violence, not where care was given. */
  static boolean isEventMention(Sentence s, Mention m) {
    if (m.incidental() || !isEventSentence(s) || isDateline(s, m)) {
      return false;
    }
    List<Token> t = s.tokens();
    for (int k = Math.max(0, m.from() - 6); k < m.from(); k++) {
      String w = t.get(k).lower();
      if (CUES.is(w, "care") || CUES.is(w, "speaking")) {
        return false;
      }
    }
    return governedByLocative(t, m.from());
  }

  /**
   * "in Kurram district", "at Maiduguri cattle market", "in Pakistan's northwestern Kurram
   * district", "in Mastung, Kalat and Noshki", "the outskirts of Mogadishu": the word that puts
   * the place in the sentence, looking left past adjectives, possessives, other place names and
   * lists, is one that locates something there.
   */
  private static boolean governedByLocative(List<Token> t, int from) {
    int k = from - 1;
    while (k >= 0) {
      Token w = t.get(k);
      String lower = w.lower();
      boolean skippable = lower.equals("'s") || lower.equals("’s") || lower.equals("the")
          || lower.equals(",") || lower.equals("and") || lower.equals("or")
          || CUES.is(lower, "compass") || w.posStartsWith("JJ")
          || Character.isUpperCase(w.text().charAt(0)) && k > 0
          || ToponymFinder.DIVISION_WORDS.contains(lower) || CUES.is(lower, "locality");
      if (!skippable) {
        break;
      }
      k--;
    }
    if (k < 0) {
      return false;
    }
    String governor = t.get(k).lower();
    if (governor.equals("of")) {
      return k > 0 && CUES.is(t.get(k - 1).lower(), "area-of");
    }
    if (governor.equals("from")) {
      // "abducted 17 people from Rubat Pai": where they were taken is where it happened
      for (int b = Math.max(0, k - 4); b < k; b++) {
        String w = t.get(b).lower();
        if (w.startsWith("abduct") || w.startsWith("kidnap") || w.startsWith("snatch")) {
          return true;
        }
      }
      return false;
    }
    return CUES.is(governor, "locative");
  }

  /** True when a word of the sentence opens like a word about violence. */
  static boolean isEventSentence(Sentence s) {
    for (Token t : s.tokens()) {
      String w = t.lower();
      for (String stem : EVENT_STEMS) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  /** "QUETTA:" / "PESHAWAR, Pakistan, Nov 21 (Reuters) -": where the report was filed. */
  static boolean isDateline(Sentence s, Mention m) {
    List<Token> t = s.tokens();
    if (m.from() > 3) {
      return false;
    }
    for (int k = m.to(); k < Math.min(t.size(), m.to() + 12); k++) {
      String w = t.get(k).text();
      if (w.equals(":") || w.equals("-") || w.equals("—") || w.equals("–")
          || w.equals("(") && k + 1 < t.size()
              && Character.isUpperCase(t.get(k + 1).text().charAt(0)) && m.from() == 0) {
        String first = t.get(m.from()).text();
        return m.from() == 0 && (first.equals(first.toUpperCase(java.util.Locale.ROOT))
            || w.equals("("));
      }
      if (!(w.equals(",") || Character.isUpperCase(w.charAt(0))
          || Character.isDigit(w.charAt(0)))) {
        return false;
      }
    }
    return false;
  }
}
