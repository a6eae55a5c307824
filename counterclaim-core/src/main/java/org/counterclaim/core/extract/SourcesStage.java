package org.counterclaim.core.extract;

import org.counterclaim.core.claimant.Attributions;
import org.counterclaim.core.claimant.ReportSources;
import org.counterclaim.core.claimant.SourceCues;

/**
 * Finds and resolves, once per report, the source phrases of each sentence (with {@code sources})
 * and whom each sentence attributes its statements to (with {@code attributions}), asking for the
 * sentences {@code cues} pick. Claims and quotes read what it found.
 */
public record SourcesStage(ReportSources sources, Attributions attributions, SourceCues cues)
    implements Stage {

  @Override
  public void run(Draft draft) {
    draft.sources = sources.of(draft.text());
    draft.attributions = attributions.of(draft.text(), draft.report(), draft.sources);
  }
}
