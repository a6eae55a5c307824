package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.casualty.VictimHeads.Head;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds counted victim groups in a sentence: a count phrase and the victim words after it ("more
 * than 22 security personnel", "two others", "five"), a singular victim ("a policeman", "the
 * suicide bomber"), or an ordinal one ("a third").
 */
final class VictimPhrases {

  private final CasualtyVocabulary words;
  private final VictimHeads heads;
  private final NamedVictims named;
  private final Set<String> singularDeterminers;
  private final Set<String> ordinals;
  private final Set<String> lifeTakers;
  private final Set<String> bareCountFollowers;
  private final Set<String> dateWords;
  private final Set<String> tollWords;
  private final Set<String> tollPrepositions;
  private final Set<String> anotherFollowers;
  private final Set<String> othersWords;
  private final Set<String> subsetCues;

  /** Victim phrases read with the words of {@code words}. */
  VictimPhrases(CasualtyVocabulary words) {
    this.words = words;
    this.heads = new VictimHeads(words);
    this.named = new NamedVictims(words, heads);
    this.singularDeterminers = words.words("singular-determiners.txt");
    this.ordinals = words.words("ordinals.txt");
    this.lifeTakers = words.words("life-takers.txt");
    this.bareCountFollowers = words.words("bare-count-followers.txt");
    this.dateWords = words.words("date-words.txt");
    this.tollWords = words.words("toll-words.txt");
    this.tollPrepositions = words.words("toll-prepositions.txt");
    this.anotherFollowers = words.words("another-followers.txt");
    this.othersWords = words.words("others-words.txt");
    this.subsetCues = words.words("subset-cues.txt");
  }

  /**
   * All victim phrases of the sentence, left to right, found after {@code counts} and elsewhere;
   * {@code knownNames} (lower case) are names of people the report named before, which count as
   * people here even where named-entity recognition missed them ("Nazami was killed" after
   * "Molvi Ahmad Tayyab Nazami"); {@code armedGroup} tells whether a name is an armed group's
   * ("four Boko Haram members" are militants, "two NUM members" people).
   */
  List<VictimPhrase> find(Sentence sentence, List<CountPhrase> counts, Set<String> knownNames,
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
      if (singularDeterminers.contains(w)) {
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
              || named.isNamedWithApposition(tokens, i)
              || tokens.get(i).posStartsWith("NNP") && knownNames.contains(w))
          && (i == 0 || !tokens.get(i - 1).posStartsWith("IN") && !tokens.get(i - 1).posStartsWith("NNP")
          )) {
        p = named.person(tokens, i);
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
  private List<VictimPhrase> markSubsets(List<Token> tokens, List<VictimPhrase> phrases) {
    List<VictimPhrase> marked = new ArrayList<>(phrases.size());
    VictimPhrase previous = null;
    for (VictimPhrase p : phrases) {
      int b = p.from() - 1;
      String before = b >= 0 ? tokens.get(b).lower() : "";
      boolean subset = subsetCues.contains(before) || (before.equals("them") && b > 0
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

  private VictimPhrase afterCount(Sentence sentence, CountPhrase c,
      java.util.function.Predicate<String> armedGroup) {
    List<Token> tokens = sentence.tokens();
    Head head = heads.head(tokens, c.to());
    if (head == null && !c.negative()) {
      head = heads.humanHead(tokens, c.to());
    }
    if (head != null) {
      head = heads.groupMembers(tokens, c.to(), head, armedGroup);
    }
    if (head != null) {
      boolean others = isOthers(tokens, c, head);
      if (!c.negative() && head.noun().singular() && !head.noun().plural() && c.range().low() > 1
          && !others) {
        // "two soldier" does not happen; a singular noun after a plural count is something else
        return null;
      }
      String text = VictimHeads.victimText(tokens, c.to(), head.to());
      Outcome implied = head.implied();
      if (tokens.get(head.to() - 1).lower().equals("lives")) {
        // "claimed more than 300 lives", "cost 12 lives"; "saved 20 lives" names no victims
        if (c.from() == 0 || !lifeTakers.contains(tokens.get(c.from() - 1).lower())) {
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

  private boolean bareCountFits(List<Token> tokens, CountPhrase c) {
    Token first = tokens.get(c.from());
    if (c.from() > 0 && dateWords.contains(tokens.get(c.from() - 1).lower())
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
    return bareCountFollowers.contains(next) || words.triggerAt(tokens, c.to());
  }

  /** "the toll stood at 40", "put the number of wounded at 30": a figure a toll word gives. */
  private boolean afterToll(List<Token> tokens, int count) {
    String before = tokens.get(count - 1).lower();
    if (!tollPrepositions.contains(before)) {
      return false;
    }
    for (int k = count - 2; k >= Math.max(0, count - 9); k--) {
      if (tollWords.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private VictimPhrase singular(List<Token> tokens, int i) {
    Head head = heads.head(tokens, i + 1);
    if (head == null && !tokens.get(i).lower().equals("the")) {
      head = heads.humanHead(tokens, i + 1);
    }
    if (head == null || !head.noun().singular() || tokens.get(head.from()).posStartsWith("NNP")) {
      return null;
    }
    if (tokens.get(i).lower().equals("the") && head.noun().category() == VictimCategory.PEOPLE
        && !tokens.get(head.to() - 1).lower().equals("victim")) {
      return null;
    }
    String text = VictimHeads.victimText(tokens, i + 1, head.to());
    return new VictimPhrase(i, head.to(), CountRange.exactly(1, tokens.get(i).text()), false,
        head.noun().category(), text, tokens.get(i).lower().equals("another"), head.implied());
  }

  /**
   * "the hostages", "all the victims", "both soldiers": victims named before, whose number the
   * extractor takes from the earlier figure. The count is a placeholder of 0 until resolved.
   */
  private VictimPhrase definitePlural(List<Token> tokens, int i) {
    int k = i + 1;
    if (k < tokens.size() && tokens.get(k).lower().equals("the")) {
      k++;
    }
    Head head = k < tokens.size() ? heads.head(tokens, k) : null;
    if (head == null || head.noun().singular() && !head.noun().plural() || head.from() - k > 2
        || tokens.get(head.from()).posStartsWith("NNP")) {
      return null;
    }
    if (head.from() >= k + 2 && tokens.get(k).lower().equals("number")
        && tokens.get(k + 1).lower().equals("of")) {
      // "the number of militants killed … has risen to 52": a toll's subject, counted where the
      // toll gives its figure, not the militants named before
      return null;
    }
    boolean both = tokens.get(i).lower().equals("both");
    CountRange count = both ? CountRange.exactly(2, tokens.get(i).text())
        : new CountRange(0, 0, Qualifier.EXACT, Token.join(tokens, i, head.to()));
    return new VictimPhrase(i, head.to(), count, false, head.noun().category(),
        VictimHeads.victimText(tokens, k, head.to()), false, head.implied(), false, !both);
  }

  /** "… were killed and another was injured": one more of the victims named before. */
  private VictimPhrase bareAnother(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size()) {
      return null;
    }
    int k = i + 1;
    while (k < tokens.size() - 1 && Set.of("\"", "“", "``", "'", "‘").contains(tokens.get(k).text())) {
      k++;
    }
    String next = tokens.get(k).lower();
    if (!anotherFollowers.contains(next)
        && !words.triggerAt(tokens, k)) {
      return null;
    }
    return new VictimPhrase(i, i + 1, CountRange.exactly(1, tokens.get(i).text()), false,
        VictimCategory.PEOPLE, null, true);
  }

  /** "a third", "another", "a sixth attacker": one more victim of the group named before. */
  private VictimPhrase ordinal(List<Token> tokens, int i) {
    if (i + 1 >= tokens.size() || !ordinals.contains(tokens.get(i + 1).lower())
        || tokens.get(i).lower().equals("the")) {
      return null;
    }
    Head head = i + 2 < tokens.size() ? heads.head(tokens, i + 2) : null;
    if (head != null && head.from() == i + 2) {
      return new VictimPhrase(i, head.to(), CountRange.exactly(1, joinedText(tokens, i, i + 2)),
          false, head.noun().category(), VictimHeads.victimText(tokens, i + 2, head.to()), true, head.implied());
    }
    return new VictimPhrase(i, i + 2, CountRange.exactly(1, joinedText(tokens, i, i + 2)), false,
        VictimCategory.PEOPLE, null, true);
  }

  private String joinedText(List<Token> tokens, int from, int to) {
    return Token.join(tokens, from, to);
  }

  private boolean isOthers(List<Token> tokens, CountPhrase c, Head head) {
    if (tokens.get(c.from()).lower().equals("another")) {
      return true;
    }
    for (int k = c.to(); k < head.to(); k++) {
      String w = tokens.get(k).lower();
      if (othersWords.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
