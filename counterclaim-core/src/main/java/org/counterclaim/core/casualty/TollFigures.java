package org.counterclaim.core.casualty;

import static org.counterclaim.core.casualty.VictimPhrase.startingAt;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

/**
 * Reads toll figures: "the death toll rose to 58", "put the number of wounded at 30", "the
 * security forces toll climbs to 31" — the figure a toll is given as, with the outcome and the
 * victims the toll words name.
 */
final class TollFigures {

  private final CasualtyVocabulary words;
  private final VictimCategories categories;
  private final Set<String> tollLinks;
  private final Set<String> tollModifiers;
  private final Set<String> numberOfFillers;
  private final Map<String, Outcome> numberOfOutcomes;
  private final Map<String, Outcome> numberOfVerbOutcomes;
  private final Set<String> groupPrepositions;

  /**
   * Toll figures read with the words of {@code words}, whose bare counts take their victims from
   * {@code categories}.
   */
  TollFigures(CasualtyVocabulary words, VictimCategories categories) {
    this.words = words;
    this.categories = categories;
    this.tollLinks = words.words("toll-links.txt");
    this.tollModifiers = words.words("toll-modifiers.txt");
    this.numberOfFillers = words.words("toll-number-fillers.txt");
    this.numberOfOutcomes = words.outcomes("toll-number-outcomes.tsv");
    this.numberOfVerbOutcomes = words.outcomes("toll-number-verb-outcomes.tsv");
    this.groupPrepositions = words.words("toll-group-prepositions.txt");
  }

  /**
   * "The death toll rose to 58", "put the number of wounded at 30": a claim for the figure the
   * toll is given as (the last one linked to it, so "rose from 10 to 58" gives 58).
   */
  void tollClaims(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    for (int i = 0; i < tokens.size(); i++) {
      Outcome outcome = tollAt(tokens, i);
      if (outcome == null) {
        continue;
      }
      VictimPhrase chosen = null;
      for (int k = i + 1; k < Math.min(tokens.size(), i + 25); k++) {
        if (k > i + 1 && tollAt(tokens, k) != null) {
          break;
        }
        VictimPhrase p = startingAt(phrases, k);
        if (p != null && !p.negative() && p.count() != null && linkedToToll(tokens, k)) {
          chosen = p;
        }
      }
      if (chosen != null && used.add(chosen)) {
        VictimCategory group = chosen.bare() ? tollGroup(tokens, i) : null;
        VictimCategory category = !chosen.bare() ? categories.category(chosen, phrases)
            : group != null ? group : forcesBefore(tokens, phrases, chosen);
        links.add(new Link(chosen, outcome, category, sentence));
      }
    }
  }

  /** "rose to 58", "at a much lower 50": a link word before the figure, past its modifiers. */
  private boolean linkedToToll(List<Token> tokens, int figure) {
    int k = figure - 1;
    while (k > 0 && tollModifiers.contains(tokens.get(k).lower())
        && !tollLinks.contains(tokens.get(k).lower())) {
      k--;
    }
    return k >= 0 && tollLinks.contains(tokens.get(k).lower());
  }

  /**
   * "nine soldiers were killed, but the toll was later lowered to eight": a bare toll counts the
   * forces or militants whose deaths the sentence stated before it, else people.
   */
  private VictimCategory forcesBefore(List<Token> tokens, List<VictimPhrase> phrases,
      VictimPhrase toll) {
    VictimCategory found = VictimCategory.PEOPLE;
    for (VictimPhrase q : phrases) {
      if (q.to() > toll.from()) {
        break;
      }
      int k = q.to();
      while (k < tokens.size() && words.auxAndAdverbs.contains(tokens.get(k).lower())) {
        k++;
      }
      boolean stated = k < tokens.size() && words.triggerAt(tokens, k);
      if (stated && !q.negative() && q.count() != null && !q.subset()
          && (q.category().isStateForces() || q.category() == VictimCategory.MILITANTS)) {
        found = q.category();
      }
    }
    return found;
  }

  /** The outcome a toll word at token i counts, or null: "toll", "number of dead", ... */
  private Outcome tollAt(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    String before = i > 0 ? tokens.get(i - 1).lower() : "";
    if (w.equals("toll") || w.equals("tally")) {
      return before.startsWith("injur") || before.startsWith("wound") ? Outcome.INJURED
          : Outcome.KILLED;
    }
    if (w.equals("number") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("of")) {
      int k = i + 2;
      if (numberOfFillers.contains(tokens.get(k).lower()) && k + 1 < tokens.size()) {
        k++;
      }
      String what = tokens.get(k).lower();
      Outcome named = numberOfOutcomes.get(what);
      if (named != null) {
        return named;
      }
      // "the number of security personnel killed", "the number of civilians wounded"
      for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
        String after = tokens.get(j).lower();
        Outcome stated = numberOfVerbOutcomes.get(after);
        if (stated != null) {
          return stated;
        }
      }
    }
    return null;
  }

  /**
   * The victim group a toll is about, named without a count right after its toll words ("the
   * death toll among security personnel", "the toll of soldiers") or right before them ("the
   * security forces toll"), or null. {@code toll} is the index of the toll word.
   */
  private VictimCategory tollGroup(List<Token> tokens, int toll) {
    int k = toll + 1;
    if (k < tokens.size() && groupPrepositions.contains(tokens.get(k).lower())) {
      int from = k + 1;
      if (from < tokens.size() && tokens.get(from).lower().equals("the")) {
        from++;
      }
      PhraseTable.Match<VictimNoun> m = from < tokens.size()
          ? words.victims.longestAt(tokens, from) : null;
      if (m != null) {
        return m.value().category();
      }
    }
    int end = toll > 0 && Set.of("death", "casualty").contains(tokens.get(toll - 1).lower())
        ? toll - 1 : toll;
    for (int from = Math.max(0, end - 3); from < end; from++) {
      PhraseTable.Match<VictimNoun> m = words.victims.longestAt(tokens, from);
      if (m != null && m.to() == end) {
        return m.value().category();
      }
    }
    return null;
  }
}
