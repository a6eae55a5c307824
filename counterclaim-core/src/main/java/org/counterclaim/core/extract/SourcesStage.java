package org.counterclaim.core.extract;

import org.counterclaim.core.claimant.Attributions;
import org.counterclaim.core.claimant.SourceCues;

/**
 * Finds, once per report, whom each sentence attributes its statements to: with {@code
 * attributions}, asking for the sentences {@code cues} pick.
 */
public record SourcesStage(Attributions attributions, SourceCues cues) implements Stage {

  @Override
  public void run(Draft draft) {
    draft.attributions = attributions.of(draft.text(), draft.report());
  }
}
