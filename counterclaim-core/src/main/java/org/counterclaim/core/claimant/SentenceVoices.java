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
  private final Set<String> backPointers;

  /** Voices read with the words of {@code vocabulary}. */
  SentenceVoices(Vocabulary vocabulary) {
    this.contrasts = vocabulary.words("claimant/contrasts.txt");
    this.backPointers = vocabulary.words("claimant/back-pointers.txt");
  }

  /**
   * The voice of sentence {@code s}, whose found and resolved source phrases are {@code sources}
   * (a reporting verb inside a quotation is part of the quote, not a voice of the sentence).
   */
  Voice of(Sentence s, SentenceSources sources) {
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
      if (sources.quoted().contains(phrase)) {
        continue;
      }
      Source source = sources.source(phrase);
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
    List<Attribution.Clause> clauses = new ArrayList<>(embeddedClaims(s, sources));
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
  private List<Attribution.Clause> embeddedClaims(Sentence s, SentenceSources sources) {
    List<Token> t = s.tokens();
    List<Attribution.Clause> out = new ArrayList<>();
    for (ClaimOwners.Owner o : sources.owners()) {
      SourcePhrase p = o.phrase();
      Source owner = sources.source(p);
      Claimant claimant = owner != null ? owner.claimant()
          // "posts on social networks claiming that …": whoever they are, not the speaker
          : o.participle() ? new Claimant(Token.join(t.subList(p.from(), p.to())),
              ClaimantType.OTHER) : null;
      if (claimant == null || owner != null && owner.type() == ClaimantType.OTHER
          && !o.participle()) {
        continue;
      }
      int end = o.that() + 1;
      while (end < t.size() && !CLOSING.contains(t.get(end).text())) {
        end++;
      }
      out.add(new Attribution.Clause(p.cueFrom(), end,
          new Attribution(claimant, owner == null ? null : owner.toldTo())));
    }
    return out;
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
