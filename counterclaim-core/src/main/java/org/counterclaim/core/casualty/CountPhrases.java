package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.NumberMention;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds count phrases in a sentence and maps them to intervals by one rule table (documented in
 * docs/json-format.md): "more than 22" is 23..null, "nearly 200" is 200..200 with the qualifier
 * saying it is hedged, "dozens" 24..99.
 */
public final class CountPhrases {

  private static final PhraseTable<Qualifier> PREFIXES = new PhraseTable<>();
  private static final PhraseTable<int[]> VAGUE = new PhraseTable<>();
  private static final Set<String> NEGATIVES = Set.of("no", "none", "nobody", "noone");
  private static final PhraseTable<Boolean> NEGATIVE_PHRASES = new PhraseTable<>();
  private static final int OPEN = -1;

  static {
    for (String p : List.of("at least", "no fewer than", "no less than", "a minimum of",
        "not less than", "at the least")) {
      PREFIXES.put(p, Qualifier.AT_LEAST);
    }
    for (String p : List.of("more than", "over", "upwards of", "in excess of", "just over",
        "well over", "above", "over a")) {
      PREFIXES.put(p, Qualifier.MORE_THAN);
    }
    for (String p : List.of("nearly", "almost", "close to", "just under", "just short of")) {
      PREFIXES.put(p, Qualifier.NEARLY);
    }
    for (String p : List.of("about", "around", "some", "roughly", "approximately",
        "an estimated", "estimated", "an approximate", "approx.", "circa", "round about", "round")) {
      PREFIXES.put(p, Qualifier.ABOUT);
    }
    for (String p : List.of("up to", "as many as", "at most", "no more than", "a maximum of",
        "at the most")) {
      PREFIXES.put(p, Qualifier.UP_TO);
    }
    for (String p : List.of("less than", "fewer than", "under")) {
      PREFIXES.put(p, Qualifier.LESS_THAN);
    }
    VAGUE.put("dozens", new int[] {24, 99});
    VAGUE.put("scores", new int[] {40, OPEN});
    VAGUE.put("hundreds", new int[] {200, 999});
    VAGUE.put("thousands", new int[] {2000, OPEN});
    VAGUE.put("tens of thousands", new int[] {20000, OPEN});
    VAGUE.put("hundreds of thousands", new int[] {200000, OPEN});
    NEGATIVE_PHRASES.put("no one", true);
    NEGATIVE_PHRASES.put("not a single", true);
    NEGATIVE_PHRASES.put("not one", true);
    NEGATIVE_PHRASES.put("not any", true);
  }

  private CountPhrases() {}

  /** All count phrases of the sentence, left to right, not overlapping. */
  public static List<CountPhrase> find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<CountPhrase> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      CountPhrase phrase = at(sentence, i);
      if (phrase == null) {
        i++;
      } else {
        found.add(phrase);
        i = phrase.to();
      }
    }
    return found;
  }

  /** The count phrase starting at token {@code i}, or null. */
  static CountPhrase at(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(i).lower();
    PhraseTable.Match<Qualifier> prefix = PREFIXES.longestAt(tokens, i);
    if (prefix != null) {
      Base b = base(sentence, prefix.to());
      if (b != null) {
        return qualified(tokens, i, b, prefix.value());
      }
    }
    PhraseTable.Match<Boolean> neg = NEGATIVE_PHRASES.longestAt(tokens, i);
    if (neg != null) {
      return new CountPhrase(i, neg.to(), null, true);
    }
    if (NEGATIVES.contains(w)) {
      return new CountPhrase(i, i + 1, null, true);
    }
    if (w.equals("a") && i + 2 < tokens.size()
        && Set.of("further", "additional").contains(tokens.get(i + 1).lower())) {
      // "a further 3,700 were wounded": more victims, counted
      Base b = base(sentence, i + 2);
      if (b != null) {
        return range(tokens, i, b.to, (int) b.value, (int) b.value, Qualifier.EXACT);
      }
    }
    if (w.equals("another") && i + 1 < tokens.size()) {
      Base b = base(sentence, i + 1);
      if (b != null && !tokens.get(i + 1).lower().equals("a")) {
        return range(tokens, i, b.to, (int) b.value, (int) b.value, Qualifier.EXACT);
      }
    }
    if (w.equals("between")) {
      Base a = base(sentence, i + 1);
      if (a != null && a.to < tokens.size() && tokens.get(a.to).lower().equals("and")) {
        Base b = base(sentence, a.to + 1);
        if (b != null && b.value > a.value) {
          return range(tokens, i, b.to, (int) a.value, (int) b.value, Qualifier.BETWEEN);
        }
      }
      return null;
    }
    if (w.equals("both")) {
      return range(tokens, i, i + 1, 2, 2, Qualifier.EXACT);
    }
    int start = i;
    if (w.equals("all") && i + 1 < tokens.size()) {
      Base b = base(sentence, i + 1);
      if (b != null) {
        return range(tokens, start, b.to, (int) b.value, (int) b.value, Qualifier.EXACT);
      }
      return null;
    }
    PhraseTable.Match<int[]> vague = VAGUE.longestAt(tokens, i);
    if (vague != null) {
      int[] lh = vague.value();
      return range(tokens, i, vague.to(), lh[0], lh[1] == OPEN ? null : lh[1], Qualifier.VAGUE);
    }
    Base b = base(sentence, i);
    if (b == null) {
      return null;
    }
    // "10 to 15", "two or three", "10-15" written with spaces
    if (b.to + 1 < tokens.size()) {
      String link = tokens.get(b.to).lower();
      boolean fromBefore = i > 0 && tokens.get(i - 1).lower().equals("from");
      if (!fromBefore && (link.equals("to") || link.equals("or") || link.equals("-")
          || link.equals("–"))) {
        Base hi = base(sentence, b.to + 1);
        if (hi != null && hi.value > b.value && hi.value < b.value * 20) {
          return range(tokens, i, hi.to, (int) b.value, (int) hi.value, Qualifier.BETWEEN);
        }
      }
    }
    return range(tokens, i, b.to, (int) b.value, (int) b.value, Qualifier.EXACT);
  }

  private static CountPhrase qualified(List<Token> tokens, int from, Base b, Qualifier q) {
    int n = (int) b.value;
    return switch (q) {
      case AT_LEAST -> range(tokens, from, b.to, n, null, q);
      case MORE_THAN -> range(tokens, from, b.to, n + 1, null, q);
      // a hedged figure is the figure stated; the qualifier says how it was hedged
      case NEARLY, ABOUT, UP_TO -> range(tokens, from, b.to, n, n, q);
      case LESS_THAN -> range(tokens, from, b.to, Math.min(1, n - 1), Math.max(0, n - 1), q);
      default -> range(tokens, from, b.to, n, n, Qualifier.EXACT);
    };
  }

  private static CountPhrase range(
      List<Token> tokens, int from, int to, int low, Integer high, Qualifier q) {
    String text = tokens.get(from).text();
    if (to - 1 > from) {
      text = Token.join(tokens, from, to);
    }
    return new CountPhrase(from, to, new CountRange(low, high, q, text), false);
  }

  private record Base(int to, long value) {}

  /** A plain number at token i: "36", "twenty-five", "a dozen", "two dozen", "half a dozen". */
  private static Base base(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    if (i >= tokens.size()) {
      return null;
    }
    String w = tokens.get(i).lower();
    if ((w.equals("a") || w.equals("one")) && i + 1 < tokens.size()) {
      String next = tokens.get(i + 1).lower();
      if (next.equals("dozen")) {
        return new Base(i + 2, 12);
      }
      if (next.equals("hundred")) {
        return new Base(i + 2, 100);
      }
    }
    if (w.equals("half") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("a")
        && tokens.get(i + 2).lower().equals("dozen")) {
      return new Base(i + 3, 6);
    }
    if (w.equals("a") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("couple")) {
      int to = tokens.get(i + 2).lower().equals("of") ? i + 3 : i + 2;
      return new Base(to, 2);
    }
    if (w.equals("dozen")) {
      return new Base(i + 1, 12);
    }
    NumberMention n = sentence.numberAt(i);
    if (n == null || n.value() > Integer.MAX_VALUE / 2) {
      return null;
    }
    if (n.to() < tokens.size() && tokens.get(n.to()).lower().equals("dozen")) {
      return new Base(n.to() + 1, n.value() * 12);
    }
    return new Base(n.to(), n.value());
  }
}
