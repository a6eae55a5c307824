package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/**
 * Reads figures that are parts of another: members counted after "including" or "among them",
 * victims said to be "among" a figure, and groups listed after "the dead included".
 */
final class PartFigures {

  private final CasualtyVocabulary words;
  private final TriggerArguments arguments;
  private final VictimCategories categories;
  private final Set<String> listVerbs;
  private final Map<String, Outcome> listedOutcomes;

  /**
   * Part figures read with the words of {@code words}, reading listed groups with {@code
   * arguments} and their victims with {@code categories}.
   */
  PartFigures(CasualtyVocabulary words, TriggerArguments arguments, VictimCategories categories) {
    this.words = words;
    this.arguments = arguments;
    this.categories = categories;
    this.listVerbs = words.words("list-verbs.txt");
    this.listedOutcomes = words.outcomes("listed-outcomes.tsv");
  }

  /**
   * "Five people, including two women, were killed": the members counted after "including",
   * "mostly" or "among them" are a part of the figure before them, with its outcome.
   */
  List<Link> parts(List<VictimPhrase> phrases, List<Link> links,
      Set<VictimPhrase> used, int sentence) {
    List<Link> parts = new ArrayList<>();
    for (VictimPhrase p : phrases) {
      if (!p.subset() || p.negative() || p.count() == null || p.anaphoric() || used.contains(p)) {
        continue;
      }
      Link whole = null;
      for (Link l : links) {
        if (!l.part() && l.phrase().to() <= p.from()
            && (whole == null || l.phrase().from() > whole.phrase().from())) {
          whole = l;
        }
      }
      if (whole == null) {
        continue;
      }
      // "17 terrorists, including two high-value targets": a member named by a generic noun is
      // of its whole's class
      VictimCategory category = p.bare() || p.others() || p.category() == VictimCategory.PEOPLE
          ? whole.category() : p.category();
      if (words.singledOut(p) && (whole.ownSide() || !newClass(whole.category(), p.category()))) {
        // "four soldiers, including a captain": one of them singled out, no part of its own
        continue;
      }
      if (used.add(p)) {
        parts.add(new Link(p, whole.outcome(), category, sentence, true, false));
      }
    }
    return parts;
  }

  /**
   * "Four children were among 14 civilians killed", "a child was among three people killed": the
   * victims said to be among a figure are a part of it.
   */
  List<Link> amongParts(List<Token> tokens, List<VictimPhrase> phrases,
      List<Link> links, Set<VictimPhrase> used, int sentence) {
    List<Link> parts = new ArrayList<>();
    for (VictimPhrase p : phrases) {
      if (p.negative() || p.count() == null || p.anaphoric() || used.contains(p)) {
        continue;
      }
      int k = p.to();
      while (k < tokens.size() && words.auxAndAdverbs.contains(tokens.get(k).lower())
          && !tokens.get(k).lower().equals("among")) {
        k++;
      }
      if (k + 1 >= tokens.size() || !tokens.get(k).lower().equals("among")) {
        continue;
      }
      for (Link l : links) {
        if (l.phrase().from() == k + 1 && !l.part() && used.add(p)) {
          VictimCategory category =
              p.category() == VictimCategory.PEOPLE ? l.category() : p.category();
          parts.add(new Link(p, l.outcome(), category, sentence, true, false));
          break;
        }
      }
    }
    return parts;
  }

  /**
   * "The injured included 19 police officers, five rescuers and a child", "among the dead were
   * …": each group listed is a part of those killed or hurt.
   */
  void included(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Outcome outcome = listedOutcome(tokens.get(i).lower());
      if (outcome == null || !tokens.get(i - 1).lower().equals("the")
          || !listVerbs.contains(tokens.get(i + 1).lower())) {
        continue;
      }
      for (VictimPhrase p : arguments.objects(tokens, phrases, i + 2)) {
        if (!p.negative() && p.count() != null && !p.anaphoric() && used.add(p)) {
          links.add(new Link(p, outcome, categories.category(p, phrases), sentence, true, false));
        }
      }
    }
  }

  private Outcome listedOutcome(String w) {
    return listedOutcomes.get(w);
  }

  /**
   * Whether one member singled out ("including a policeman") adds a class its whole did not
   * count: a specific class among people, or forces or militants among civilians.
   */
  private boolean newClass(VictimCategory whole, VictimCategory member) {
    return whole == VictimCategory.PEOPLE && member != VictimCategory.PEOPLE
        || whole == VictimCategory.CIVILIANS
            && (member.isStateForces() || member == VictimCategory.MILITANTS);
  }
}
