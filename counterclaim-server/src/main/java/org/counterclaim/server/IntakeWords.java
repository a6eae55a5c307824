package org.counterclaim.server;

import java.util.Objects;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * What the server reads posted reports with before and after extraction: the {@code vocabulary}
 * that cleans a posted page and weighs words when reports are grouped, and the actor {@code
 * registry} that names the parties claimants speak for — the same as the extractor's, so that
 * {@code serve --vocabulary/--actors} holds for every posted report.
 */
public record IntakeWords(Vocabulary vocabulary, ActorRegistry registry) {

  public IntakeWords {
    Objects.requireNonNull(vocabulary, "vocabulary");
    Objects.requireNonNull(registry, "registry");
  }

  /** The shipped vocabulary and actors. */
  public static IntakeWords shipped() {
    return new IntakeWords(Vocabulary.shipped(), ActorRegistry.shipped());
  }
}
