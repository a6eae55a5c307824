package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

/**
 * Finds the victim noun a count or determiner counts ("22 security personnel", "two killed
 * terrorists", "four Boko Haram members"): a noun of the victim vocabulary, extended over
 * compounds, or a common noun that names people.
 */
final class VictimHeads {

  private static final int MAX_GAP = 7;
  private static final Set<String> ATTRIBUTIVE_FORMS = Set.of("PARTICIPLE", "ADJECTIVE", "CAPTURE");

  private final CasualtyVocabulary words;
  private final Set<String> gapWords;
  private final Set<String> humanNouns;

  /** Nouns that, after a count, name things rather than people ("three houses", "two tanks"). */
  private final Set<String> notHuman;
  private final Set<String> genericHeads;
  private final Set<String> temporalNouns;
  private final Set<String> memberNouns;
  private final Set<String> deathNouns;
  private final Set<String> collectiveNouns;

  /** Victim nouns found with the words of {@code words}. */
  VictimHeads(CasualtyVocabulary words) {
    this.words = words;
    this.gapWords = words.words("gap-words.txt");
    this.humanNouns = words.words("human-nouns.txt");
    this.notHuman = words.words("non-human-nouns.txt");
    this.genericHeads = words.words("generic-heads.txt");
    this.temporalNouns = words.words("temporal-nouns.txt");
    this.memberNouns = words.words("member-nouns.txt");
    this.deathNouns = words.words("death-nouns.txt");
    this.collectiveNouns = words.words("collective-nouns.txt");
  }

  record Head(int from, int to, VictimNoun noun, Outcome implied) {}

  /** The victim noun (possibly a compound) within a few modifier words of {@code from}. */
  Head head(List<Token> tokens, int from) {
    Outcome implied = null;
    for (int k = from; k < Math.min(tokens.size(), from + MAX_GAP + 1); k++) {
      PhraseTable.Match<VictimNoun> m = words.victims.longestAt(tokens, k);
      if (m != null) {
        Head h = extend(tokens, k, m, implied);
        Head later = laterHead(tokens, h, implied);
        return later != null ? later : h;
      }
      PhraseTable.Match<Trigger> t = words.triggers.longestAt(tokens, k);
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
          || tokens.get(k).posStartsWith("NNS") && notHuman.contains(tokens.get(k).lower())) {
        // "14 photographs showing bodies": the count is of the photographs
        return null;
      }
    }
    return null;
  }

  /**
   * "four Boko Haram members": members named by an armed group (by the actor registry) are
   * militants; "two National Uprising Movement members" stay people.
   */
  Head groupMembers(List<Token> tokens, int from, Head h,
      java.util.function.Predicate<String> armedGroup) {
    if (h.noun().category() != VictimCategory.PEOPLE
        || !memberNouns.contains(tokens.get(h.to() - 1).lower())) {
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
  private Head laterHead(List<Token> tokens, Head h, Outcome implied) {
    String last = tokens.get(h.to() - 1).text();
    if (!tokens.get(h.to() - 1).posStartsWith("NNP") && !Character.isUpperCase(last.charAt(0))) {
      return null;
    }
    for (int j = h.to(); j < Math.min(tokens.size(), h.to() + 4); j++) {
      Token t = tokens.get(j);
      PhraseTable.Match<VictimNoun> m = words.victims.longestAt(tokens, j);
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

  private Head extend(List<Token> tokens, int k, PhraseTable.Match<VictimNoun> m, Outcome implied) {
    VictimNoun noun = m.value();
    int to = m.to();
    // compounds: "Levies personnel", "civilian passengers", "Taliban fighters"
    while (to < tokens.size()) {
      PhraseTable.Match<VictimNoun> next = words.victims.longestAt(tokens, to);
      if (next == null) {
        break;
      }
      VictimCategory category = noun.category() == VictimCategory.PEOPLE
          ? next.value().category() : noun.category();
      noun = new VictimNoun(category, next.value().singular(), next.value().plural());
      to = next.to();
    }
    String headWord = tokens.get(to - 1).lower();
    if (deathNouns.contains(headWord)) {
      implied = Outcome.KILLED;
    }
    // "members of the Taliban administration's border force"
    if (genericHeads.contains(headWord) && to < tokens.size() && tokens.get(to).lower().equals("of")) {
      for (int j = to + 1; j < Math.min(tokens.size(), to + 7); j++) {
        PhraseTable.Match<VictimNoun> specific = words.victims.longestAt(tokens, j);
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
        && !tokens.get(to).posStartsWith("NNP") && !temporalNouns.contains(tokens.get(to).lower())
        && !words.triggerAt(tokens, to)) {
      to++;
      extra++;
    }
    // one count over two nouns: "120 pupils and teachers", "150 of their relatives and
    // neighbours"
    if (noun.plural() && to + 1 < tokens.size()
        && Set.of("and", "or").contains(tokens.get(to).lower())
        && (tokens.get(to + 1).posStartsWith("NNS")
            || humanNouns.contains(tokens.get(to + 1).lower())
                && tokens.get(to + 1).posStartsWith("NN"))
        && !words.triggerAt(tokens, to + 1)
        && !notHuman.contains(tokens.get(to + 1).lower())) {
      to += 2;
    }
    return new Head(k, to, noun, implied);
  }

  /**
   * A noun that names people though the victim vocabulary lacks it ("a prayer leader", "two
   * minesweepers", "an intelligence official"): people of unspecified category.
   */
  Head humanHead(List<Token> tokens, int from) {
    int k = from;
    int end = -1;
    while (k < tokens.size() && k < from + MAX_GAP + 2) {
      Token t = tokens.get(k);
      if (words.triggerAt(tokens, k)) {
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
    boolean human = humanNouns.contains(w)
        || !notHuman.contains(w) && (pluralNoun || w.length() > 4
            && w.matches(".*(er|ers|or|ors|ist|ists|ian|ians|ee|ees|ant|ants|ent|ents)"));
    if (!human) {
      return null;
    }
    boolean plural = w.endsWith("s") || w.endsWith("men") || collectiveNouns.contains(w);
    return new Head(end - 1, end, new VictimNoun(VictimCategory.PEOPLE, !plural, plural), null);
  }

  private boolean isGap(Token t) {
    String w = t.lower();
    if (gapWords.contains(w)) {
      return true;
    }
    String pos = t.pos();
    return pos.startsWith("JJ") || pos.startsWith("NN") || (pos.equals("VBN") || pos.equals("VBG"))
        && !w.equals("including");
  }

  private boolean isBracket(Token t) {
    return Set.of("(", ")", "[", "]", "-LRB-", "-RRB-", "-LSB-", "-RSB-").contains(t.text());
  }

  /** The victim words of tokens {@code from}..{@code to}, past a leading "of" or "the". */
  static String victimText(List<Token> tokens, int from, int to) {
    int k = from;
    while (k < to - 1 && (tokens.get(k).lower().equals("of") || tokens.get(k).lower().equals("the"))) {
      k++;
    }
    return Token.join(tokens, k, to);
  }
}
