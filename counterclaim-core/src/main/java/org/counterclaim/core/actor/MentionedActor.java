package org.counterclaim.core.actor;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.counterclaim.core.report.Span;

/**
 * An actor named in a report with every place it is named. {@code id} is the registry id, null for
 * organisations the registry does not know (their type is {@code other}).
 */
public record MentionedActor(
    @JsonInclude(JsonInclude.Include.ALWAYS) String id,
    String name,
    ClaimantType type,
    List<Span> mentions) {
  public MentionedActor {
    mentions = List.copyOf(mentions);
  }
}
