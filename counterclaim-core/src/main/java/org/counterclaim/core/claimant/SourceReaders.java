package org.counterclaim.core.claimant;

import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The readers of sources a process builds once from its vocabulary and actor registry: the finder
 * of reporting phrases, the finder and resolver of each report's source phrases, the attributions
 * and the sentence cues.
 */
public record SourceReaders(SourceFinder finder, ReportSources sources, Attributions attributions,
    SourceCues cues) {

  /** The readers of the words of {@code vocabulary} and the actors of {@code registry}. */
  public static SourceReaders of(Vocabulary vocabulary, ActorRegistry registry) {
    AttributionVerbs verbs = new AttributionVerbs(vocabulary);
    RoleVocabulary roles = new RoleVocabulary(vocabulary);
    SourceFinder finder = new SourceFinder(vocabulary, roles);
    ClauseSources clauses = new ClauseSources(vocabulary, verbs, finder);
    SourceResolvers resolvers = new SourceResolvers(registry,
        new ClaimantClassifier(registry, vocabulary, roles), vocabulary);
    ClaimOwners owners = new ClaimOwners(vocabulary, finder.spans());
    return new SourceReaders(finder, new ReportSources(finder, clauses, owners, resolvers),
        new Attributions(resolvers, vocabulary), new SourceCues(finder, verbs, clauses));
  }
}
