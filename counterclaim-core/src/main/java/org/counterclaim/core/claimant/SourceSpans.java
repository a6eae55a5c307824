package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Where the noun phrase naming a source begins and ends around a reporting cue: before the verb
 * ("Ahmad Zia, the district governor, said", past "on Monday" and ", in a statement,"), after it
 * ("said the official", "according to police in Quetta"), with one apposition.
 */
final class SourceSpans {

  private final Set<String> npInner;
  private final Set<String> notNpStart;
  private final Set<String> pronouns;
  private final Set<String> relativePronouns;
  private final Set<String> placing;
  private static final Set<String> RELATIVES = Set.of("who", "which");
  private static final int MAX_APPOSITION = 25;

  private final VerbAdjuncts adjuncts;
  private final RoleVocabulary roles;

  /**
   * The spans of {@code vocabulary}, past the adjuncts {@code adjuncts} before a verb, with the
   * parties {@code roles} names.
   */
  SourceSpans(Vocabulary vocabulary, VerbAdjuncts adjuncts, RoleVocabulary roles) {
    this.npInner = vocabulary.words("claimant/noun-phrase-inner.txt");
    this.notNpStart = vocabulary.words("claimant/not-phrase-starts.txt");
    this.pronouns = vocabulary.words("claimant/subject-pronouns.txt");
    this.relativePronouns = vocabulary.words("claimant/relative-pronouns.txt");
    this.placing = vocabulary.words("claimant/placing-prepositions.txt");
    this.adjuncts = adjuncts;
    this.roles = roles;
  }

  static boolean isQuoteToken(Token t) {
    String s = t.text();
    return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("``") || s.equals("''");
  }

  static boolean isBreak(String s) {
    return s.equals(",") || s.equals("\"") || s.equals("”") || s.equals("''") || s.equals("’")
        || s.equals("'");
  }


  /** Start of the source noun phrase ending just before the verb at v (after skips), or -1. */
  int backwardNp(List<Token> t, int v) {
    int end = adjuncts.npEndBefore(t, v);
    if (end <= 0) {
      return -1;
    }
    if (pronouns.contains(t.get(end - 1).lower()) || RELATIVES.contains(t.get(end - 1).lower())) {
      return end - 1;
    }
    int k = end;
    if (t.get(k - 1).text().equals(",")) {
      // "Ahmad Zia, the district governor, said": take the role and the name before it.
      int roleEnd = k - 1;
      int roleStart = npStart(t, roleEnd);
      if (roleStart < roleEnd && roleStart > 0 && t.get(roleStart - 1).text().equals(",")) {
        int nameStart = npStart(t, roleStart - 1);
        if (nameStart < roleStart - 1) {
          return nameStart;
        }
      }
      return namedBeforeApposition(t, roleEnd);
    }
    int start = npStart(t, k);
    if (start == k) {
      return -1;
    }
    int named = nameBeforeRelative(t, start);
    if (named >= 0) {
      return named;
    }
    if (start > 1 && t.get(start - 1).lower().equals("and") && npStart(t, start - 1) == 0
        && Set.of("the", "a", "an").contains(t.get(start).lower())) {
      // "The ombudsman's office and the bar association's commission separately told AFP"
      return 0;
    }
    if (start > 1 && t.get(start - 1).text().equals(",")) {
      // "The Director-General of SEMA, Dr Barkindo Muhammad, said": the role opens the sentence
      int roleStart = npStart(t, start - 1);
      if (roleStart == 0 && roleStart < start - 1) {
        return 0;
      }
    }
    return start;
  }

  /**
   * "Sumi, who is described as the group's spokesman on its website, claimed": the start of the
   * name whose relative clause, not closed by a comma, runs up to the phrase at {@code start},
   * or -1.
   */
  private static int nameBeforeRelative(List<Token> t, int start) {
    for (int c = start - 1; c >= Math.max(1, start - MAX_APPOSITION); c--) {
      Token w = t.get(c);
      if (isQuoteToken(w) || Set.of(",", ";", ":", ".").contains(w.text())) {
        if (w.text().equals(",") && c + 1 < t.size() && t.get(c + 1).lower().equals("who")
            && isName(t.get(c - 1))) {
          int name = c - 1;
          while (name > 0 && isName(t.get(name - 1))) {
            name--;
          }
          return name;
        }
        return -1;
      }
    }
    return -1;
  }

  /** A word of a person's name: tagged so, or a capitalised proper noun. */
  static boolean isName(Token w) {
    return w.entity() == EntityType.PERSON
        || w.posStartsWith("NNP") && Character.isUpperCase(w.text().charAt(0));
  }

  /**
   * "Seth Ames, a political scientist at Texas Tech University," / "Ann Fry, who served as her
   * chief of staff,": the start of a proper name before a longer apposition ending at {@code
   * roleEnd} (the comma before the verb), or -1.
   */
  int namedBeforeApposition(List<Token> t, int roleEnd) {
    int found = -1;
    for (int c = roleEnd - 2; c >= Math.max(1, roleEnd - MAX_APPOSITION); c--) {
      String w = t.get(c).text();
      if (isQuoteToken(t.get(c)) || w.equals(";") || w.equals(":")) {
        break;
      }
      if (!w.equals(",")) {
        continue;
      }
      if (!opensApposition(t.get(c + 1)) || hasFiniteVerb(t, c + 1, roleEnd)) {
        break;
      }
      int nameStart = npStart(t, c);
      boolean named = t.get(c - 1).posStartsWith("NNP")
          && Character.isUpperCase(t.get(c - 1).text().charAt(0));
      // "The Britain-based war monitor, which relies on …, said": a description of a party
      boolean described = Set.of("the", "a", "an").contains(t.get(nameStart).lower())
          && roles.typeOf(t.subList(nameStart, c)) != null;
      if (nameStart < c && (named || described)) {
        // keep looking left: "Ann Fry, who founded EDGE, a justice group, said" is Ann Fry
        found = nameStart;
      }
    }
    return found;
  }

  /** True when tokens from..to hold a finite verb outside a relative clause ("the ministry said"). */
  boolean hasFiniteVerb(List<Token> t, int from, int to) {
    String opener = t.get(from).lower();
    if (opener.equals("who") || opener.equals("whose") || opener.equals("which")
        || t.get(from).pos().equals("VBG")) {
      // a relative clause or a participle ("giving the toll on condition of anonymity because he
      // was not authorised …") may hold verbs of its own
      return false;
    }
    for (int k = from; k < to; k++) {
      if (relativePronouns.contains(t.get(k).lower()) && k > from
          && t.get(k - 1).posStartsWith("NN")) {
        // "a leader of the militia that fights alongside the army": the rest is its clause
        return false;
      }
      if (SourceFinder.FINITE.contains(t.get(k).pos())) {
        return true;
      }
    }
    return false;
  }

  /** "a", "the", "who", "executive", "former": words an apposition after a name starts with. */
  static boolean opensApposition(Token tok) {
    String w = tok.lower();
    return isRoleStart(tok) || w.equals("who") || w.equals("whose") || w.equals("which")
        || tok.pos().equals("VBG") && Character.isLowerCase(tok.text().charAt(0))
        || Character.isLowerCase(tok.text().charAt(0))
            && (tok.posStartsWith("JJ") || tok.posStartsWith("NN") || tok.pos().equals("PRP$"));
  }

  int npStart(List<Token> t, int end) {
    int k = end;
    while (k > 0) {
      if (t.get(k - 1).text().equals(")")) {
        // "Station House Officer (SHO) Jamrud Iqbal Afridi"
        int open = k - 2;
        while (open >= Math.max(0, k - 7) && !t.get(open).text().equals("(")) {
          open--;
        }
        if (open >= Math.max(0, k - 7) && open > 0) {
          k = open;
          continue;
        }
        break;
      }
      Token prev = t.get(k - 1);
      boolean premodifier = (prev.posStartsWith("VBN") || prev.posStartsWith("VBG")) && k < end
          && (t.get(k).posStartsWith("NN") || t.get(k).posStartsWith("JJ"));
      if (!premodifier && placedParty(t, k - 1)) {
        // "officials in Jonglei state", "doctors at the regional institute", "a hospital in X"
        k--;
        continue;
      }
      if (!premodifier && sharedHead(t, k - 1, end)) {
        // "police and hospital officials", "military and police sources": one head, two bodies
        k -= 2;
        continue;
      }
      if (!premodifier && !isNpToken(prev, k - 1 > 0 ? t.get(k - 2) : null)) {
        break;
      }
      k--;
    }
    // do not start an NP with a connector
    while (k < end && npInner.contains(t.get(k).lower())) {
      k++;
    }
    return k;
  }

  /**
   * True when the preposition at {@code p} places a party named just before it ("officials in
   * Jonglei state", "medics at a hospital"): the party and its place are one source.
   */
  private boolean placedParty(List<Token> t, int p) {
    if (p < 1 || !placing.contains(t.get(p).lower())) {
      return false;
    }
    Token party = t.get(p - 1);
    return (party.posStartsWith("NN") || party.pos().isEmpty())
        && roles.typeOf(t.subList(p - 1, p)) != null;
  }

  /**
   * True when the "and" at {@code and} joins two modifiers of one head ending at {@code end}:
   * "police and hospital officials", not "soldiers and police".
   */
  private static boolean sharedHead(List<Token> t, int and, int end) {
    if (and < 1 || and + 2 >= end || !t.get(and).lower().equals("and")) {
      return false;
    }
    Token left = t.get(and - 1);
    Token right = t.get(and + 1);
    return (left.posStartsWith("NN") || left.posStartsWith("JJ"))
        && (right.posStartsWith("NN") || right.posStartsWith("JJ"));
  }

  boolean isNpToken(Token tok, Token before) {
    String pos = tok.pos();
    String w = tok.lower();
    if (npInner.contains(w)) {
      return before != null && (before.posStartsWith("NN") || before.posStartsWith("JJ")
          || before.posStartsWith("DT") || Character.isUpperCase(before.text().charAt(0)));
    }
    if (pos.isEmpty()) {
      return Character.isLetter(tok.text().charAt(0)) && Character.isUpperCase(tok.text().charAt(0));
    }
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT") || pos.equals("POS")
        || pos.equals("PRP$") || pos.equals("CD") || pos.equals("VBN") && w.equals("unnamed")
        || w.equals("senior") || w.equals("local");
  }

  boolean startsNp(Token tok) {
    String w = tok.lower();
    if (notNpStart.contains(w) && !w.equals("the")) {
      return false;
    }
    String pos = tok.pos();
    if (pos.isEmpty()) {
      return Character.isUpperCase(tok.text().charAt(0)) || w.equals("the") || w.equals("a");
    }
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT");
  }

  /** End (exclusive) of the noun phrase starting at {@code from}, with one apposition. */
  int forwardNp(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && (isNpToken(t.get(k), k > from ? t.get(k - 1) : null)
        && !(k == from && notNpStart.contains(t.get(k).lower()) && !t.get(k).lower().equals("the")))) {
      k++;
    }
    // trailing connectors are not part of the phrase
    while (k > from && npInner.contains(t.get(k - 1).lower())) {
      k--;
    }
    if (k > from && k + 1 < t.size() && t.get(k).text().equals(",")
        && t.get(k + 1).entity() == EntityType.PERSON) {
      // "a community leader, Malam Lawal Dutsi"
      int end = k + 1;
      while (end < t.size() && t.get(end).entity() == EntityType.PERSON) {
        end++;
      }
      return end;
    }
    if (k > from && k + 1 < t.size() && t.get(k).text().equals(",") && startsNp(t.get(k + 1))
        && isRoleStart(t.get(k + 1))) {
      int end = k + 1;
      while (end < t.size() && isNpToken(t.get(end), t.get(end - 1))) {
        end++;
      }
      // "according to police sources, terrorists attacked …": a phrase with a verb after it is
      // the next clause's subject, not an apposition
      if (end > k + 1 && !(end < t.size() && SourceFinder.FINITE.contains(t.get(end).pos()))) {
        return end;
      }
    }
    return k;
  }

  static boolean isRoleStart(Token tok) {
    String w = tok.lower();
    return w.equals("the") || w.equals("a") || w.equals("an") || w.equals("its")
        || tok.posStartsWith("NN") && Character.isLowerCase(tok.text().charAt(0));
  }
}
