package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

/**
 * Finds zero figures: a sentence saying that none were killed or hurt — "the troops suffered no
 * casualties", "no one was injured", "there were no casualties among the rebels", "no soldier
 * was killed", "it has not suffered any losses", "denied that any soldier died". Each is a
 * figure of 0 (qualifier {@code denial}) of the outcome its words name ("casualties", "losses",
 * "deaths" are deaths; "injuries" injuries; "casualty or injury" both) and of the victims they
 * name; where they name none, "casualties" and "losses" are the speaker's own side's and other
 * words people. Not zero figures: the absence of a report or of evidence ("no reports of
 * casualties", "no bodies were found"), which never put the casualty word right after the
 * negation.
 */
final class Denials {

  /**
   * A zero figure: tokens {@code from}..{@code to}, its outcome, its victims ({@code ownSide}:
   * the speaker's own side, decided by who speaks) and the words it was read from.
   */
  record Denial(int from, int to, Outcome outcome, VictimCategory victims, boolean ownSide,
      String text) {}

  private final CasualtyVocabulary words;

  /** Casualty nouns a negation can deny, with the outcome each counts. */
  private final PhraseTable<Outcome> casualtyNouns;

  /** The nouns that, naming no victims, are the speaker's own side's. */
  private final Set<String> ownSideNouns;
  private final Set<String> zeroWords;
  private final Set<String> notWords;
  private final Set<String> denyVerbs;
  private final Set<String> nobodyWords;
  private final Set<String> sufferVerbs;
  private final Set<String> ownWords;
  private final Set<String> auxiliaries;
  private final Set<String> victimPrepositions;
  private final Set<String> subjectSkips;
  private final Set<String> noneOfDeterminers;
  private final Set<String> otherNounModifiers;

  /** Zero figures read with the words of {@code words}. */
  Denials(CasualtyVocabulary words) {
    this.words = words;
    this.casualtyNouns = words.table("denial-nouns.tsv",
        cols -> Outcome.valueOf(cols.get(1).toUpperCase(Locale.ROOT)));
    this.ownSideNouns = words.words("own-side-denial-nouns.txt");
    this.zeroWords = words.words("zero-words.txt");
    this.notWords = words.words("not-words.txt");
    this.denyVerbs = words.words("deny-verbs.txt");
    this.nobodyWords = words.words("nobody-words.txt");
    this.sufferVerbs = words.words("denial-suffer-verbs.txt");
    this.ownWords = words.words("own-words.txt");
    this.auxiliaries = words.words("denial-auxiliaries.txt");
    this.victimPrepositions = words.words("denial-victim-prepositions.txt");
    this.subjectSkips = words.words("denial-subject-skips.txt");
    this.noneOfDeterminers = words.words("none-of-determiners.txt");
    this.otherNounModifiers = words.words("denial-other-noun-modifiers.txt");
  }

  /** The zero figures of a sentence, left to right. */
  List<Denial> find(List<Token> tokens) {
    List<Denial> found = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      int after = -1;
      if (w.equals("no") && next(tokens, i).equals("one")) {
        Denial d = nobody(tokens, i);
        if (d != null) {
          found.add(d);
          i = d.to() - 1;
        }
        continue;
      }
      if (zeroWords.contains(w)) {
        after = i + 1;
      } else if (notWords.contains(w)) {
        after = anyAfter(tokens, i + 1);
      } else if (w.equals("any") && deniedJustBefore(tokens, i)) {
        after = i + 1;
      } else if ((w.equals("anyone") || w.equals("anybody")) && deniedJustBefore(tokens, i)) {
        // "denied that anyone was killed"
        Denial d = triggerAfter(tokens, i, i + 1, VictimCategory.PEOPLE);
        if (d != null) {
          found.add(d);
          i = d.to() - 1;
        }
        continue;
      } else if (nobodyWords.contains(w)) {
        Denial d = nobody(tokens, i);
        if (d != null) {
          found.add(d);
          i = d.to() - 1;
        }
        continue;
      }
      if (after < 0) {
        continue;
      }
      List<Denial> here = nounDenials(tokens, i, after);
      if (here.isEmpty() && !w.equals("without")) {
        Denial d = victimDenial(tokens, i, after);
        if (d != null) {
          here = List.of(d);
        }
      }
      if (!here.isEmpty()) {
        found.addAll(here);
        i = here.get(here.size() - 1).to() - 1;
      }
    }
    return found;
  }

  /** "denied that any …", "denies any …": a denial verb just before "any". */
  private boolean deniedJustBefore(List<Token> tokens, int any) {
    for (int k = any - 1; k >= Math.max(0, any - 3); k--) {
      if (denyVerbs.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private String next(List<Token> tokens, int i) {
    return i + 1 < tokens.size() ? tokens.get(i + 1).lower() : "";
  }

  /** After "not": "any" within two words ("has not suffered any"), else -1. */
  private int anyAfter(List<Token> tokens, int from) {
    for (int k = from; k < Math.min(tokens.size(), from + 3); k++) {
      if (tokens.get(k).lower().equals("any")) {
        return k + 1;
      }
    }
    return -1;
  }

  /**
   * "no casualties", "no US casualties", "no casualty or injury on the rebel side", "not
   * suffered any losses": the casualty noun within two modifiers of the negation at {@code neg}.
   */
  private List<Denial> nounDenials(List<Token> tokens, int neg, int after) {
    int k = after;
    VictimCategory modifier = null;
    boolean ownModifier = false;
    while (k < tokens.size() && k < after + 3 && casualtyNouns.longestAt(tokens, k) == null) {
      Token t = tokens.get(k);
      String w = t.lower();
      PhraseTable.Match<VictimNoun> v = words.victims.longestAt(tokens, k);
      if (v != null && v.to() == k + 1) {
        modifier = v.value().category();
      } else if (ownWords.contains(w)) {
        ownModifier = true;
      } else if (!(t.posStartsWith("JJ") || t.posStartsWith("NNP") || w.equals("-"))
          || otherNounModifiers.contains(w)) {
        // "no immediate reports of casualties": another noun heads the phrase
        return List.of();
      }
      k++;
    }
    PhraseTable.Match<Outcome> noun = k < tokens.size() ? casualtyNouns.longestAt(tokens, k) : null;
    if (noun == null) {
      return List.of();
    }
    List<Denial> out = new ArrayList<>();
    List<PhraseTable.Match<Outcome>> nouns = new ArrayList<>(List.of(noun));
    int end = noun.to();
    // "no casualty or injury", "no deaths or injuries"
    if (end + 1 < tokens.size() && Set.of("or", "and").contains(tokens.get(end).lower())) {
      PhraseTable.Match<Outcome> second = casualtyNouns.longestAt(tokens, end + 1);
      if (second != null && second.value() != noun.value()) {
        nouns.add(second);
        end = second.to();
      }
    }
    VictimCategory named = modifier != null ? modifier : namedAfter(tokens, end);
    if (named == null && !ownModifier) {
      named = subjectOf(tokens, neg);
    }
    String head = tokens.get(noun.to() - 1).lower();
    boolean own = named == null && (ownModifier || ownSideNouns.contains(head)
        || nationality(tokens, after, noun.from()));
    for (PhraseTable.Match<Outcome> n : nouns) {
      out.add(new Denial(neg, end, n.value(), named == null ? VictimCategory.PEOPLE : named,
          own, Token.join(tokens, neg, end)));
    }
    return out;
  }

  /** "no US casualties": a nation's casualties are its forces' when it speaks of them. */
  private boolean nationality(List<Token> tokens, int from, int to) {
    for (int k = from; k < to; k++) {
      if (tokens.get(k).posStartsWith("NNP")) {
        return true;
      }
    }
    return false;
  }

  /** "… among the insurgents", "… on the Israeli side": victims named after the noun. */
  private VictimCategory namedAfter(List<Token> tokens, int end) {
    if (end >= tokens.size()) {
      return null;
    }
    String w = tokens.get(end).lower();
    if (!victimPrepositions.contains(w)) {
      return null;
    }
    for (int k = end + 1; k < Math.min(tokens.size(), end + 5); k++) {
      PhraseTable.Match<VictimNoun> v = words.victims.longestAt(tokens, k);
      if (v != null) {
        return v.value().category();
      }
      if (tokens.get(k).text().equals(",") || tokens.get(k).text().equals(".")) {
        return null;
      }
    }
    return null;
  }

  /** "Indian troops suffered no casualties": the victims that suffered them, named before. */
  private VictimCategory subjectOf(List<Token> tokens, int neg) {
    int k = neg - 1;
    while (k >= 0 && (notWords.contains(tokens.get(k).lower())
        || subjectSkips.contains(tokens.get(k).lower()))) {
      k--;
    }
    if (k < 0 || !sufferVerbs.contains(tokens.get(k).lower())) {
      return null;
    }
    for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
      PhraseTable.Match<VictimNoun> v = words.victims.longestAt(tokens, j);
      if (v != null && v.to() >= k - 1) {
        return v.value().category();
      }
    }
    return null;
  }

  /** "no one was injured", "nobody died", "none of the soldiers were hurt". */
  private Denial nobody(List<Token> tokens, int i) {
    int k = tokens.get(i).lower().equals("no") ? i + 2 : i + 1;
    VictimCategory victims = VictimCategory.PEOPLE;
    if (k < tokens.size() && tokens.get(k).lower().equals("of")) {
      int j = k + 1;
      if (j < tokens.size() && noneOfDeterminers.contains(tokens.get(j).lower())) {
        j++;
      }
      PhraseTable.Match<VictimNoun> v =
          j < tokens.size() ? words.victims.longestAt(tokens, j) : null;
      if (v == null) {
        return null;
      }
      victims = v.value().category();
      k = v.to();
    }
    return triggerAfter(tokens, i, k, victims);
  }

  /** "no soldier was killed", "no civilians were hurt": a victim noun and its trigger. */
  private Denial victimDenial(List<Token> tokens, int neg, int after) {
    int k = after;
    while (k < tokens.size() && k < after + 2 && tokens.get(k).posStartsWith("JJ")
        && words.victims.longestAt(tokens, k) == null) {
      k++;
    }
    PhraseTable.Match<VictimNoun> v =
        k < tokens.size() ? words.victims.longestAt(tokens, k) : null;
    if (v == null) {
      return null;
    }
    return triggerAfter(tokens, neg, v.to(), v.value().category());
  }

  /** The denial ending at the trigger right after {@code k} (past auxiliaries), or null. */
  private Denial triggerAfter(List<Token> tokens, int from, int k, VictimCategory victims) {
    while (k < tokens.size() && auxiliaries.contains(tokens.get(k).lower())) {
      k++;
    }
    PhraseTable.Match<Trigger> t =
        k < tokens.size() ? words.triggers.longestAt(tokens, k) : null;
    if (t == null || t.value().outcome() == Outcome.ARRESTED) {
      return null;
    }
    return new Denial(from, t.to(), t.value().outcome(), victims, false,
        Token.join(tokens, from, t.to()));
  }
}
