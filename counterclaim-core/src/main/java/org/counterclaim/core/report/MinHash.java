package org.counterclaim.core.report;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * MinHash signatures of texts over their five-word shingles, to find reports that are nearly the
 * same text (a wire story republished with another first line or footer) without comparing every
 * report with every other: signatures are cut into bands, and reports sharing a band are the only
 * candidates compared.
 */
public final class MinHash {

  /** Hash functions in a signature. */
  public static final int SIZE = 64;
  /** Rows per band: 16 bands of 4 rows find pairs above 0.8 similarity almost surely. */
  public static final int ROWS = 4;
  private static final int SHINGLE = 5;
  /** Shingle containment from which a report is a near-copy of another. */
  public static final double NEAR_COPY = 0.8;

  /**
   * A stored report that shares a signature band with a new one: its key, its text, and the
   * report it itself copies (null when none).
   */
  public record Candidate(String key, String text, String copyOf) {}

  private MinHash() {}

  /** The signature of {@code text} (lower-cased words, punctuation dropped). */
  public static int[] signature(String text) {
    Set<Integer> shingles = shingles(text);
    int[] sig = new int[SIZE];
    java.util.Arrays.fill(sig, Integer.MAX_VALUE);
    for (int s : shingles) {
      for (int i = 0; i < SIZE; i++) {
        int h = mix(s, i);
        if (h < sig[i]) {
          sig[i] = h;
        }
      }
    }
    return sig;
  }

  /** The share of positions where two signatures agree: an estimate of shingle similarity. */
  public static double similarity(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      same += a[i] == b[i] ? 1 : 0;
    }
    return same / (double) SIZE;
  }

  /**
   * The share of the shorter text's five-word shingles that the other has too: 1 when one text
   * is the other with a headline, dateline or footer added.
   */
  public static double containment(String a, String b) {
    Set<Integer> x = shingles(a);
    Set<Integer> y = shingles(b);
    if (x.isEmpty() || y.isEmpty()) {
      return x.equals(y) ? 1 : 0;
    }
    int both = 0;
    for (int s : x) {
      both += y.contains(s) ? 1 : 0;
    }
    return both / (double) Math.min(x.size(), y.size());
  }

  /**
   * The report {@code text} nearly repeats: among {@code candidates} (reports sharing a
   * signature band), the one whose shingles it shares most, from {@value #NEAR_COPY} of the
   * shorter text's, or rather the report that one itself copies; null when none.
   */
  public static String nearCopyOf(String text, Iterable<Candidate> candidates) {
    String best = null;
    double bestSimilarity = NEAR_COPY;
    for (Candidate c : candidates) {
      // bands only find candidates; their shingles decide (a 64-hash estimate of a short
      // report's similarity is too rough, and a new headline and footer weigh too much in a
      // short report's Jaccard similarity)
      double s = containment(text, c.text());
      if (s >= bestSimilarity) {
        bestSimilarity = s;
        best = c.copyOf() != null ? c.copyOf() : c.key();
      }
    }
    return best;
  }

  /** The lookup keys of a signature's bands. */
  public static List<String> bands(int[] sig) {
    List<String> out = new ArrayList<>(SIZE / ROWS);
    for (int b = 0; b < SIZE / ROWS; b++) {
      int h = 17;
      for (int r = 0; r < ROWS; r++) {
        h = h * 31 + sig[b * ROWS + r];
      }
      out.add(b + ":" + Integer.toHexString(h));
    }
    return out;
  }

  /** A signature as hexadecimal text, for storage. */
  public static String encode(int[] sig) {
    StringBuilder sb = new StringBuilder(SIZE * 8);
    for (int v : sig) {
      sb.append(String.format(Locale.ROOT, "%08x", v));
    }
    return sb.toString();
  }

  /** A signature from {@link #encode}. */
  public static int[] decode(String hex) {
    int[] sig = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      sig[i] = Integer.parseUnsignedInt(hex.substring(i * 8, i * 8 + 8), 16);
    }
    return sig;
  }

  private static Set<Integer> shingles(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
    List<String> kept = new ArrayList<>(words.length);
    for (String w : words) {
      if (!w.isEmpty()) {
        kept.add(w);
      }
    }
    Set<Integer> out = new HashSet<>();
    if (kept.size() < SHINGLE) {
      out.add(String.join(" ", kept).hashCode());
      return out;
    }
    for (int i = 0; i + SHINGLE <= kept.size(); i++) {
      out.add(String.join(" ", kept.subList(i, i + SHINGLE)).hashCode());
    }
    return out;
  }

  /** The {@code i}-th hash of a shingle: a multiply-xorshift mix, positive. */
  private static int mix(int value, int i) {
    long h = (value & 0xffffffffL) * 0x9E3779B97F4A7C15L + i * 0xC2B2AE3D27D4EB4FL;
    h ^= h >>> 31;
    h *= 0xBF58476D1CE4E5B9L;
    h ^= h >>> 29;
    return (int) (h & 0x7fffffff);
  }
}
