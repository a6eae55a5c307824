package org.counterclaim.core.claimant;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.actor.ClaimantType;

/**
 * A resolved source of statements: the canonical name ("Khawaja Asif", not "Asif" or "he"; null
 * for an unnamed source), the role the text gives ("Defence Minister", "security official"), the
 * registry id of the actor it names or speaks for, its type, the outlet it spoke to, and where the
 * text names it ({@code mention}, which for "he said" is the pronoun). {@code description} is the
 * phrase as written and {@code party} the registry name of the actor it speaks for (both kept
 * out of JSON).
 */
public record Source(
    @JsonInclude(JsonInclude.Include.ALWAYS) String name,
    @JsonInclude(JsonInclude.Include.ALWAYS) String role,
    @JsonInclude(JsonInclude.Include.ALWAYS) String actor,
    ClaimantType type,
    @JsonInclude(JsonInclude.Include.ALWAYS) String toldTo,
    Span mention,
    @JsonIgnore String description,
    @JsonIgnore String party) {

  public Source {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(mention, "mention");
  }

  /**
   * The claimant this source makes of the figures it states: the party it speaks for when the
   * registry knows it (a Taliban spokesman's figures are the Taliban's), else its name, else its
   * description ("a security official").
   */
  public Claimant claimant() {
    return new Claimant(party != null ? party : name != null ? name : description, type);
  }

  /** This source named again at another place. */
  Source at(Span otherMention) {
    return new Source(name, role, actor, type, toldTo, otherMention, description, party);
  }

  /** This source speaking to another outlet (or to none). */
  Source toldTo(String outlet) {
    return new Source(name, role, actor, type, outlet, mention, description, party);
  }
}
