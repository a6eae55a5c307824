package org.counterclaim.core.nlp;

import java.util.Objects;

/**
 * A token's link in a sentence's dependency parse: the index of its head token in the same
 * sentence ({@code -1} for the root) and the Universal Dependencies relation ("nsubj", "ccomp",
 * "nmod:poss").
 */
public record Dependency(int head, String relation) {

  public Dependency {
    Objects.requireNonNull(relation, "relation");
  }
}
