package org.counterclaim.core.casualty;

import java.util.List;

/**
 * A counted group of victims in a sentence: tokens {@code from}..{@code to} (exclusive) cover the
 * count and the victim words. {@code victimText} is null when the count stands alone ("killing
 * three"); {@code others} marks "two others", which adds to the victims named before it. {@code
 * implied} is the outcome the phrase itself states ("two killed terrorists", "the bodies of 20
 * soldiers"), null when it states none. {@code subset} marks members of a group named before
 * ("including two children"); {@code anaphoric} marks "the hostages", whose count must be taken
 * from an earlier figure.
 */
record VictimPhrase(
    int from,
    int to,
    CountRange count,
    boolean negative,
    VictimCategory category,
    String victimText,
    boolean others,
    Outcome implied,
    boolean subset,
    boolean anaphoric) {

  VictimPhrase(int from, int to, CountRange count, boolean negative, VictimCategory category,
      String victimText, boolean others) {
    this(from, to, count, negative, category, victimText, others, null, false, false);
  }

  VictimPhrase(int from, int to, CountRange count, boolean negative, VictimCategory category,
      String victimText, boolean others, Outcome implied) {
    this(from, to, count, negative, category, victimText, others, implied, false, false);
  }

  /** This phrase marked as a member of a group named before it ("including two children"). */
  VictimPhrase asSubset() {
    return new VictimPhrase(from, to, count, negative, category, victimText, others, implied, true,
        anaphoric);
  }

  /** This phrase with its count taken from an earlier figure. */
  VictimPhrase resolvedTo(CountRange resolved) {
    return new VictimPhrase(from, to, resolved, negative, category, victimText, others, implied,
        subset, false);
  }

  /** True when the count stands alone, without victim words. */
  boolean bare() {
    return victimText == null;
  }

  /** The phrase of {@code phrases} that ends at token {@code end}, or null. */
  static VictimPhrase endingAt(List<VictimPhrase> phrases, int end) {
    for (VictimPhrase p : phrases) {
      if (p.to() == end) {
        return p;
      }
    }
    return null;
  }

  /** The phrase of {@code phrases} that starts at token {@code start}, or null. */
  static VictimPhrase startingAt(List<VictimPhrase> phrases, int start) {
    for (VictimPhrase p : phrases) {
      if (p.from() == start) {
        return p;
      }
    }
    return null;
  }
}
