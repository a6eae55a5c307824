package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds counted victim groups in a sentence: a count phrase and the victim words after it ("more
 * than 22 security personnel", "two others", "five"), a singular victim ("a policeman", "the
 * suicide bomber"), or an ordinal one ("a third").
 */
final class VictimPhrases {

  private static final int MAX_GAP = 7;
  private static final Set<String> GAP_WORDS =
      Set.of("of", "the", "other", "more", "additional", "further", "-", "those", "its", "their",
          "our", "his", "her", "enemy", "innocent", "brave");
  private static final Set<String> BARE_FOLLOWERS =
      Set.of(",", ".", ";", ":", "and", "in", "on", "at", "during", "after", "while", "when", "as",
          "including", "were", "was", "had", "have", "are", "of", "from", "by", "inside", "near",
          "yesterday", "today", "overnight", "last", "this", "earlier", "later", "early", "late",
          "--", "—", "–", ")", "\"", "”", "'", "who", "others", "among", "so", "since", "more",
          "died", "people", "instantly", "immediately", "too", "also", "outright", "each",
          "across", "but", "with", "before", "following", "‘", "’", "“", "''", "other");
  private static final Set<String> SINGULAR_DETERMINERS =
      Set.of("a", "an", "another", "the", "his", "her", "their", "its");
  private static final Set<String> HUMAN_NOUNS =
      Set.of("official", "officials", "leader", "leaders", "chief", "chiefs", "head", "clerk",
          "clerks", "judge", "judges", "representative", "representatives", "recruit",
          "recruits", "scholar", "scholars", "cleric", "clerics", "imam", "mullah", "staff",
          "staffer", "staffers", "agent", "agents", "guard", "guards", "youth", "youths", "deputy",
          "governor", "mayor", "prosecutor", "prosecutors", "relative", "relatives", "pilot",
          "personnel", "crew", "member", "members", "mp", "lawmaker", "councillor", "councilor",
          "spy", "spies", "informant", "informants", "collaborator", "collaborators", "contractor",
          "contractors", "translator", "interpreter", "teenager", "teenagers", "toddler", "baby",
          "babies", "infant", "man", "men", "woman", "women", "person", "people", "shepherd",
          "shepherds", "herder", "victim", "victims", "casualty", "casualties");
  /** Nouns that, after a count, name things rather than people ("three houses", "two tanks"). */
  private static final Set<String> NOT_HUMAN = readWords("non-human-nouns.txt");
  private static final Map<String, Integer> ORDINALS =
      Map.of("second", 2, "third", 3, "fourth", 4, "fifth", 5, "sixth", 6, "seventh", 7,
          "eighth", 8, "ninth", 9, "tenth", 10);
  private static final Set<String> LIFE_TAKERS =
      Set.of("claimed", "claiming", "claim", "claims", "cost", "costing", "costs", "took",
          "taking", "taken", "lost", "snuffed");
  private static final Set<String> ATTRIBUTIVE_FORMS = Set.of("PARTICIPLE", "ADJECTIVE", "CAPTURE");
  private static final Set<String> GENERIC_HEADS = Set.of("members", "member", "personnel");
  private static final Set<String> TEMPORAL_NOUNS =
      Set.of("yesterday", "today", "tonight", "morning", "evening", "night", "afternoon",
          "week", "weekend", "month", "year", "day", "days", "hours", "minutes", "time", "spot",
          "area", "village", "town", "district", "province", "region");
  private static final Set<String> DATE_WORDS =
      Set.of("january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul",
          "aug", "sep", "sept", "oct", "nov", "dec", "at", "on", "no.", "number", "aged", "age",
          "since", "in", "by", "till", "until", "from", "page", "article", "section", "para",
          "paragraph", "rs", "rs.", "$", "us$", "usd", "route", "highway", "sector", "block",
          "phase", "camp", "the", "than");

  private VictimPhrases() {}

  private static Set<String> readWords(String resource) {
    Set<String> words = new java.util.HashSet<>();
    PhraseTable.readRows(VictimPhrases.class, resource, cols -> words.add(cols[0].strip()));
    return Set.copyOf(words);
  }

  /** All victim phrases of the sentence, left to right. */
  static List<VictimPhrase> find(Sentence sentence, List<CountPhrase> counts) {
    return find(sentence, counts, Set.of());
  }

  /**
   * All victim phrases of the sentence; {@code knownNames} (lower case) are names of people the
   * report named before, which count as people here even where named-entity recognition missed
   * them ("Nazami was killed" after "Molvi Ahmad Tayyab Nazami").
   */
  static List<VictimPhrase> find(Sentence sentence, List<CountPhrase> counts, Set<String> knownNames) {
    return find(sentence, counts, knownNames, name -> false);
  }

  /**
   * All victim phrases of the sentence, as above; {@code armedGroup} tells whether a name is an
   * armed group's ("four Boko Haram members" are militants, "two NUM members" people).
   */
  static List<VictimPhrase> find(Sentence sentence, List<CountPhrase> counts, Set<String> knownNames,
      java.util.function.Predicate<String> armedGroup) {
    List<Token> tokens = sentence.tokens();
    List<VictimPhrase> found = new ArrayList<>();
    boolean[] covered = new boolean[tokens.size() + 1];
    for (CountPhrase c : counts) {
      VictimPhrase p = afterCount(sentence, c, armedGroup);
      if (p != null) {
        found.add(p);
        for (int k = p.from(); k < p.to(); k++) {
          covered[k] = true;
        }
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      if (covered[i]) {
        continue;
      }
      String w = tokens.get(i).lower();
      VictimPhrase p = null;
      if (SINGULAR_DETERMINERS.contains(w)) {
        p = ordinal(tokens, i);
        if (p == null) {
          p = singular(tokens, i);
        }
        if (p == null && w.equals("another")) {
          p = bareAnother(tokens, i);
        }
        if (p == null && (w.equals("the") || w.equals("their"))) {
          p = definitePlural(tokens, i);
        }
      } else if (w.equals("all") || w.equals("both")) {
        p = definitePlural(tokens, i);
      } else if ((tokens.get(i).entity() == org.counterclaim.core.nlp.EntityType.PERSON
              || isNamedWithApposition(tokens, i)
              || tokens.get(i).posStartsWith("NNP") && knownNames.contains(w))
          && (i == 0 || !tokens.get(i - 1).posStartsWith("IN") && !tokens.get(i - 1).posStartsWith("NNP")
          )) {
        p = person(tokens, i);
      } else if (w.equals("himself") || w.equals("herself")) {
        p = new VictimPhrase(i, i + 1, CountRange.exactly(1, tokens.get(i).text()), false,
            VictimCategory.MILITANTS, tokens.get(i).text(), false);
      }
      if (p != null) {
        found.add(p);
        i = Math.max(i, p.to() - 1);
      }
    }
    found.sort((a, b) -> Integer.compare(a.from(), b.from()));
    return markSubsets(tokens, found);
  }

  /** Phrases after "including", "among them" or "mostly", and those coordinated with them. */
  private static List<VictimPhrase> markSubsets(List<Token> tokens, List<VictimPhrase> phrases) {
    List<VictimPhrase> marked = new ArrayList<>(phrases.size());
    VictimPhrase previous = null;
    for (VictimPhrase p : phrases) {
      int b = p.from() - 1;
      String before = b >= 0 ? tokens.get(b).lower() : "";
      boolean subset = before.equals("including") || before.equals("mostly")
          || before.equals("mainly") || (before.equals("them") && b > 0
              && tokens.get(b - 1).lower().equals("among"))
          // "a death toll of 14 – seven police officers and seven civilians"
          || Set.of("–", "—", "--", ":").contains(before) && previous != null
              && previous.to() == b && !previous.subset()
          || previous != null && previous.subset() && previous.to() >= b - 1
              && (before.equals("and") || before.equals(","));
      VictimPhrase q = subset ? p.asSubset() : p;
      marked.add(q);
      previous = q;
    }
    return marked;
  }

  private static VictimPhrase afterCount(Sentence sentence, CountPhrase c,
      java.util.function.Predicate<String> armedGroup) {
    List<Token> tokens = sentence.tokens();
    Head head = head(tokens, c.to());
    if (head == null && !c.negative()) {
      head = humanHead(tokens, c.to());
    }
    if (head != null) {
      head = groupMembers(tokens, c.to(), head, armedGroup);
    }
    if (head != null) {
      boolean others = isOthers(tokens, c, head);
      if (!c.negative() && head.noun().singular() && !head.noun().plural() && c.range().low() > 1
          && !others) {
        // "two soldier" does not happen; a singular noun after a plural count is something else
        return null;
      }
      String text = victimText(tokens, c.to(), head.to());
      Outcome implied = head.implied();
      if (tokens.get(head.to() - 1).lower().equals("lives")) {
        // "claimed more than 300 lives", "cost 12 lives"; "saved 20 lives" names no victims
        if (c.from() == 0 || !LIFE_TAKERS.contains(tokens.get(c.from() - 1).lower())) {
          return null;
        }
        implied = Outcome.KILLED;
      }
      return new VictimPhrase(c.from(), head.to(), c.range(), c.negative(),
          head.noun().category(), text, others, implied);
    }
    if (c.negative()) {
      // "nobody", "none", "no one" stand alone; a bare "no" needs a victim noun
      boolean standsAlone = !tokens.get(c.from()).lower().equals("no") || c.to() - c.from() > 1;
      return standsAlone
          ? new VictimPhrase(c.from(), c.to(), null, true, VictimCategory.PEOPLE, null, false)
          : null;
    }
    if (!bareCountFits(tokens, c)) {
      return null;
    }
    boolean others = c.to() < tokens.size() && tokens.get(c.to()).lower().equals("more")
        || tokens.get(c.from()).lower().equals("another")
        || c.to() - c.from() > 2 && tokens.get(c.from()).lower().equals("a")
            && Set.of("further", "additional").contains(tokens.get(c.from() + 1).lower());
    if (c.to() < tokens.size() && Set.of("other", "more").contains(tokens.get(c.to()).lower())) {
      // "one other wounded", "88 more were taken": more of the victims named before
      return new VictimPhrase(c.from(), c.to() + 1, c.range(), false, VictimCategory.PEOPLE, null,
          true);
    }
    return new VictimPhrase(c.from(), c.to(), c.range(), false, VictimCategory.PEOPLE, null, others);
  }

  private static boolean bareCountFits(List<Token> tokens, CountPhrase c) {
    Token first = tokens.get(c.from());
    if (c.from() > 0 && DATE_WORDS.contains(tokens.get(c.from() - 1).lower())
        && !afterToll(tokens, c.from())) {
      return false;
    }
    String countText = c.range().text();
    if (countText.contains(":") || countText.contains("/")) {
      return false;
    }
    if (Character.isDigit(first.text().charAt(0)) && c.range().low() >= 1900 && c.range().low() <= 2100) {
      return false;
    }
    if (c.to() >= tokens.size()) {
      return true;
    }
    String next = tokens.get(c.to()).lower();
    return BARE_FOLLOWERS.contains(next) || Triggers.startsAt(tokens, c.to());
  }

  private static final Set<String> TOLL_WORDS =
      Set.of("toll", "tally", "number", "figure", "count", "total");

  /** "the toll stood at 40", "put the number of wounded at 30": a figure a toll word gives. */
  private static boolean afterToll(List<Token> tokens, int count) {
    String before = tokens.get(count - 1).lower();
    if (!Set.of("at", "to", "of").contains(before)) {
      return false;
    }
    for (int k = count - 2; k >= Math.max(0, count - 9); k--) {
      if (TOLL_WORDS.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static VictimPhrase singular(List<Token> tokens, int i) {
    Head head = head(tokens, i + 1);
    if (head == null && !tokens.get(i).lower().equals("the")) {
      head = humanHead(tokens, i + 1);
    }
    if (head == null || !head.noun().singular() || tokens.get(head.from()).posStartsWith("NNP")) {
      return null;
    }
    if (tokens.get(i).lower().equals("the") && head.noun().category() == VictimCategory.PEOPLE
        && !tokens.get(head.to() - 1).lower().equals("victim")) {
      return null;
    }
    String text = victimText(tokens, i + 1, head.to());
    return new VictimPhrase(i, head.to(), CountRange.exactly(1, tokens.get(i).text()), false,
        head.noun().category(), text, tokens.get(i).lower().equals("another"), head.implied());
  }

  /**
   * A named person ("Naimatullah", "General Khan Agha Achakzai"), with a title before the name
   * and an apposition after it ("Sabour, a ministry contractor,"): one victim, of the category
   * the title or apposition gives.
   */
  private static VictimPhrase person(List<Token> tokens, int i) {
    int to = i;
    while (to < tokens.size() && tokens.get(to).entity() == org.counterclaim.core.nlp.EntityType.PERSON) {
      to++;
    }
    if (to == i) {
      to = i + 1;
    }
    int from = i;
    while (from > 0 && from > i - 3 && isTitle(tokens.get(from - 1)) && !Triggers.startsAt(tokens, from - 1)) {
      from--;
    }
    VictimCategory category = VictimCategory.PEOPLE;
    Head title = from < i ? head(tokens, from) : null;
    if (title != null && title.to() <= i) {
      category = title.noun().category();
    }
    int end = to;
    if (to + 1 < tokens.size() && tokens.get(to).text().equals(",")) {
      int close = appositionEnd(tokens, to + 1);
      if (close > 0) {
        int roleFrom = Set.of("a", "an", "the", "his", "her").contains(tokens.get(to + 1).lower())
            ? to + 2 : to + 1;
        Head role = head(tokens, roleFrom);
        if (role != null && role.to() <= close && category == VictimCategory.PEOPLE) {
          category = role.noun().category();
        }
        end = close;
      }
    }
    String name = Token.join(tokens, i, to);
    return new VictimPhrase(from, end, CountRange.exactly(1, name), false, category, name, false);
  }

  /** "Himmat, a district police chief, ...": a proper name followed by an apposition. */
  private static boolean isNamedWithApposition(List<Token> tokens, int i) {
    Token t = tokens.get(i);
    return t.posStartsWith("NNP") && t.entity() != org.counterclaim.core.nlp.EntityType.LOCATION
        && t.entity() != org.counterclaim.core.nlp.EntityType.ORGANIZATION
        && i + 2 < tokens.size() && tokens.get(i + 1).text().equals(",")
        && Set.of("a", "an", "the").contains(tokens.get(i + 2).lower())
        && appositionEnd(tokens, i + 2) > 0 && (i == 0 || !tokens.get(i - 1).posStartsWith("NNP"));
  }

  /**
   * "the hostages", "all the victims", "both soldiers": victims named before, whose number the
   * extractor takes from the earlier figure. The count is a placeholder of 0 until resolved.
   */
  private static VictimPhrase definitePlural(List<Token> tokens, int i) {
    int k = i + 1;
    if (k < tokens.size() && tokens.get(k).lower().equals("the")) {
      k++;
    }
    Head head = k < tokens.size() ? head(tokens, k) : null;
    if (head == null || head.noun().singular() && !head.noun().plural() || head.from() - k > 2
        || tokens.get(head.from()).posStartsWith("NNP")) {
      return null;
    }
    boolean both = tokens.get(i).lower().equals("both");
    CountRange count = both ? CountRange.exactly(2, tokens.get(i).text())
        : new CountRange(0, 0, Qualifier.EXACT, Token.join(tokens, i, head.to()));
    return new VictimPhrase(i, head.to(), count, false, head.noun().category(),
        victimText(tokens, k, head.to()), false, head.implied(), false, !both);
  }

  private static boolean isTitle(Token t) {
    String w = t.lower();
    return (t.posStartsWith("NN") && Character.isLowerCase(t.text().charAt(0)))
        || Set.of("general", "colonel", "captain", "major", "lieutenant", "commander", "haji",
            "mullah", "maulvi", "molvi", "dr", "dr.", "mr", "mr.", "mrs", "ms", "judge", "governor",
            "sardar", "malik", "sheikh", "brigadier", "sergeant", "constable", "inspector")
            .contains(w);
  }

  /** The closing comma of an apposition starting at {@code from} ("a former judge,"), or -1. */
  private static int appositionEnd(List<Token> tokens, int from) {
    if (!Set.of("a", "an", "the", "his", "her").contains(tokens.get(from).lower())
        && !tokens.get(from).posStartsWith("NN") && !tokens.get(from).posStartsWith("JJ")) {
      return -1;
    }
    for (int k = from + 1; k < Math.min(tokens.size(), from + 16); k++) {
      Token t = tokens.get(k);
      if (t.text().equals(",")) {
        return k;
      }
      if (t.posStartsWith("VBD") || t.posStartsWith("VBZ") || t.posStartsWith("VBP")
          || t.posStartsWith("MD") || Triggers.startsAt(tokens, k)) {
        return -1;
      }
    }
    return -1;
  }

  /** "… were killed and another was injured": one more of the victims named before. */
  private static VictimPhrase bareAnother(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return null;
    }
    int k = i + 1;
    while (k < tokens.size() - 1 && Set.of("\"", "“", "``", "'", "‘").contains(tokens.get(k).text())) {
      k++;
    }
    String next = tokens.get(k).lower();
    if (!Set.of("was", "were", "is", "later", "also", "died", "succumbed", ",", ".").contains(next)
        && !Triggers.startsAt(tokens, k)) {
      return null;
    }
    return new VictimPhrase(i, i + 1, CountRange.exactly(1, tokens.get(i).text()), false,
        VictimCategory.PEOPLE, null, true);
  }

  /** "a third", "another", "a sixth attacker": one more victim of the group named before. */
  private static VictimPhrase ordinal(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !ORDINALS.containsKey(tokens.get(i + 1).lower())
        || tokens.get(i).lower().equals("the")) {
      return null;
    }
    Head head = i + 2 < tokens.size() ? head(tokens, i + 2) : null;
    if (head != null && head.from() == i + 2) {
      return new VictimPhrase(i, head.to(), CountRange.exactly(1, joinedText(tokens, i, i + 2)),
          false, head.noun().category(), victimText(tokens, i + 2, head.to()), true, head.implied());
    }
    return new VictimPhrase(i, i + 2, CountRange.exactly(1, joinedText(tokens, i, i + 2)), false,
        VictimCategory.PEOPLE, null, true);
  }

  private static String joinedText(List<Token> tokens, int from, int to) {
    return Token.join(tokens, from, to);
  }

  private record Head(int from, int to, VictimNoun noun, Outcome implied) {}

  /**
   * The victim group a toll is about, named without a count right after its toll words ("the
   * death toll among security personnel", "the toll of soldiers") or right before them ("the
   * security forces toll"), or null. {@code toll} is the index of the toll word.
   */
  static VictimCategory tollGroup(List<Token> tokens, int toll) {
    int k = toll + 1;
    if (k < tokens.size() && Set.of("among", "of", "for").contains(tokens.get(k).lower())) {
      int from = k + 1;
      if (from < tokens.size() && tokens.get(from).lower().equals("the")) {
        from++;
      }
      PhraseTable.Match<VictimNoun> m = from < tokens.size()
          ? CasualtyVocabulary.VICTIMS.longestAt(tokens, from) : null;
      if (m != null) {
        return m.value().category();
      }
    }
    int end = toll > 0 && Set.of("death", "casualty").contains(tokens.get(toll - 1).lower())
        ? toll - 1 : toll;
    for (int from = Math.max(0, end - 3); from < end; from++) {
      PhraseTable.Match<VictimNoun> m = CasualtyVocabulary.VICTIMS.longestAt(tokens, from);
      if (m != null && m.to() == end) {
        return m.value().category();
      }
    }
    return null;
  }

  /** The victim noun (possibly a compound) within a few modifier words of {@code from}. */
  private static Head head(List<Token> tokens, int from) {
    Outcome implied = null;
    for (int k = from; k < Math.min(tokens.size(), from + MAX_GAP + 1); k++) {
      PhraseTable.Match<VictimNoun> m = CasualtyVocabulary.VICTIMS.longestAt(tokens, k);
      if (m != null) {
        Head h = extend(tokens, k, m, implied);
        Head later = laterHead(tokens, h, implied);
        return later != null ? later : h;
      }
      PhraseTable.Match<Trigger> t = CasualtyVocabulary.TRIGGERS.longestAt(tokens, k);
      if (t != null) {
        // attributive: "two killed terrorists", "17 injured persons"
        if (implied == null && t.to() == k + 1
            && ATTRIBUTIVE_FORMS.contains(t.value().form().name())) {
          implied = t.value().outcome();
          continue;
        }
        return null;
      }
      if (tokens.get(k).text().equals("[")) {
        // "12 [now 14] soldiers": an editor's insertion between the count and its noun
        int close = k + 1;
        while (close < Math.min(tokens.size(), k + 8) && !tokens.get(close).text().equals("]")) {
          close++;
        }
        if (close < tokens.size() && tokens.get(close).text().equals("]")) {
          k = close;
          continue;
        }
      }
      if (!isGap(tokens.get(k)) && !isBracket(tokens.get(k))
          || tokens.get(k).posStartsWith("NNS") && NOT_HUMAN.contains(tokens.get(k).lower())) {
        // "14 photographs showing bodies": the count is of the photographs
        return null;
      }
    }
    return null;
  }

  private static boolean isBracket(Token t) {
    return Set.of("(", ")", "[", "]", "-LRB-", "-RRB-", "-LSB-", "-RSB-").contains(t.text());
  }

  private static final Set<String> MEMBER_WORDS =
      Set.of("members", "member", "operatives", "operative", "loyalists", "cadres", "recruits");

  /**
   * "four Boko Haram members": members named by an armed group (by the actor registry) are
   * militants; "two National Uprising Movement members" stay people.
   */
  private static Head groupMembers(List<Token> tokens, int from, Head h,
      java.util.function.Predicate<String> armedGroup) {
    if (h.noun().category() != VictimCategory.PEOPLE
        || !MEMBER_WORDS.contains(tokens.get(h.to() - 1).lower())) {
      return h;
    }
    int k = from;
    while (k < h.from() && !tokens.get(k).posStartsWith("NNP")) {
      k++;
    }
    int end = k;
    while (end < h.from() && (tokens.get(end).posStartsWith("NNP")
        || Set.of("-", "(", ")").contains(tokens.get(end).text()))) {
      end++;
    }
    if (end > k && armedGroup.test(Token.join(tokens, k, end))) {
      return new Head(h.from(), h.to(), new VictimNoun(VictimCategory.MILITANTS,
          h.noun().singular(), h.noun().plural()), h.implied());
    }
    return h;
  }

  /** "Afghan Local Police (ALP) officer": the common noun after a proper name is the head. */
  private static Head laterHead(List<Token> tokens, Head h, Outcome implied) {
    String last = tokens.get(h.to() - 1).text();
    if (!tokens.get(h.to() - 1).posStartsWith("NNP") && !Character.isUpperCase(last.charAt(0))) {
      return null;
    }
    for (int j = h.to(); j < Math.min(tokens.size(), h.to() + 4); j++) {
      Token t = tokens.get(j);
      PhraseTable.Match<VictimNoun> m = CasualtyVocabulary.VICTIMS.longestAt(tokens, j);
      if (m != null && !t.posStartsWith("NNP")) {
        Head later = extend(tokens, j, m, implied);
        VictimCategory category = h.noun().category() == VictimCategory.PEOPLE
            ? later.noun().category() : h.noun().category();
        return new Head(later.from(), later.to(),
            new VictimNoun(category, later.noun().singular(), later.noun().plural()), later.implied());
      }
      if (!(t.posStartsWith("NNP") || isBracket(t) || Character.isUpperCase(t.text().charAt(0)))) {
        return null;
      }
    }
    return null;
  }

  private static Head extend(List<Token> tokens, int k, PhraseTable.Match<VictimNoun> m, Outcome implied) {
    VictimNoun noun = m.value();
    int to = m.to();
    // compounds: "Levies personnel", "civilian passengers", "Taliban fighters"
    while (to < tokens.size()) {
      PhraseTable.Match<VictimNoun> next = CasualtyVocabulary.VICTIMS.longestAt(tokens, to);
      if (next == null) {
        break;
      }
      VictimCategory category = noun.category() == VictimCategory.PEOPLE
          ? next.value().category() : noun.category();
      noun = new VictimNoun(category, next.value().singular(), next.value().plural());
      to = next.to();
    }
    String headWord = tokens.get(to - 1).lower();
    if (Set.of("bodies", "body", "deaths", "fatalities").contains(headWord)) {
      implied = Outcome.KILLED;
    }
    // "members of the Taliban administration's border force"
    if (GENERIC_HEADS.contains(headWord) && to < tokens.size() && tokens.get(to).lower().equals("of")) {
      for (int j = to + 1; j < Math.min(tokens.size(), to + 7); j++) {
        PhraseTable.Match<VictimNoun> specific = CasualtyVocabulary.VICTIMS.longestAt(tokens, j);
        if (specific != null && specific.value().category() != VictimCategory.PEOPLE) {
          noun = new VictimNoun(specific.value().category(), noun.singular(), noun.plural());
          to = specific.to();
          break;
        }
        Token t = tokens.get(j);
        if (!(isGap(t) || Set.of("'s", "’s", "a", "an").contains(t.lower()))) {
          break;
        }
      }
    }
    // trailing nouns of a compound: "mujahideen brothers", "police jawans"
    int extra = 0;
    while (to < tokens.size() && extra < 2 && tokens.get(to).posStartsWith("NN")
        && !tokens.get(to).posStartsWith("NNP") && !TEMPORAL_NOUNS.contains(tokens.get(to).lower())
        && !Triggers.startsAt(tokens, to)) {
      to++;
      extra++;
    }
    // one count over two nouns: "120 pupils and teachers", "150 of their relatives and
    // neighbours"
    if (noun.plural() && to + 1 < tokens.size()
        && Set.of("and", "or").contains(tokens.get(to).lower())
        && (tokens.get(to + 1).posStartsWith("NNS")
            || HUMAN_NOUNS.contains(tokens.get(to + 1).lower())
                && tokens.get(to + 1).posStartsWith("NN"))
        && !Triggers.startsAt(tokens, to + 1)
        && !NOT_HUMAN.contains(tokens.get(to + 1).lower())) {
      to += 2;
    }
    return new Head(k, to, noun, implied);
  }

  /**
   * A noun that names people though the victim vocabulary lacks it ("a prayer leader", "two
   * minesweepers", "an intelligence official"): people of unspecified category.
   */
  private static Head humanHead(List<Token> tokens, int from) {
    int k = from;
    int end = -1;
    while (k < tokens.size() && k < from + MAX_GAP + 2) {
      Token t = tokens.get(k);
      if (Triggers.startsAt(tokens, k)) {
        break;
      }
      if (t.posStartsWith("NN") && !t.posStartsWith("NNP")
          || t.posStartsWith("NNPS") && k == from) {
        end = k + 1;
      } else if (!(isGap(t) || t.text().equals("(") || t.text().equals(")")) || end > 0) {
        break;
      }
      k++;
    }
    if (end < 0) {
      return null;
    }
    String w = tokens.get(end - 1).lower();
    if (tokens.get(end - 1).posStartsWith("NNPS") || w.matches(".*(ans|ese|is)")
        && Character.isUpperCase(tokens.get(end - 1).text().charAt(0))) {
      // nationalities: "Two Americans", "three Pakistanis"
      return new Head(end - 1, end, new VictimNoun(VictimCategory.PEOPLE, false, true), null);
    }
    // a plural common noun after a count names people ("three mechanics", "four cadets") unless
    // it names things; a singular one only when it looks like a person's noun
    boolean pluralNoun = tokens.get(end - 1).posStartsWith("NNS") && w.length() > 2;
    boolean human = HUMAN_NOUNS.contains(w)
        || !NOT_HUMAN.contains(w) && (pluralNoun || w.length() > 4
            && w.matches(".*(er|ers|or|ors|ist|ists|ian|ians|ee|ees|ant|ants|ent|ents)"));
    if (!human) {
      return null;
    }
    boolean plural = w.endsWith("s") || w.equals("people") || w.endsWith("men") || w.equals("staff")
        || w.equals("personnel") || w.equals("crew");
    return new Head(end - 1, end, new VictimNoun(VictimCategory.PEOPLE, !plural, plural), null);
  }

  private static boolean isGap(Token t) {
    String w = t.lower();
    if (GAP_WORDS.contains(w)) {
      return true;
    }
    String pos = t.pos();
    return pos.startsWith("JJ") || pos.startsWith("NN") || (pos.equals("VBN") || pos.equals("VBG"))
        && !w.equals("including");
  }

  private static boolean isOthers(List<Token> tokens, CountPhrase c, Head head) {
    if (tokens.get(c.from()).lower().equals("another")) {
      return true;
    }
    for (int k = c.to(); k < head.to(); k++) {
      String w = tokens.get(k).lower();
      if (w.equals("others") || w.equals("other") || w.equals("more") || w.equals("additional")
          || w.equals("further")) {
        return true;
      }
    }
    return false;
  }

  private static String victimText(List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to - 1 && (tokens.get(k).lower().equals("of") || tokens.get(k).lower().equals("the"))) {
      k++;
    }
    return Token.join(tokens, k, to);
  }
}
