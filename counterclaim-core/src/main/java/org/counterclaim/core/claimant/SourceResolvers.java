package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Makes the {@link SourceResolver} of each report from what every report's resolver shares: the
 * actor registry, the claimant classifier, and the words by which a phrase points back to a
 * source named before (pronouns, "the statement") or describes an unnamed one. Build once per
 * process.
 */
public final class SourceResolvers {

  final ActorRegistry registry;
  final ClaimantClassifier classifier;
  final Set<String> personPronouns;
  final Set<String> groupPronouns;
  final Set<String> roleSkip;
  final Set<String> documents;
  final Set<String> definite;
  final Pattern descriptionOpener;

  /**
   * Resolvers that know the actors of {@code registry}, type parties with {@code classifier} and
   * read the words of {@code vocabulary}.
   */
  public SourceResolvers(ActorRegistry registry, ClaimantClassifier classifier,
      Vocabulary vocabulary) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
    this.personPronouns = vocabulary.words("claimant/person-pronouns.txt");
    this.groupPronouns = vocabulary.words("claimant/group-pronouns.txt");
    this.roleSkip = vocabulary.words("claimant/role-skip-words.txt");
    this.documents = vocabulary.words("claimant/statement-documents.txt");
    this.definite = vocabulary.words("claimant/definite-openers.txt");
    List<String> openers = vocabulary.list("claimant/description-openers.txt");
    this.descriptionOpener = Pattern.compile("^(?i)("
        + openers.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\s+");
  }

  /** A fresh resolver for the report whose text is {@code text}. */
  public SourceResolver of(String text) {
    return new SourceResolver(this, text);
  }

  /** The actor registry the resolvers name actors from. */
  ActorRegistry registry() {
    return registry;
  }

  /** The classifier the resolvers type parties with. */
  ClaimantClassifier classifier() {
    return classifier;
  }
}
