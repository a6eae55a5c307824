package org.counterclaim.core.extract;

import org.counterclaim.core.claimant.Attributions;
import org.counterclaim.core.claimant.ClauseSources;
import org.counterclaim.core.claimant.SentenceSources;
import org.counterclaim.core.claimant.SourceCues;
import org.counterclaim.core.claimant.SourceFinder;

/**
 * Finds, once per report, the source phrases of each sentence (with {@code finder}, and with
 * {@code clauses} where it is parsed) and whom each sentence attributes its statements to (with
 * {@code attributions}), asking for the sentences {@code cues} pick.
 */
public record SourcesStage(SourceFinder finder, ClauseSources clauses, Attributions attributions,
    SourceCues cues) implements Stage {

  @Override
  public void run(Draft draft) {
    draft.sources = draft.text().sentences().stream()
        .map(s -> SentenceSources.of(s, finder, clauses)).toList();
    draft.attributions = attributions.of(draft.text(), draft.report(), draft.sources);
  }
}
