package org.counterclaim.core.actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Reads who claimed, was blamed for, or denied an attack: "the Taliban claimed responsibility",
 * "sources attributed the attack to the TTP", "officials blamed ISKP", "the BLA denied
 * involvement". "No group claimed responsibility" names nobody. "The group" is the armed group
 * named last.
 */
public final class ResponsibilityFinder {

  private final Set<String> claimVerbs;
  private final Set<String> claimObjects;
  private final Set<String> denyVerbs;
  private final Set<String> denyObjects;
  private final Set<String> blameVerbs;
  private final Set<String> nobody;
  private final Set<String> groupReferences;
  private final ActorRegistry registry;

  /**
   * A finder that names actors from {@code registry} and reads claims, denials and blame with the
   * words of {@code vocabulary} (the {@code actor/} files).
   */
  public ResponsibilityFinder(ActorRegistry registry, Vocabulary vocabulary) {
    this.registry = Objects.requireNonNull(registry, "registry");
    Objects.requireNonNull(vocabulary, "vocabulary");
    this.claimVerbs = vocabulary.words("actor/claim-verbs.txt");
    this.claimObjects = vocabulary.words("actor/claim-objects.txt");
    this.denyVerbs = vocabulary.words("actor/deny-verbs.txt");
    this.denyObjects = vocabulary.words("actor/deny-objects.txt");
    this.blameVerbs = vocabulary.words("actor/blame-verbs.txt");
    this.nobody = vocabulary.words("actor/nobody-words.txt");
    this.groupReferences = vocabulary.words("actor/group-references.txt");
  }

  /** Every claim, blame and denial of the text, in text order. */
  public List<Responsibility> find(AnalyzedText text) {
    List<Responsibility> found = new ArrayList<>();
    Named lastGroup = null;
    for (Sentence s : text.sentences()) {
      List<Token> t = s.tokens();
      Span evidence = Span.of(text.text(), s.start(), s.end());
      for (int i = 0; i < t.size(); i++) {
        String w = t.get(i).lower();
        if (claimVerbs.contains(w) && claimObjectFollows(t, i)) {
          Named who = before(t, i, lastGroup);
          if (who != null) {
            add(found, who, Responsibility.Stance.CLAIMED, evidence);
          }
        } else if (denyVerbs.contains(w) && i + 1 < t.size()
            && denyObjects.contains(t.get(i + 1).lower())) {
          Named who = before(t, i, lastGroup);
          if (who != null) {
            add(found, who, Responsibility.Stance.DENIED, evidence);
          }
        } else if (blameVerbs.contains(w)) {
          Named who = blamed(t, i, lastGroup);
          if (who != null) {
            add(found, who, Responsibility.Stance.BLAMED, evidence);
          }
        }
      }
      for (ActorRegistry.Match m : registry.find(t)) {
        if (m.actor().type() == ClaimantType.ARMED_GROUP) {
          lastGroup = new Named(m.actor().id(), m.actor().name());
        }
      }
    }
    return found;
  }

  private record Named(String id, String name) {}

  private static void add(List<Responsibility> found, Named who, Responsibility.Stance stance,
      Span evidence) {
    for (Responsibility r : found) {
      if (r.name().equals(who.name()) && r.stance() == stance) {
        return;
      }
    }
    found.add(new Responsibility(who.id(), who.name(), stance, evidence));
  }

  private boolean claimObjectFollows(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      String w = t.get(k).lower();
      if (claimObjects.contains(w)) {
        return !(t.get(i).lower().equals("has") || t.get(i).lower().equals("have"))
            || k > i + 1 && t.get(i + 1).lower().startsWith("claim");
      }
    }
    return false;
  }

  /** The actor named just before the verb ("the Taliban claimed", "the group, which denied"). */
  private Named before(List<Token> t, int verb, Named lastGroup) {
    int from = Math.max(0, verb - 8);
    for (int k = verb - 1; k >= from; k--) {
      String w = t.get(k).lower();
      if (nobody.contains(w) && k >= verb - 3) {
        return null;
      }
      ActorRegistry.Match m = registry.at(t, k);
      if (m != null && m.to() <= verb) {
        // prefer a longer name that starts earlier and covers this one
        for (int j = k - 1; j >= Math.max(0, k - 6); j--) {
          ActorRegistry.Match longer = registry.at(t, j);
          if (longer != null && longer.to() >= m.to() && longer.to() <= verb) {
            m = longer;
          }
        }
        return new Named(m.actor().id(), m.actor().name());
      }
      if (groupReferences.contains(w) && lastGroup != null && k >= verb - 3) {
        return lastGroup;
      }
      if (t.get(k).entity() == EntityType.ORGANIZATION) {
        int start = k;
        while (start > 0 && t.get(start - 1).entity() == EntityType.ORGANIZATION) {
          start--;
        }
        return new Named(null, Token.join(t, start, k + 1));
      }
      if (w.equals(".") || w.equals(";")) {
        break;
      }
    }
    return null;
  }

  /** The actor blamed: "blamed X", "attributed the attack to X", "X was blamed". */
  private Named blamed(List<Token> t, int verb, Named lastGroup) {
    for (int k = verb + 1; k < Math.min(t.size(), verb + 10); k++) {
      ActorRegistry.Match m = registry.at(t, k);
      if (m != null && m.actor().type() == ClaimantType.ARMED_GROUP) {
        return new Named(m.actor().id(), m.actor().name());
      }
      if (t.get(k).entity() == EntityType.ORGANIZATION) {
        int end = k;
        while (end < t.size() && t.get(end).entity() == EntityType.ORGANIZATION) {
          end++;
        }
        return new Named(null, Token.join(t, k, end));
      }
      if (t.get(k).lower().equals(".") || t.get(k).lower().equals(";")) {
        break;
      }
    }
    return null;
  }

}
