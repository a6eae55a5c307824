package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The voices of one sentence, read from the sources it names: its first source, one voice per
 * clause where "while", "whereas" or "but" set two against each other, and the party whose claim
 * the sentence reports inside another's words ("A Taliban claim that they killed four soldiers is
 * false, the spokesman said" keeps the four as the Taliban's). A reporting verb inside a quotation
 * is part of the quote, and an outlet named in an aside ("As the news agency reported, according
 * to the regional administration, …") relays the source the sentence also names.
 */
final class SentenceVoices {

  /**
   * A sentence's own voice ({@code attribution} null when it names none), and whether its source
   * points back to the sentence before ("X announced this").
   */
  record Voice(Attribution attribution, boolean pointsBack, List<Attribution.Clause> embedded) {

    /** The voice of {@code chosen}, another sentence's, with this sentence's embedded claims. */
    Attribution within(Attribution chosen) {
      if (chosen == null || embedded.isEmpty()) {
        return chosen;
      }
      List<Attribution.Clause> clauses = new ArrayList<>(embedded);
      clauses.addAll(chosen.clauses());
      return new Attribution(chosen.claimant(), chosen.relayedBy(), clauses);
    }
  }

  private static final Set<String> CLOSING = Set.of("”", "\"", "''", ";");

  private final Set<String> contrasts;
  private final Set<String> claimNouns;
  private final Set<String> claiming;
  private final Set<String> backPointers;
  private final Set<String> claimPrepositions;
  private final SourceSpans spans;

  /** Voices read with the words of {@code vocabulary}, source phrases spanned by {@code spans}. */
  SentenceVoices(Vocabulary vocabulary, SourceSpans spans) {
    this.contrasts = vocabulary.words("claimant/contrasts.txt");
    this.claimNouns = vocabulary.words("claimant/claim-nouns.txt");
    this.claiming = vocabulary.words("claimant/claiming-participles.txt");
    this.backPointers = vocabulary.words("claimant/back-pointers.txt");
    this.claimPrepositions = vocabulary.words("claimant/claim-prepositions.txt");
    this.spans = spans;
  }

  /**
   * The voice of sentence {@code s}, whose source phrases are {@code sources}, resolved with its
   * report's {@code resolver} outside the report's {@code quotes}; call in reading order, before
   * the resolver observes it.
   */
  Voice of(Sentence s, SentenceSources sources, SourceResolver resolver, Quotations quotes) {
    if (!s.deep()) {
      return new Voice(null, false, List.of());
    }
    List<Token> t = s.tokens();
    List<Integer> bounds = clauseBounds(s);
    Map<Integer, Attribution> byClause = new TreeMap<>();
    Attribution found = null;
    Source aside = null;
    boolean pointsBack = false;
    for (SourcePhrase phrase : sources.phrases()) {
      if (quotes.inside(t.get(phrase.cueFrom()).start())) {
        continue;
      }
      Source source = resolver.resolve(s, phrase);
      if (source == null) {
        continue;
      }
      if (isAside(t, phrase) && aside == null) {
        aside = source;
        continue;
      }
      pointsBack |= pointsBack(t, phrase);
      Attribution a = new Attribution(source.claimant(), source.toldTo());
      found = found == null ? a : found;
      byClause.putIfAbsent(clauseOf(bounds, phrase.from()), a);
    }
    if (aside != null) {
      if (found == null) {
        found = new Attribution(aside.claimant(), aside.toldTo());
        byClause.putIfAbsent(0, found);
      } else {
        // "As Ukrainian News Agency reported, according to the administration, …"
        String relay = aside.claimant().name();
        found = relayed(found, relay);
        byClause.replaceAll((k, a) -> relayed(a, relay));
      }
    }
    List<Attribution.Clause> clauses = new ArrayList<>(embeddedClaims(s, resolver));
    if (byClause.size() > 1 && byClause.values().stream().map(Attribution::claimant)
        .distinct().count() > 1) {
      for (Map.Entry<Integer, Attribution> e : byClause.entrySet()) {
        int k = e.getKey();
        clauses.add(new Attribution.Clause(k == 0 ? 0 : bounds.get(k - 1),
            k < bounds.size() ? bounds.get(k) : t.size(), e.getValue()));
      }
    }
    if (found == null) {
      // no voice of its own: the sentence borrows one, and keeps the claims it reports
      return new Voice(null, false, clauses);
    }
    if (!clauses.isEmpty()) {
      found = new Attribution(found.claimant(), found.relayedBy(), clauses);
    }
    return new Voice(found, pointsBack, List.of());
  }

  private static Attribution relayed(Attribution a, String relay) {
    return a.relayedBy() != null ? a : new Attribution(a.claimant(), relay, a.clauses());
  }

  /** "As Reuters reported, …": an outlet named in an aside before its cue. */
  private static boolean isAside(List<Token> t, SourcePhrase p) {
    return p.from() > 0 && t.get(p.from() - 1).lower().equals("as") && p.cueFrom() >= p.to();
  }

  /** "Dmytro Lunin … announced this.": a statement that is only a pointer to what went before. */
  private boolean pointsBack(List<Token> t, SourcePhrase p) {
    int k = p.cueTo();
    if (p.cueFrom() < p.to() || k >= t.size() || !backPointers.contains(t.get(k).lower())) {
      return false;
    }
    for (int j = k + 1; j < t.size(); j++) {
      if (t.get(j).posStartsWith("VB")) {
        return false;
      }
    }
    return true;
  }

  /**
   * The clauses in which the sentence reports another party's claim: "A Taliban claim that …",
   * "the group's claims that …", "the claim by the BLA that …" — from the noun to the end of the
   * quote or sentence, in the voice of the party named with the claim.
   */
  private List<Attribution.Clause> embeddedClaims(Sentence s, SourceResolver resolver) {
    List<Token> t = s.tokens();
    List<Attribution.Clause> out = new ArrayList<>();
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
      Source owner = resolver.resolve(s, new SourcePhrase(from, to, -1, -1, k, k + 1));
      Claimant claimant = owner != null ? owner.claimant()
          // "posts on social networks claiming that …": whoever they are, not the speaker
          : participle ? new Claimant(Token.join(t.subList(from, to)), ClaimantType.OTHER) : null;
      if (claimant == null || owner != null && owner.type() == ClaimantType.OTHER && !participle) {
        continue;
      }
      int end = that + 1;
      while (end < t.size() && !CLOSING.contains(t.get(end).text())) {
        end++;
      }
      out.add(new Attribution.Clause(k, end,
          new Attribution(claimant, owner == null ? null : owner.toldTo())));
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

  /**
   * Where a sentence's clauses begin after its first: at each "while", "whereas" or "but" that
   * sets one statement against another, and at a semicolon ("…, governor says; Moscow claims …").
   */
  private List<Integer> clauseBounds(Sentence s) {
    List<Integer> bounds = new ArrayList<>();
    for (int i = 1; i < s.tokens().size() - 1; i++) {
      if (contrasts.contains(s.tokens().get(i).lower()) || s.tokens().get(i).text().equals(";")) {
        bounds.add(i);
      }
    }
    return bounds;
  }

  private static int clauseOf(List<Integer> bounds, int token) {
    int k = 0;
    while (k < bounds.size() && bounds.get(k) <= token) {
      k++;
    }
    return k;
  }
}
