package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds names that the words around them make places, whether or not the gazetteer knows them: a
 * name before a locality word ("Ngamdu village", "Akobo County", "the Shabqadar area", "Bakara
 * market", "Boulkessi military camp"), each name of a list before a plural one ("Dalori, Kofa
 * and Mainok villages"), a name after "the village of", and a name in apposition to a settlement
 * word ("a nearby village, Dalori,"). The words and their kinds are in {@code
 * locality-words.tsv}. Sentences written in title case are left alone: there every word looks
 * like a name.
 */
final class LocalityFinder {

  /** What a locality word says the name beside it is. */
  enum Kind {
    SETTLEMENT, DIVISION, AREA, ROAD, BUILDING, INSTALLATION;

    /** A road or building is the place as a whole, name and word ("Bakara market"). */
    boolean wholeIsPlace() {
      return this == ROAD || this == BUILDING;
    }
  }

  /**
   * The locality word beside a name, in lower case, and its kind; {@code placesName} when it is
   * what makes the name a place (the gazetteer and the tagger saw none there), so that the name
   * is only one of the report's own countries' places, if any.
   */
  record Cue(String word, Kind kind, boolean placesName) {

    /** The same word beside a name the gazetteer or the tagger already took for a place. */
    Cue besideKnownName() {
      return new Cue(word, kind, false);
    }
  }

  /**
   * A name found by its locality word: tokens {@code from}..{@code to} of the sentence are the
   * name, {@code end} is where the place's words end (after the locality word when it is part of
   * the name: "Akobo County", "Bakara market"), {@code cue} the word.
   */
  record Locality(int from, int to, int end, Cue cue) {}

  private static final Set<String> NOT_NAME_TAGS =
      Set.of("IN", "DT", "CD", "PRP", "PRP$", "CC", "MD", "RB", "WDT", "WP", "TO", "PDT", "EX",
          "RP", "UH", "WRB", "POS");

  private static final int MAX_NAME_TOKENS = 5;

  private final Predicate<String> notAPlaceName;
  private final PlaceWords placeWords;

  /**
   * A finder; {@code notAPlaceName} rejects names that are something else however placed (a
   * people, "Afghan army camp"; an armed group, "Taliban camp"; initials, "IDP camp").
   */
  LocalityFinder(Predicate<String> notAPlaceName, PlaceWords words) {
    this.notAPlaceName = Objects.requireNonNull(notAPlaceName, "notAPlaceName");
    this.placeWords = Objects.requireNonNull(words, "words");
  }

  /** The names of sentence {@code s} that locality words make places, in text order. */
  List<Locality> find(Sentence s) {
    List<Token> t = s.tokens();
    List<Locality> out = new ArrayList<>();
    if (titleCase(t)) {
      return out;
    }
    for (int k = 0; k < t.size(); k++) {
      int first = placeWords.localities.phraseStart(t, k);
      Kind kind = placeWords.localities.kindOf(
          Token.join(t, first, k + 1).toLowerCase(Locale.ROOT));
      if (kind == null) {
        continue;
      }
      Cue cue = new Cue(Token.join(t, first, k + 1).toLowerCase(Locale.ROOT), kind, true);
      int before = out.size();
      named(t, first, k, cue, out);
      if (out.size() == before && first == k && !capitalised(t.get(k))) {
        after(t, k, cue, out);
      }
    }
    out.sort(java.util.Comparator.comparingInt(Locality::from));
    return out;
  }

  /**
   * "Ngamdu village", "Boulkessi military camp", "Dalori, Kofa and Mainok villages": the names
   * before the locality word of tokens {@code first}..{@code k}.
   */
  private void named(List<Token> t, int first, int k, Cue cue, List<Locality> out) {
    int e = first;
    boolean modified = false;
    if (cue.kind() == Kind.INSTALLATION || cue.kind() == Kind.BUILDING) {
      while (e > 0 && placeWords.localities.is(t.get(e - 1).lower(), "modifier")) {
        e--;
        modified = true;
      }
    }
    if (cue.kind() == Kind.INSTALLATION && capitalised(t.get(first)) && !modified) {
      // "Washington Post", "Camp David": a capitalised post or camp names no place of its own
      return;
    }
    if (capitalised(t.get(k)) && k + 1 < t.size() && capitalised(t.get(k + 1))
        && Character.isLetter(t.get(k + 1).text().charAt(0))) {
      // "Ohio State University", "Florida Highway Patrol": the word opens a longer name
      return;
    }
    int b = nameStart(t, e, cue.kind() == Kind.BUILDING);
    if (b < 0) {
      return;
    }
    boolean wordInName = cue.kind().wholeIsPlace() || capitalised(t.get(first)) && !modified;
    out.add(new Locality(b, e, wordInName ? k + 1 : e, cue));
    if (!placeWords.localities.singular(cue.word()).equals(cue.word())) {
      // a plural word: every name of the list before it
      int end = b;
      while (end >= 2) {
        String sep = t.get(end - 1).lower();
        int listEnd = end - 1;
        if (sep.equals("and") && listEnd >= 1 && t.get(listEnd - 1).text().equals(",")) {
          listEnd--;
        }
        if (!(sep.equals("and") || sep.equals(",") || sep.equals("&"))) {
          break;
        }
        int start = nameStart(t, listEnd, false);
        if (start < 0) {
          break;
        }
        out.add(new Locality(start, listEnd, listEnd, cue));
        end = start;
      }
    }
  }

  /** "the village of Kuchi", "a nearby village, Dalori,", "the town Kuchi". */
  private void after(List<Token> t, int k, Cue cue, List<Locality> out) {
    if (cue.kind() != Kind.SETTLEMENT && cue.kind() != Kind.DIVISION
        || !placeWords.localities.singular(cue.word()).equals(cue.word()) || k + 2 >= t.size()) {
      return;
    }
    String next = t.get(k + 1).lower();
    String previous = k > 0 ? t.get(k - 1).lower() : "";
    int from;
    if (next.equals("of") && (placeWords.settlementDeterminers.contains(previous)
        || k > 0 && (t.get(k - 1).posStartsWith("JJ") || t.get(k - 1).posStartsWith("VBG")
            || t.get(k - 1).posStartsWith("VBN")))) {
      from = k + 2;
    } else if (next.equals(",") && cue.kind() == Kind.SETTLEMENT) {
      from = k + 2;
    } else if (previous.equals("the") && cue.kind() == Kind.SETTLEMENT) {
      from = k + 1;
    } else {
      return;
    }
    int to = nameEnd(t, from);
    if (to < 0) {
      return;
    }
    if (next.equals(",")) {
      // an apposition ends the sentence, a clause or a list, and is not someone who speaks
      boolean closed = to == t.size() || Set.of(",", ".", ";", "and", "--", "—", "–", ")")
          .contains(t.get(to).lower());
      if (!closed || to + 1 < t.size() && placeWords.speaking.contains(t.get(to + 1).lower())
          || to < t.size() && placeWords.speaking.contains(t.get(to).lower())) {
        return;
      }
    }
    out.add(new Locality(from, to, to, cue));
  }

  /** The first token of a name ending before token {@code e}, or -1. */
  private int nameStart(List<Token> t, int e, boolean possessive) {
    int b = e;
    if (possessive && b >= 2 && isPossessive(t.get(b - 1))) {
      // "St. Agnes’s school"
      b--;
    }
    int words = 0;
    while (b > 0 && e - b < MAX_NAME_TOKENS) {
      Token w = t.get(b - 1);
      if (nameWord(w, b - 1 == 0)) {
        b--;
        words++;
      } else if (words > 0 && placeWords.nameParticles.contains(w.text()) && b - 2 >= 0
          && nameWord(t.get(b - 2), b - 2 == 0)) {
        b--;
      } else {
        break;
      }
    }
    if (words == 0 || b > 0 && partOfLongerName(t.get(b - 1))) {
      return -1;
    }
    return accepted(t, b, e) ? b : -1;
  }

  /**
   * True when a capitalised word before a name is part of a longer name the name only ends
   * ("Federal Government Girls College", "North Kivu") rather than a word a sentence opens with.
   */
  private boolean partOfLongerName(Token w) {
    String text = w.text();
    if (text.isEmpty() || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    if (!w.pos().isEmpty()) {
      return !NOT_NAME_TAGS.contains(w.pos()) && !w.posStartsWith("VB");
    }
    return !placeWords.openingWords.contains(w.lower());
  }

  /**
   * The end of the run of capitalised words (and the articles and particles between them: "Deir
   * al-Balah", "San Jose de Gracia") from token {@code from}, at most five tokens; {@code from}
   * itself when it opens no name.
   */
  int nameRunEnd(List<Token> t, int from) {
    int j = from;
    while (j < t.size() && j - from < MAX_NAME_TOKENS) {
      String w = t.get(j).text();
      boolean capital = !w.isEmpty() && Character.isUpperCase(w.charAt(0))
          && Character.isLetter(w.charAt(0)) || j > from && particleHyphen(w);
      if (capital && !placeWords.notPlaces.contains(t.get(j).lower())) {
        j++;
      } else if (j > from && placeWords.nameParticles.contains(w) && j + 1 < t.size()
          && !t.get(j + 1).text().isEmpty()
          && Character.isUpperCase(t.get(j + 1).text().charAt(0))) {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** The end of a name starting at token {@code from}, or -1. */
  private int nameEnd(List<Token> t, int from) {
    int j = from;
    int words = 0;
    while (j < t.size() && j - from < MAX_NAME_TOKENS) {
      Token w = t.get(j);
      if (nameWord(w, false)) {
        j++;
        words++;
      } else if (words > 0 && placeWords.nameParticles.contains(w.text()) && j + 1 < t.size()
          && nameWord(t.get(j + 1), false)) {
        j++;
      } else {
        break;
      }
    }
    return words > 0 && accepted(t, from, j) ? j : -1;
  }

  private boolean accepted(List<Token> t, int from, int to) {
    String name = Token.join(t, from, to);
    if (placeWords.notPlaces.contains(t.get(from).lower())
        || placeWords.notPlaces.contains(name.toLowerCase(Locale.ROOT))
        || notAPlaceName.test(name)) {
      return false;
    }
    boolean initials = to - from == 1 && name.length() <= 5
        && name.equals(name.toUpperCase(Locale.ROOT));
    return !initials;
  }

  /**
   * A capitalised word that can be part of a name: not a word the sentence capitalises for its
   * own reasons (a function word or verb opening it, a word that is seldom a place), no digits.
   */
  private boolean nameWord(Token w, boolean first) {
    String text = w.text();
    if (text.isEmpty() || placeWords.notPlaces.contains(w.lower())
        || placeWords.localities.is(w.lower(), "not-a-name")) {
      return false;
    }
    boolean capital = Character.isUpperCase(text.charAt(0)) && Character.isLetter(text.charAt(0))
        || particleHyphen(text);
    int dash = text.lastIndexOf('-');
    if (!capital || text.chars().anyMatch(Character::isDigit)
        || dash > 0 && dash + 1 < text.length() && Character.isLowerCase(text.charAt(dash + 1))) {
      // "Hindu-majority", "Taliban-held": an adjective
      return false;
    }
    if (!w.pos().isEmpty()) {
      return !NOT_NAME_TAGS.contains(w.pos()) && !w.posStartsWith("VB");
    }
    return !first || text.length() > 1;
  }

  /** "al-Balah", "el-Fasher": an Arabic article joined to a capitalised name. */
  private boolean particleHyphen(String text) {
    int dash = text.indexOf('-');
    return dash > 0 && dash + 1 < text.length()
        && placeWords.nameParticles.contains(text.substring(0, dash).toLowerCase(Locale.ROOT))
        && Character.isUpperCase(text.charAt(dash + 1));
  }

  private static boolean isPossessive(Token w) {
    return w.text().equals("'s") || w.text().equals("’s");
  }

  private static boolean capitalised(Token w) {
    return !w.text().isEmpty() && Character.isUpperCase(w.text().charAt(0));
  }

  /**
   * True for a headline-style sentence, most of whose words are capitalised ("Troops Retake
   * Border Town"): there capitals tell nothing.
   */
  static boolean titleCase(List<Token> t) {
    int words = 0;
    int capitals = 0;
    for (Token w : t) {
      String text = w.text();
      if (text.isEmpty() || !Character.isLetter(text.charAt(0))) {
        continue;
      }
      words++;
      capitals += Character.isUpperCase(text.charAt(0)) ? 1 : 0;
    }
    return words >= 4 && capitals * 4 >= words * 3;
  }
}
