package org.counterclaim.core.casualty;

/** A casualty word or phrase in a sentence: tokens {@code from}..{@code to} (exclusive). */
record Trigger(int from, int to, Outcome outcome, Form form) {

  /** How a trigger takes its victims; see triggers.tsv. */
  enum Form {
    PARTICIPLE,
    PROGRESSIVE,
    FINITE,
    INTRANSITIVE,
    ADJECTIVE,
    CAPTURE,
    NOMINAL
  }
}
