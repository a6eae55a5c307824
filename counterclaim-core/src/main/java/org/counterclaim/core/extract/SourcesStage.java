package org.counterclaim.core.extract;

import org.counterclaim.core.claimant.Attributions;
import org.counterclaim.core.claimant.ClauseSources;
import org.counterclaim.core.claimant.SentenceSources;
import org.counterclaim.core.claimant.SourceCues;

/**
 * Finds, once per report, the source phrases of each sentence (with {@code clauses} where it is
 * parsed) and whom each sentence attributes its statements to (with {@code attributions}), asking
 * for the sentences {@code cues} pick.
 */
public record SourcesStage(ClauseSources clauses, Attributions attributions, SourceCues cues)
    implements Stage {

  @Override
  public void run(Draft draft) {
    draft.sources = draft.text().sentences().stream()
        .map(s -> SentenceSources.of(s, clauses)).toList();
    draft.attributions = attributions.of(draft.text(), draft.report(), draft.sources);
  }
}
