package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;

/**
 * Where the noun phrase naming a source begins and ends around a reporting cue: before the verb
 * ("Ahmad Zia, the district governor, said", past "on Monday" and ", in a statement,"), after it
 * ("said the official", "according to police in Quetta"), with one apposition.
 */
final class SourceSpans {

  private static final Set<String> SKIP_BEFORE_VERB =
      Set.of(
          "also", "later", "separately", "further", "earlier", "has", "have", "had", "reportedly",
          "officially", "previously", "already", "then", "meanwhile", "subsequently",
          "initially", "first");
  private static final Set<String> PARENTHESIS_OPENERS =
      Set.of("in", "on", "while", "speaking", "citing", "quoting", "during", "at", "late", "early", "earlier", "however", "meanwhile", "separately", "though", "too", "which", "who", "according");
  private static final Set<String> NP_INNER = Set.of("of", "for", "'s", "’s", "-", "&", "al", "el");
  private static final Set<String> NOT_NP_START =
      Set.of("that", "on", "in", "at", "to", "it", "this", "there", "after", "before", "during",
          "when", "while", "as", "the", "and", "but", "if");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it", "i", "you");
  private static final Set<String> RELATIVES = Set.of("who", "which");
  private static final int MAX_APPOSITION = 25;

  static boolean isQuoteToken(Token t) {
    String s = t.text();
    return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("``") || s.equals("''");
  }

  static boolean isBreak(String s) {
    return s.equals(",") || s.equals("\"") || s.equals("”") || s.equals("''") || s.equals("’")
        || s.equals("'");
  }

  /** Where the source noun phrase ends, looking left from the verb (exclusive end). */
  static int npEndBefore(List<Token> t, int v) {
    int k = v;
    boolean moved = true;
    while (moved) {
      moved = false;
      while (k > 0 && (SKIP_BEFORE_VERB.contains(t.get(k - 1).lower())
          || t.get(k - 1).pos().equals("RB") && !NEGATIONS.contains(t.get(k - 1).lower()))) {
        // "It additionally stated", "police later said"
        k--;
        moved = true;
      }
      int time = Math.min(timeBefore(t, k), Math.min(adverbialBefore(t, k), dateBefore(t, k)));
      if (time < k) {
        k = time;
        moved = true;
      }
    }
    k = skipParenthesis(t, k);
    return k;
  }

  /** Documents a source can speak in: "X in a statement said". */
  private static final Set<String> MEDIUMS =
      Set.of("statement", "tweet", "post", "message", "interview", "release", "video", "letter",
          "communique", "communiqué", "broadcast", "briefing", "conference", "speech");

  /**
   * "X in turn reported", "X, for his part, said", "X in a statement said": where an adverbial
   * between the source and its verb starts, else {@code k}.
   */
  private static int adverbialBefore(List<Token> t, int k) {
    if (k >= 2 && t.get(k - 2).lower().equals("in") && t.get(k - 1).lower().equals("turn")) {
      return k - 2;
    }
    if (k >= 3 && Set.of("for", "on").contains(t.get(k - 3).lower())
        && Set.of("his", "her", "its", "their", "our", "my").contains(t.get(k - 2).lower())
        && t.get(k - 1).lower().equals("part")) {
      return k - 3;
    }
    if (k >= 3 && MEDIUMS.contains(t.get(k - 1).lower())) {
      int j = k - 2;
      while (j > 0 && k - j < 5 && (t.get(j).posStartsWith("JJ") || t.get(j).posStartsWith("NN"))
          && !t.get(j).lower().equals("in")) {
        j--;
      }
      if (j > 0 && Set.of("a", "an", "the", "its", "his", "her", "their").contains(t.get(j).lower())
          && Set.of("in", "on", "at").contains(t.get(j - 1).lower())) {
        return j - 1;
      }
    }
    return k;
  }

  private static final Set<String> MONTHS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan.", "feb.", "aug.", "sept.",
          "sep.", "oct.", "nov.", "dec.");

  /**
   * "X on Tuesday, April 6, said": where a date set off by commas after a weekday starts (the
   * weekday itself is {@link #timeBefore}'s), else {@code k}.
   */
  private static int dateBefore(List<Token> t, int k) {
    if (k < 4 || !t.get(k - 1).text().equals(",")) {
      return k;
    }
    int j = k - 2;
    boolean month = false;
    while (j > 0 && k - j < 7 && (t.get(j).posStartsWith("CD") || t.get(j).text().equals(",")
        || MONTHS.contains(t.get(j).lower()))) {
      month |= MONTHS.contains(t.get(j).lower());
      j--;
    }
    j++;
    if (month && t.get(j).text().equals(",") && j > 0 && DAYS.contains(t.get(j - 1).lower())) {
      return j;
    }
    return k;
  }

  private static final Set<String> DAYS =
      Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
          "yesterday", "today", "tonight");
  private static final Set<String> DAY_PARTS = Set.of("morning", "afternoon", "evening", "night");

  /** "on Wednesday", "late on Tuesday night", "yesterday" just before {@code k}: where it starts. */
  static int timeBefore(List<Token> t, int k) {
    int j = k;
    if (j > 0 && DAY_PARTS.contains(t.get(j - 1).lower())) {
      j--;
    }
    if (j > 0 && DAYS.contains(t.get(j - 1).lower())) {
      j--;
      if (j > 0 && t.get(j - 1).lower().equals("on")) {
        j--;
        if (j > 0 && (t.get(j - 1).lower().equals("late") || t.get(j - 1).lower().equals("early"))) {
          j--;
        }
      }
      return j;
    }
    return k;
  }

  /** Skips ", in a statement," or ", on Monday," just before position k; returns the new end. */
  static int skipParenthesis(List<Token> t, int k) {
    if (k > 0 && t.get(k - 1).text().equals(",")) {
      for (int c = k - 2; c >= Math.max(0, k - 10); c--) {
        if (t.get(c).text().equals(",")) {
          if (c + 1 < k - 1 && PARENTHESIS_OPENERS.contains(t.get(c + 1).lower())) {
            return c;
          }
          break;
        }
      }
    }
    return k;
  }

  /** Start of the source noun phrase ending just before the verb at v (after skips), or -1. */
  static int backwardNp(List<Token> t, int v) {
    int end = npEndBefore(t, v);
    if (end <= 0) {
      return -1;
    }
    if (PRONOUNS.contains(t.get(end - 1).lower()) || RELATIVES.contains(t.get(end - 1).lower())) {
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
  static int namedBeforeApposition(List<Token> t, int roleEnd) {
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
          && RoleVocabulary.typeOf(t.subList(nameStart, c)) != null;
      if (nameStart < c && (named || described)) {
        // keep looking left: "Ann Fry, who founded EDGE, a justice group, said" is Ann Fry
        found = nameStart;
      }
    }
    return found;
  }

  /** True when tokens from..to hold a finite verb outside a relative clause ("the ministry said"). */
  static boolean hasFiniteVerb(List<Token> t, int from, int to) {
    String opener = t.get(from).lower();
    if (opener.equals("who") || opener.equals("whose") || opener.equals("which")
        || t.get(from).pos().equals("VBG")) {
      // a relative clause or a participle ("giving the toll on condition of anonymity because he
      // was not authorised …") may hold verbs of its own
      return false;
    }
    for (int k = from; k < to; k++) {
      if (RELATIVE_PRONOUNS.contains(t.get(k).lower()) && k > from
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

  private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "who", "which", "whose");

  /** "a", "the", "who", "executive", "former": words an apposition after a name starts with. */
  static boolean opensApposition(Token tok) {
    String w = tok.lower();
    return isRoleStart(tok) || w.equals("who") || w.equals("whose") || w.equals("which")
        || tok.pos().equals("VBG") && Character.isLowerCase(tok.text().charAt(0))
        || Character.isLowerCase(tok.text().charAt(0))
            && (tok.posStartsWith("JJ") || tok.posStartsWith("NN") || tok.pos().equals("PRP$"));
  }

  static int npStart(List<Token> t, int end) {
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
    while (k < end && NP_INNER.contains(t.get(k).lower())) {
      k++;
    }
    return k;
  }

  /**
   * True when the preposition at {@code p} places a party named just before it ("officials in
   * Jonglei state", "medics at a hospital"): the party and its place are one source.
   */
  private static boolean placedParty(List<Token> t, int p) {
    if (p < 1 || !PLACING.contains(t.get(p).lower())) {
      return false;
    }
    Token party = t.get(p - 1);
    return (party.posStartsWith("NN") || party.pos().isEmpty())
        && RoleVocabulary.typeOf(t.subList(p - 1, p)) != null;
  }

  private static final Set<String> PLACING = Set.of("in", "at", "from");

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

  static boolean isNpToken(Token tok, Token before) {
    String pos = tok.pos();
    String w = tok.lower();
    if (NP_INNER.contains(w)) {
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

  static boolean startsNp(Token tok) {
    String w = tok.lower();
    if (NOT_NP_START.contains(w) && !w.equals("the")) {
      return false;
    }
    String pos = tok.pos();
    if (pos.isEmpty()) {
      return Character.isUpperCase(tok.text().charAt(0)) || w.equals("the") || w.equals("a");
    }
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("DT");
  }

  /** End (exclusive) of the noun phrase starting at {@code from}, with one apposition. */
  static int forwardNp(List<Token> t, int from) {
    int k = from;
    while (k < t.size() && (isNpToken(t.get(k), k > from ? t.get(k - 1) : null)
        && !(k == from && NOT_NP_START.contains(t.get(k).lower()) && !t.get(k).lower().equals("the")))) {
      k++;
    }
    // trailing connectors are not part of the phrase
    while (k > from && NP_INNER.contains(t.get(k - 1).lower())) {
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

  private SourceSpans() {}
}
