package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  private static final String OPEN = "open";
  private final PhraseTable<Qualifier> prefixes;
  private final PhraseTable<VagueCount> vague;
  private final Set<String> negatives;
  private final PhraseTable<Boolean> negativePhrases;

  /** Count phrases read with the words of {@code words}. */
  CountPhrases(CasualtyVocabulary words) {
    this.prefixes = words.table("count-prefixes.tsv",
        cols -> Qualifier.valueOf(cols.get(1).toUpperCase(Locale.ROOT)));
    this.vague = words.table("vague-counts.tsv", cols -> new VagueCount(
        Integer.parseInt(cols.get(1)),
        cols.get(2).equals(OPEN) ? null : Integer.valueOf(cols.get(2))));
    this.negatives = words.words("negative-counts.txt");
    this.negativePhrases = words.table("negative-count-phrases.txt", cols -> true);
  }

  /** All count phrases of the sentence, left to right, not overlapping. */
  public List<CountPhrase> find(Sentence sentence) {
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
  CountPhrase at(Sentence sentence, int i) {
    List<Token> tokens = sentence.tokens();
    String w = tokens.get(i).lower();
    PhraseTable.Match<Qualifier> prefix = prefixes.longestAt(tokens, i);
    if (prefix != null) {
      Base b = base(sentence, prefix.to());
      if (b != null) {
        return qualified(tokens, i, b, prefix.value());
      }
    }
    PhraseTable.Match<Boolean> neg = negativePhrases.longestAt(tokens, i);
    if (neg != null) {
      return new CountPhrase(i, neg.to(), null, true);
    }
    if (negatives.contains(w)) {
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
    PhraseTable.Match<VagueCount> vagueCount = vague.longestAt(tokens, i);
    if (vagueCount != null) {
      VagueCount lh = vagueCount.value();
      return range(tokens, i, vagueCount.to(), lh.low(), lh.high(), Qualifier.VAGUE);
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

  private CountPhrase qualified(List<Token> tokens, int from, Base b, Qualifier q) {
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

  private CountPhrase range(
      List<Token> tokens, int from, int to, int low, Integer high, Qualifier q) {
    String text = tokens.get(from).text();
    if (to - 1 > from) {
      text = Token.join(tokens, from, to);
    }
    return new CountPhrase(from, to, new CountRange(low, high, q, text), false);
  }

  private record Base(int to, long value) {}

  /** The numbers a vague count stands for; {@code high} null when open. */
  private record VagueCount(int low, Integer high) {}

  /** A plain number at token i: "36", "twenty-five", "a dozen", "two dozen", "half a dozen". */
  private Base base(Sentence sentence, int i) {
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
