package org.counterclaim.core.place;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Tells from the words around a place mention whether a report says its event happened there:
 * a sentence about the violence, and a word that puts the event at the place — a locative ("in",
 * "near", "attacked"), an event noun after it ("the Quetta blast"), or the office or police whose
 * jurisdiction it is reporting on it ("the commissioner of Akobo County said", "Kano police
 * said"); a name the gazetteer lacks that a locality word makes a place ("Ngamdu village",
 * "Boulkessi military camp") needs only no word that sends something there or brings it from
 * there. Never a place
 * that speaks or is blamed, where the wounded were taken, where an official spoke, a dateline.
 * A sentence that names a building or post of the kind the violence struck ("a hotel" in one
 * sentence, "the Sahafi Hotel" in the next) is about the violence too. The words are typed in
 * {@code event-place-cues.tsv}.
 */
final class EventMentions {

  private final AnalyzedText text;
  private final boolean[] aboutViolence;
  private final PlaceWords words;

  private EventMentions(AnalyzedText text, boolean[] aboutViolence, PlaceWords words) {
    this.words = words;
    this.text = text;
    this.aboutViolence = aboutViolence;
  }

  /** The event rules for the mentions {@code mentions} of {@code text}, read with {@code words}. */
  static EventMentions of(AnalyzedText text, List<Mention> mentions, PlaceWords words) {
    List<Sentence> sentences = text.sentences();
    boolean[] about = new boolean[sentences.size()];
    // the kinds of building and post the violence struck: "a hotel", "two military camps"
    Set<String> struck = new HashSet<>();
    for (Sentence s : sentences) {
      about[s.index()] = isEventSentence(s, words.eventStems);
      if (about[s.index()]) {
        for (Token t : s.tokens()) {
          LocalityFinder.Kind kind = words.localities.kindOf(t.lower());
          if (kind == LocalityFinder.Kind.BUILDING || kind == LocalityFinder.Kind.INSTALLATION) {
            struck.add(words.localities.singular(t.lower()));
          }
        }
      }
    }
    for (Mention m : mentions) {
      if (m.cue() != null && struck.contains(words.localities.singular(m.cue().word()))
          && (m.cue().kind() == LocalityFinder.Kind.BUILDING
              || m.cue().kind() == LocalityFinder.Kind.INSTALLATION)) {
        about[m.sentence()] = true;
      }
    }
    return new EventMentions(text, about, words);
  }

  /** "Islamabad blamed India", "Beijing urged Islamabad": a place standing for its government. */
  boolean isActor(Mention m) {
    // "Wum was attacked", "an airstrike on Bakara market": no government sits in a town that is
    // no capital, though "police in Wum said" still only speak from there
    boolean governs = canGovern(m);
    Sentence s = text.sentences().get(m.sentence());
    List<Token> t = s.tokens();
    // a name glued to the next sentence ("Kabul.Police said") has no words after it
    int after = m.end() < t.get(m.to() - 1).end() ? t.size() : m.to();
    if (after < t.size() && (t.get(after).text().equals("'s") || t.get(after).text().equals("’s"))
        && after + 1 < t.size() && !t.get(after + 1).posStartsWith("NN")) {
      after++;
    }
    // "Islamabad has warned" stands for a government, "fighting in Darfur has driven" does not
    // (though "officials in Quetta said" still only speaks from there)
    boolean located = m.from() > 0 && words.event.is(t.get(m.from() - 1).lower(), "located-by");
    String verb = after < t.size() ? t.get(after).lower() : "";
    boolean auxiliary = words.event.is(verb, "auxiliary");
    if (words.event.is(verb, "actor-verb") && !(located && auxiliary) && (governs || !auxiliary)) {
      return true;
    }
    for (int k = Math.max(0, m.from() - 2); k < m.from() && governs; k++) {
      if (words.event.is(t.get(k).lower(), "blame-before")) {
        return true;
      }
    }
    return false;
  }

  /** A name that may stand for a government: a country's, a province's or a capital's. */
  private static boolean canGovern(Mention m) {
    return m.candidates().stream().anyMatch(g -> g.precision() == Precision.COUNTRY
        || g.precision() == Precision.PROVINCE || g.featureCode().equals("PPLC"));
  }

  /**
   * True when the report says its event happened where {@code m} (not an actor) names; {@code
   * resolved} tells whether the gazetteer placed it.
   */
  boolean isEventMention(Mention m, boolean resolved) {
    Sentence s = text.sentences().get(m.sentence());
    if (m.incidental() || !aboutViolence[s.index()] || isDateline(s, m)) {
      return false;
    }
    List<Token> t = s.tokens();
    for (int k = Math.max(0, m.from() - 6); k < m.from(); k++) {
      String w = t.get(k).lower();
      if (words.event.is(w, "care") || words.event.is(w, "speaking")) {
        return false;
      }
    }
    if (!national(m) && (namesTheEvent(t, m) || jurisdiction(t, m))) {
      return true;
    }
    int k = governor(t, m.from());
    // a name only a locality word makes a place ("the Shabqadar area"), and a camp or base
    // named after its place, is the scene unless something is sent there or brought from there
    boolean placedByWord = m.cue() != null
        && (!resolved || m.cue().kind() == LocalityFinder.Kind.INSTALLATION);
    return placedByWord ? notSentAway(t, k) : locative(t, k);
  }

  /**
   * A name that may be a country's: before "strikes" or "police" it is the party that strikes or
   * polices ("US drone strikes", "Pakistan police"), not a scene.
   */
  private static boolean national(Mention m) {
    return m.candidates().stream().anyMatch(g -> g.precision() == Precision.COUNTRY);
  }

  /** "the Quetta blast", "Kabul's suicide bombing": an event noun right after the place. */
  private boolean namesTheEvent(List<Token> t, Mention m) {
    int k = afterPossessive(t, m.to());
    for (int n = 0; n < 2 && k < t.size(); n++, k++) {
      String w = t.get(k).text();
      if (w.isEmpty() || !Character.isLowerCase(w.charAt(0))) {
        return false;
      }
      if (words.event.is(t.get(k).lower(), "event-noun")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "the commissioner of Akobo County", "the Kano state governor", "Kano police": the place is
   * the jurisdiction of whoever reports on the violence.
   */
  private boolean jurisdiction(List<Token> t, Mention m) {
    int k = afterPossessive(t, m.to());
    while (k < t.size() && words.isDivisionWord(t.get(k).lower())) {
      k++;
    }
    if (k < t.size() && (words.event.is(t.get(k).lower(), "title")
        || words.event.is(t.get(k).lower(), "local-authority"))) {
      return true;
    }
    int g = governor(t, m.from());
    return g > 0 && t.get(g).lower().equals("of") && words.event.is(t.get(g - 1).lower(), "title");
  }

  private static int afterPossessive(List<Token> t, int k) {
    return k < t.size() && (t.get(k).text().equals("'s") || t.get(k).text().equals("’s"))
        ? k + 1 : k;
  }

  /**
   * The word that puts the place in the sentence, looking left past adjectives, possessives,
   * other place names and lists ("in Pakistan's northwestern Kurram district", "in Mastung,
   * Kalat and Noshki"), or -1 when the sentence opens with the place.
   */
  private int governor(List<Token> t, int from) {
    int k = from - 1;
    while (k >= 0) {
      Token w = t.get(k);
      String lower = w.lower();
      boolean skippable = lower.equals("'s") || lower.equals("’s") || lower.equals("the")
          || lower.equals(",") || lower.equals("and") || lower.equals("or")
          || words.event.is(lower, "compass") || w.posStartsWith("JJ")
          || Character.isUpperCase(w.text().charAt(0)) && k > 0
          || words.isDivisionWord(lower) || words.event.is(lower, "locality");
      if (!skippable) {
        break;
      }
      k--;
    }
    return k;
  }

  /**
   * "in Kurram district", "at Maiduguri cattle market", "the outskirts of Mogadishu", "abducted
   * 17 people from Rubat Pai": a governor that locates something at the place.
   */
  private boolean locative(List<Token> t, int k) {
    if (k < 0) {
      return false;
    }
    String governor = t.get(k).lower();
    if (governor.equals("of")) {
      return k > 0 && words.event.is(t.get(k - 1).lower(), "area-of");
    }
    if (governor.equals("from")) {
      return abducted(t, k);
    }
    return words.event.is(governor, "locative");
  }

  /**
   * For a name a locality word places: any governor but one that sends something there or
   * brings it from there ("fled to", "came from"), or an "of" that is not "outskirts of".
   */
  private boolean notSentAway(List<Token> t, int k) {
    if (k < 0) {
      return true;
    }
    String governor = t.get(k).lower();
    if (governor.equals("of")) {
      return k > 0 && words.event.is(t.get(k - 1).lower(), "area-of");
    }
    if (governor.equals("from")) {
      return abducted(t, k);
    }
    return !words.event.is(governor, "away");
  }

  /** "abducted 17 people from Rubat Pai": where they were taken is where it happened. */
  private static boolean abducted(List<Token> t, int k) {
    for (int b = Math.max(0, k - 4); b < k; b++) {
      String w = t.get(b).lower();
      if (w.startsWith("abduct") || w.startsWith("kidnap") || w.startsWith("snatch")) {
        return true;
      }
    }
    return false;
  }

  /** True when a word of the sentence opens with one of {@code eventStems} (about violence). */
  static boolean isEventSentence(Sentence s, List<String> eventStems) {
    for (Token t : s.tokens()) {
      String w = t.lower();
      for (String stem : eventStems) {
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
      if (w.equals(":") || Datelines.isDash(w)
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
