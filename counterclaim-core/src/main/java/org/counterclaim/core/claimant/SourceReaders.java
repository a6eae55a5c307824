package org.counterclaim.core.claimant;

import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The readers of sources a process builds once from its vocabulary and actor registry, which
 * the sources and quotes stages share: the finder of source phrases, the reader of parsed
 * clauses, the maker of each report's resolver, the attributions and the sentence cues.
 */
public record SourceReaders(SourceFinder finder, ClauseSources clauses,
    SourceResolvers resolvers, Attributions attributions, SourceCues cues) {

  /** The readers of the words of {@code vocabulary} and the actors of {@code registry}. */
  public static SourceReaders of(Vocabulary vocabulary, ActorRegistry registry) {
    AttributionVerbs verbs = new AttributionVerbs(vocabulary);
    RoleVocabulary roles = new RoleVocabulary(vocabulary);
    SourceFinder finder = new SourceFinder(vocabulary, roles);
    ClauseSources clauses = new ClauseSources(vocabulary, verbs, finder);
    SourceResolvers resolvers = new SourceResolvers(registry,
        new ClaimantClassifier(registry, vocabulary, roles), vocabulary);
    return new SourceReaders(finder, clauses, resolvers,
        new Attributions(resolvers, finder, vocabulary), new SourceCues(finder, verbs, clauses));
  }
}
