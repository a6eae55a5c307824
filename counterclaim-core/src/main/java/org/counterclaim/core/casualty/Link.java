package org.counterclaim.core.casualty;

/**
 * A victim phrase with the outcome a trigger gave it, in sentence {@code sentence}; {@code part}
 * when the phrase counts members of another linked phrase ("including five women"), {@code
 * ownSide} when the victims are the speaker's own people ("we lost nine men").
 */
record Link(VictimPhrase phrase, Outcome outcome, VictimCategory category, int sentence,
    boolean part, boolean ownSide) {

  /** A link that is no part of another figure and not the speaker's own side. */
  Link(VictimPhrase phrase, Outcome outcome, VictimCategory category, int sentence) {
    this(phrase, outcome, category, sentence, false, false);
  }
}
