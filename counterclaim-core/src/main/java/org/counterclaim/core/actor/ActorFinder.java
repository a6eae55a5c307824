package org.counterclaim.core.actor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Span;

/**
 * Lists the actors a report names: registry names anywhere in the text, and organisations that
 * named-entity recognition finds in analysed sentences, which are kept with type {@code other}.
 */
public final class ActorFinder {

  private final ActorRegistry registry;

  /** A finder that knows the actors of {@code registry}. */
  public ActorFinder(ActorRegistry registry) {
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /** The actors of the text in order of first mention. */
  public List<MentionedActor> find(AnalyzedText text) {
    Map<String, Builder> byKey = new LinkedHashMap<>();
    for (Sentence s : text.sentences()) {
      List<Token> tokens = s.tokens();
      boolean[] taken = new boolean[tokens.size()];
      for (ActorRegistry.Match m : registry.find(tokens)) {
        Actor a = m.actor();
        byKey.computeIfAbsent("id:" + a.id(), k -> new Builder(a.id(), a.name(), a.type()))
            .add(span(text.text(), tokens, m.from(), m.to()));
        for (int k = m.from(); k < m.to(); k++) {
          taken[k] = true;
        }
      }
      if (!s.deep()) {
        continue;
      }
      int i = 0;
      while (i < tokens.size()) {
        if (tokens.get(i).entity() != EntityType.ORGANIZATION || taken[i]) {
          i++;
          continue;
        }
        int j = i;
        while (j < tokens.size() && tokens.get(j).entity() == EntityType.ORGANIZATION && !taken[j]) {
          j++;
        }
        Span span = span(text.text(), tokens, i, j);
        byKey.computeIfAbsent("name:" + span.text(),
            k -> new Builder(null, span.text(), ClaimantType.OTHER)).add(span);
        i = j;
      }
    }
    List<MentionedActor> actors = new ArrayList<>();
    for (Builder b : byKey.values()) {
      actors.add(new MentionedActor(b.id, b.name, b.type, b.mentions));
    }
    return actors;
  }

  private static Span span(String text, List<Token> tokens, int from, int to) {
    return Span.of(text, tokens.get(from).start(), tokens.get(to - 1).end());
  }

  private static final class Builder {
    final String id;
    final String name;
    final ClaimantType type;
    final List<Span> mentions = new ArrayList<>();

    Builder(String id, String name, ClaimantType type) {
      this.id = id;
      this.name = name;
      this.type = type;
    }

    void add(Span s) {
      mentions.add(s);
    }
  }
}
