package org.counterclaim.core.place;

/**
 * How alike two place names are: edit-distance similarity of lookup keys, and a key with
 * "St."/"Mt."/"Ft." written out, so that a name and its gazetteer spelling can be compared.
 */
final class NameSimilarity {

  private NameSimilarity() {}

  /** How alike two lookup keys are: 1 minus their edit distance over the longer length. */
  static double similarity(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - prev[b.length()] / (double) longer;
  }

  /** A name's lookup key with "St.", "Mt.", "Ft." written out ("St. Petersburg": Saint …). */
  static String nameKey(String name) {
    String k = PlaceNames.key(name);
    if (!(k.startsWith("st") || k.startsWith("mt") || k.startsWith("ft"))) {
      return k;
    }
    return ABBREVIATED_START.matcher(k).replaceFirst(r -> switch (r.group(1)) {
      case "st" -> "saint ";
      case "ste" -> "sainte ";
      case "mt" -> "mount ";
      default -> "fort ";
    });
  }

  private static final java.util.regex.Pattern ABBREVIATED_START =
      java.util.regex.Pattern.compile("^(st|ste|mt|ft)\\.? ");
}
