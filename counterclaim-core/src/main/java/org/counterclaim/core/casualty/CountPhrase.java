package org.counterclaim.core.casualty;

/**
 * A count written in a sentence: tokens {@code from} (inclusive) to {@code to} (exclusive). A
 * negative phrase ("no", "nobody") has a null range and denies that anyone was affected.
 */
public record CountPhrase(int from, int to, CountRange range, boolean negative) {}
