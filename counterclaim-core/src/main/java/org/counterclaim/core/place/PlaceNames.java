package org.counterclaim.core.place;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lookup keys for place names. {@link #key} folds case, diacritics and punctuation ("Tillabéri",
 * "TILLABERI" and "Tillaberi" share a key); {@link #loose} also folds the spelling variants of
 * transliterated names — vowel length and quality, doubled letters, kh/k, gh/g, q/k, oo/u, ee/i,
 * Arabic articles — so that Noshki and Nushki, Gwadar and Gawadar, Deir ez-Zor and Deir al-Zour
 * meet. Loose keys collide far more often and are only consulted for mentions already known to be
 * places.
 */
public final class PlaceNames {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern APOSTROPHES = Pattern.compile("['’`ʼʻʾʿ‘]");
  private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Set<String> ARTICLES =
      Set.of("al", "el", "ez", "ad", "as", "ar", "ash", "az", "an", "at", "ud", "ul", "e", "i");

  private PlaceNames() {}

  /** The exact lookup key: lower case, no diacritics, no apostrophes, single spaces. */
  public static String key(String name) {
    StringBuilder sb = new StringBuilder(name.length());
    boolean space = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c >= 128) {
        String folded = c < FOLDED.length ? FOLDED[c] : null;
        if (folded == null) {
          return slowKey(name);
        }
        if (!folded.isEmpty()) {
          sb.append(folded);
          space = false;
        }
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + 32);
      }
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        sb.append(c);
        space = false;
      } else if (c == '\'' || c == '`') {
        continue;
      } else if (!space) {
        sb.append(' ');
        space = true;
      }
    }
    int n = sb.length();
    return n > 0 && sb.charAt(n - 1) == ' ' ? sb.substring(0, n - 1) : sb.toString();
  }

  /** Latin letters with diacritics folded to lower-case ASCII; null where the slow path decides. */
  private static final String[] FOLDED = new String[0x2020];

  static {
    for (char c = 0x80; c < FOLDED.length; c++) {
      if (!(c < 0x250 || c >= 0x1E00 && c < 0x1F00)) {
        continue;
      }
      String k = slowKey(String.valueOf(c));
      boolean ascii = k.chars().allMatch(x -> x >= 'a' && x <= 'z' || x >= '0' && x <= '9');
      if (ascii) {
        FOLDED[c] = k;
      }
    }
    // apostrophe-like letters vanish, as ASCII apostrophes do
    for (char c : new char[] {'ʼ', 'ʻ', 'ʾ', 'ʿ'}) {
      FOLDED[c] = "";
    }
    FOLDED['’'] = "";
    FOLDED['‘'] = "";
  }

  private static String slowKey(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
    s = MARKS.matcher(s).replaceAll("");
    s = s.replace('ı', 'i').replace('ø', 'o').replace('ł', 'l').replace('đ', 'd').replace('ß', 's');
    s = APOSTROPHES.matcher(s).replaceAll("");
    s = SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").trim();
    return s;
  }

  /** The spelling-variant key: a consonant skeleton of {@link #key}, articles dropped. */
  public static String loose(String name) {
    return looseOfKey(key(name));
  }

  /** {@link #loose} of a name whose {@link #key} is already known. */
  public static String looseOfKey(String key) {
    String[] words = key.split(" ");
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      if (words.length > 1 && i > 0 && ARTICLES.contains(words[i])) {
        continue;
      }
      sb.append(words[i]);
    }
    String s = sb.toString().replace("kh", "k").replace("gh", "g").replace("q", "k")
        .replace("ph", "f").replace("dh", "d").replace("th", "t").replace("sh", "s")
        .replace("ck", "k").replace("c", "k").replace("w", "u").replace("j", "y");
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean vowel = "aeiouy".indexOf(c) >= 0;
      if (!Character.isLetterOrDigit(c) || vowel && i > 0) {
        continue;
      }
      if (out.length() > 0 && out.charAt(out.length() - 1) == c) {
        continue;
      }
      out.append(vowel ? 'a' : c);
    }
    return out.toString();
  }

  /** True when every letter of {@code name} is Latin (after removing diacritics). */
  public static boolean isLatin(String name) {
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isLetter(c) && c > 0x24F && !(c >= 0x1E00 && c <= 0x1EFF)) {
        return false;
      }
    }
    return true;
  }
}
