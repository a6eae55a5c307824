package org.counterclaim.core.nlp;

/**
 * A number written in a sentence ("36", "1,200", "twenty-five", "two hundred"): the tokens
 * {@code from} (inclusive) to {@code to} (exclusive) of its sentence and its normalised value.
 */
public record NumberMention(int from, int to, long value) {}
