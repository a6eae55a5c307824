package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Finds where a sentence reports another party's claim inside its own words: "A Taliban claim
 * that …", "the group's claims that …", "the claim by the BLA that …", "messages claiming that
 * …". Each gives the phrase naming whose claim it is, the claim word, and the "that" opening it.
 */
final class ClaimOwners {

  /**
   * A claim reported inside a sentence: {@code phrase} names its owner (its cue is the claim
   * word), {@code that} is the token of the "that" opening the claim, and {@code participle} is
   * true for "… claiming that", where the owner is whatever makes the claim.
   */
  record Owner(SourcePhrase phrase, int that, boolean participle) {}

  private final Set<String> claimNouns;
  private final Set<String> claiming;
  private final Set<String> claimPrepositions;
  private final SourceSpans spans;

  /** Owners read with the words of {@code vocabulary}, their phrases spanned by {@code spans}. */
  ClaimOwners(Vocabulary vocabulary, SourceSpans spans) {
    this.claimNouns = vocabulary.words("claimant/claim-nouns.txt");
    this.claiming = vocabulary.words("claimant/claiming-participles.txt");
    this.claimPrepositions = vocabulary.words("claimant/claim-prepositions.txt");
    this.spans = spans;
  }

  /** The claims sentence {@code s} reports inside its own words, in text order. */
  List<Owner> of(Sentence s) {
    List<Token> t = s.tokens();
    List<Owner> out = new ArrayList<>();
    for (int k = 1; k + 1 < t.size(); k++) {
      boolean noun = claimNouns.contains(t.get(k).lower()) && t.get(k).posStartsWith("NN");
      boolean participle = claiming.contains(t.get(k).lower()) && t.get(k - 1).posStartsWith("NN")
          && t.get(k + 1).lower().equals("that");
      if (!noun && !participle) {
        continue;
      }
      int that = k + 1;
      int from;
      int to;
      if (participle) {
        // "messages on social networks claiming that 15 died are lies": the messages' claim
        to = k;
        from = spans.npStart(t, k);
      } else if (claimPrepositions.contains(t.get(k + 1).lower())) {
        // "the claim by the BLA that …" (not "rejected the claims of the ministry and said that")
        from = k + 2;
        to = spans.forwardNp(t, from);
        that = to;
      } else {
        to = k;
        from = k;
        while (from > 0 && ownerWord(t.get(from - 1))) {
          from--;
        }
        if (to - from >= 2 && isPossessive(t.get(to - 1))) {
          to--;
        }
      }
      if (that >= t.size() || !t.get(that).lower().equals("that") || from >= to) {
        continue;
      }
      out.add(new Owner(new SourcePhrase(from, to, -1, -1, k, k + 1), that, participle));
    }
    return out;
  }

  /** A word of the phrase naming whose claim it is: "Taliban", "the group's", "rebel". */
  private static boolean ownerWord(Token w) {
    return w.posStartsWith("NN") || w.posStartsWith("JJ") || isPossessive(w);
  }

  private static boolean isPossessive(Token w) {
    return w.text().equals("'s") || w.text().equals("’s") || w.pos().equals("POS");
  }
}
