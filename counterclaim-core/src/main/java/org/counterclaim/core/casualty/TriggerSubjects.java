package org.counterclaim.core.casualty;

import static org.counterclaim.core.casualty.VictimPhrase.endingAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/**
 * Finds the victims a trigger is said of when they stand before it ("five soldiers, including a
 * captain, were killed"): past auxiliaries, asides, parentheticals and modifiers, and along
 * coordinated phrases.
 */
final class TriggerSubjects {

  private final CasualtyVocabulary words;
  private final Set<String> modifierStarts;
  private final Set<String> partitivePronouns;
  private final Set<String> describedSkips;
  private final Set<String> parentheticalStarts;

  /** Subjects found with the words of {@code words}. */
  TriggerSubjects(CasualtyVocabulary words) {
    this.words = words;
    this.modifierStarts = words.words("victim-modifier-starts.txt");
    this.partitivePronouns = words.words("partitive-pronouns.txt");
    this.describedSkips = words.words("described-skips.txt");
    this.parentheticalStarts = words.words("parenthetical-starts.txt");
  }

  /** The victim phrases that are the subject of the trigger starting at {@code from}. */
  List<VictimPhrase> subjects(List<Token> tokens, List<VictimPhrase> phrases, int from) {
    int k = from;
    while (k > 0 && words.auxAndAdverbs.contains(tokens.get(k - 1).lower())) {
      k--;
    }
    if (k > 0 && Set.of("the", "those").contains(tokens.get(k - 1).lower()) && k - 2 >= 0
        && tokens.get(k - 2).lower().equals("among")) {
      k -= 2;
      while (k > 0 && words.auxAndAdverbs.contains(tokens.get(k - 1).lower())) {
        k--;
      }
    }
    k = skipCommaAside(tokens, k);
    if (k >= 2 && tokens.get(k - 2).lower().equals("of")
        && partitivePronouns.contains(tokens.get(k - 1).lower())) {
      // "one of them in serious condition"
      k -= 2;
    }
    k = skipParenthetical(tokens, k);
    k = skipUnknownNumber(tokens, k);
    List<VictimPhrase> found = new ArrayList<>();
    VictimPhrase p = endingAt(phrases, k);
    if (p == null && k > 0 && tokens.get(k - 1).text().equals(",")) {
      // "Sabour, a ministry contractor, was killed"
      VictimPhrase named = endingAt(phrases, k - 1);
      if (named != null && isNamed(named)) {
        VictimPhrase described = named.from() > 0 && tokens.get(named.from() - 1).text().equals(",")
            ? describedBefore(tokens, phrases, named.from() - 1) : null;
        // "One of the fighters, Abu Hafsa al-Barnawi, was killed": the counted phrase tells who
        p = described != null && described.count() != null && described.count().low() == 1
            ? described : named;
      }
    }
    if (p == null) {
      p = beforePrepositionalPhrase(tokens, phrases, k);
    }
    if (p == null) {
      p = beforeCommaClause(tokens, phrases, k);
    }
    p = superset(tokens, phrases, p);
    while (p != null) {
      found.add(p);
      int j = p.from();
      if (j == 0) {
        break;
      }
      int c = j - 1;
      String w = tokens.get(c).lower();
      if (w.equals("and") && c > 0 && tokens.get(c - 1).text().equals(",")) {
        c--;
      } else if (w.equals("as") || w.equals("with")) {
        // "as well as", "along with"
        c = coordinatorStart(tokens, c);
      } else if (!words.coordinators.contains(w)) {
        break;
      }
      VictimPhrase before = endingAt(phrases, c);
      if (w.equals(",") && isNamed(p) && before != null && before.count() != null
          && before.count().low() == 1) {
        // "The police commander, Ismail, was wounded": one victim named twice
        break;
      }
      p = before;
      if (p != null && p.subset()) {
        break;
      }
    }
    return found;
  }

  /** "Five police officers including a commander were killed": the set, not the member. */
  private VictimPhrase superset(List<Token> tokens, List<VictimPhrase> phrases, VictimPhrase p) {
    if (p == null) {
      return null;
    }
    int c = p.from() - 1;
    while (c >= 0 && p != null) {
      String w = tokens.get(c).lower();
      if (w.equals("and") || w.equals(",")) {
        VictimPhrase before = endingAt(phrases, c);
        if (before == null) {
          return p;
        }
        c = before.from() - 1;
        continue;
      }
      if (w.equals("including") || w.equals("among")) {
        int s = c;
        if (s > 0 && tokens.get(s - 1).text().equals(",")) {
          s--;
        }
        VictimPhrase set = endingAt(phrases, s);
        return set != null ? set : p;
      }
      return p;
    }
    return p;
  }

  private int coordinatorStart(List<Token> tokens, int c) {
    if (c >= 2 && tokens.get(c).lower().equals("as") && tokens.get(c - 1).lower().equals("well")
        && tokens.get(c - 2).lower().equals("as")) {
      return c - 2;
    }
    if (c >= 1 && tokens.get(c).lower().equals("with") && tokens.get(c - 1).lower().equals("along")) {
      return c - 1;
    }
    return -1;
  }

  /**
   * Skips "and an unknown number of assailants" just before {@code k}: no figure, but the
   * victims coordinated before it are still the trigger's subjects.
   */
  private int skipUnknownNumber(List<Token> tokens, int k) {
    for (int j = k - 1; j >= Math.max(2, k - 8); j--) {
      if (tokens.get(j).lower().equals("number") && tokens.get(j - 1).lower().equals("unknown")) {
        int start = j - 1;
        if (start > 0 && (tokens.get(start - 1).lower().equals("an")
            || tokens.get(start - 1).lower().equals("the"))) {
          start--;
        }
        if (start > 0 && tokens.get(start - 1).lower().equals("and")) {
          return start - 1;
        }
        return k;
      }
    }
    return k;
  }

  /**
   * "The other 10 elements are, for the time being, missing": a short aside between commas
   * after the copula is skipped, with the copula.
   */
  private int skipCommaAside(List<Token> tokens, int k) {
    if (k < 3 || !tokens.get(k - 1).text().equals(",")) {
      return k;
    }
    for (int c = k - 2; c >= Math.max(1, k - 8); c--) {
      Token t = tokens.get(c);
      if (t.text().equals(",")) {
        int j = c;
        boolean copula = false;
        while (j > 0 && words.auxAndAdverbs.contains(tokens.get(j - 1).lower())) {
          copula |= words.passiveAux.contains(tokens.get(j - 1).lower());
          j--;
        }
        return copula ? j : k;
      }
      if (t.posStartsWith("VB") && !t.posStartsWith("VBG") || words.triggerAt(tokens, c)) {
        return k;
      }
    }
    return k;
  }

  /** Skips ", including two children," just before {@code k}. */
  private int skipParenthetical(List<Token> tokens, int k) {
    if (k <= 0) {
      return k;
    }
    String last = tokens.get(k - 1).text();
    if (last.equals(",") || last.equals(")") || last.equals("—") || last.equals("--")) {
      for (int c = k - 2; c >= Math.max(0, k - 30); c--) {
        String w = tokens.get(c).lower();
        if (words.triggerAt(tokens, c) || tokens.get(c).posStartsWith("VBD")
            || tokens.get(c).posStartsWith("VBZ") || tokens.get(c).posStartsWith("VBP")) {
          break;
        }
        if (w.equals("(") && last.equals(")")) {
          return skipParenthetical(tokens, c);
        }
        if (parentheticalStarts.contains(w)) {
          int start = c;
          if (start > 0 && (tokens.get(start - 1).text().equals(",")
              || tokens.get(start - 1).text().equals("—") || tokens.get(start - 1).text().equals("--"))) {
            start--;
          }
          return start;
        }
      }
    }
    return k;
  }

  /** "Five brave soldiers, who fought valiantly, embraced shahadat": the phrase before the clause. */
  private VictimPhrase beforeCommaClause(List<Token> tokens, List<VictimPhrase> phrases, int k) {
    if (k <= 1 || !tokens.get(k - 1).text().equals(",")) {
      return null;
    }
    for (int c = k - 2; c >= Math.max(0, k - 16); c--) {
      if (tokens.get(c).text().equals(",")) {
        VictimPhrase p = endingAt(phrases, c);
        return p != null ? p : beforePrepositionalPhrase(tokens, phrases, c);
      }
      if (words.triggerAt(tokens, c)) {
        return null;
      }
    }
    return null;
  }

  /** "Five soldiers travelling in the convoy were killed": the phrase before the modifier. */
  private VictimPhrase beforePrepositionalPhrase(
      List<Token> tokens, List<VictimPhrase> phrases, int k) {
    for (int j = k - 1; j >= Math.max(1, k - 25); j--) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (w.equals(",") || t.posStartsWith("VBD") || t.posStartsWith("VBZ") || t.posStartsWith("VBP")
          || t.posStartsWith("MD")) {
        return null;
      }
      if (modifierStarts.contains(w) || t.posStartsWith("VBG")) {
        // "five soldiers travelling in the convoy", "two civilians living near the post"
        VictimPhrase p = endingAt(phrases, j);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** The phrase ending at {@code comma}, past "of them" ("one of them, Ramesh Kurram,"). */
  private VictimPhrase describedBefore(List<Token> tokens, List<VictimPhrase> phrases, int comma) {
    int k = comma;
    while (k > 0 && describedSkips.contains(tokens.get(k - 1).lower())) {
      k--;
    }
    VictimPhrase p = endingAt(phrases, k);
    return p != null ? p : endingAt(phrases, comma);
  }

  /** A named person ("Himmat, a district police chief"): one victim named by name. */
  private boolean isNamed(VictimPhrase p) {
    return p.count() != null && p.victimText() != null && p.count().text().equals(p.victimText());
  }
}
