package org.counterclaim.core.claimant;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.actor.ClaimantType;

/**
 * The parties a report has named so far, for what points back to them: the armed group named last
 * or by the noun the report gave it ("the SDF militia" … "the militia said"), and the party to the
 * conflict named last ("The Nigerian army did not respond. In a statement it said …").
 */
final class Parties {

  private final ActorRegistry registry;
  private final String text;
  private Actor lastArmedGroup;
  private final Map<String, Actor> describedAs = new HashMap<>();
  private Actor lastParty;
  private Span lastPartyAt;

  Parties(ActorRegistry registry, String text) {
    this.registry = registry;
    this.text = text;
  }

  /** Notes the parties sentence {@code s} names. */
  void observe(Sentence s) {
    List<Token> t = s.tokens();
    for (ActorRegistry.Match m : registry.find(t)) {
      if (m.actor().type() == ClaimantType.ARMED_GROUP) {
        lastArmedGroup = m.actor();
        if (m.to() < t.size() && Character.isLowerCase(t.get(m.to()).text().charAt(0))) {
          // "the SDF militia", "the BLA group": what the report may call it later
          describedAs.put(t.get(m.to()).lower(), m.actor());
        }
      }
      ClaimantType type = registry.speakingType(m.actor());
      if (type.isState() || type == ClaimantType.ARMED_GROUP) {
        // a party to the conflict, not an outlet or monitor that relays it
        lastParty = m.actor();
        lastPartyAt = Span.of(text, t.get(m.from()).start(), t.get(m.to() - 1).end());
      }
    }
  }

  /**
   * The armed group a description without a name points back to: the group the report called by
   * the same noun ("the SDF militia" … "the militia said"), else the armed group named last —
   * earlier in this sentence ({@code s} before token {@code before}) too.
   */
  Actor referent(Sentence s, int before, List<Token> phrase) {
    String head = phrase.get(phrase.size() - 1).lower();
    Actor described = describedAs.get(head);
    Actor last = lastArmedGroup;
    for (ActorRegistry.Match m : registry.find(s.tokens().subList(0, before))) {
      if (m.actor().type() == ClaimantType.ARMED_GROUP) {
        last = m.actor();
        if (m.to() < before && s.tokens().get(m.to()).lower().equals(head)) {
          described = m.actor();
        }
      }
    }
    return described != null ? described : last;
  }

  /**
   * The organisation an "it" points to: {@code source}, unless a party to the conflict was named
   * after it without speaking ("The Nigerian army did not respond. In a statement it said …").
   */
  Source laterParty(Source source) {
    if (lastParty == null || source != null
        && (source.mention().start() >= lastPartyAt.start()
            || lastParty.id().equals(source.actor()))) {
      return source;
    }
    Actor a = lastParty;
    return new Source(a.name(), null, a.id(), registry.speakingType(a), null, lastPartyAt,
        a.name(), a.name());
  }
}
