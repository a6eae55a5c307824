package org.counterclaim.core.extract;

import org.counterclaim.core.actor.ActorFinder;
import org.counterclaim.core.actor.ResponsibilityFinder;

/**
 * Lists the actors a report names ({@code actors}) and who it says claimed, was blamed for or
 * denied an attack ({@code responsibility}).
 */
public record ActorsStage(ActorFinder actors, ResponsibilityFinder responsibility) implements Stage {

  @Override
  public void run(Draft draft) {
    draft.actors = actors.find(draft.text());
    draft.responsibility = responsibility.find(draft.text());
  }
}
