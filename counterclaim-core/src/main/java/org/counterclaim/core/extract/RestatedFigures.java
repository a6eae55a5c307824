package org.counterclaim.core.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.VictimCategory;

/**
 * A figure the outlet gives in its own voice in the headline or the lead that a source gives in
 * the body is that source's figure, relayed by the outlet: "Six soldiers killed in ambush" above
 * "six soldiers were killed, a military spokesman said" is the military's six, not the outlet's
 * own count (the reconciler counts it so too). The same outcome, victims (people and civilians,
 * police and security forces go together) and count make the same figure; the first source in the
 * text that gives it is credited. A bare count that names no victims ("11 dead") restating a
 * figure of named victims ("eleven soldiers") takes their class too.
 */
final class RestatedFigures {

  private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t\\x0B\\f\\r]*\\n");

  private RestatedFigures() {}

  /** {@code claims} of report text {@code text}, restated figures credited to their sources. */
  static List<CasualtyClaim> credit(List<CasualtyClaim> claims, String text) {
    List<Integer> breaks = paragraphBreaks(text);
    int lead = -1;
    for (CasualtyClaim c : claims) {
      int p = paragraphOf(c.evidence().start(), breaks);
      if (p > 0) {
        lead = p;
        break;
      }
    }
    List<CasualtyClaim> out = new ArrayList<>(claims.size());
    for (CasualtyClaim c : claims) {
      int p = paragraphOf(c.evidence().start(), breaks);
      CasualtyClaim source = (p == 0 || p == lead) && c.relayedBy() == null ? sourceOf(c, claims)
          : null;
      if (source == null) {
        out.add(c);
        continue;
      }
      CasualtyClaim credited =
          c.withClaimant(source.claimant(), source.relayedBy(), source.selfInterested());
      out.add(bare(c) && !bare(source) ? credited.withVictims(source.victims()) : credited);
    }
    return out;
  }

  /** The first claim of another voice that gives the same figure as {@code c}, or null. */
  private static CasualtyClaim sourceOf(CasualtyClaim c, List<CasualtyClaim> claims) {
    for (CasualtyClaim o : claims) {
      if (o != c && o.relayedBy() != null && o.claimant() != null
          && !Objects.equals(o.claimant(), c.claimant()) && o.outcome() == c.outcome()
          && (sameVictims(o.victims(), c.victims()) || bare(c))
          && o.count().low() == c.count().low()
          && Objects.equals(o.count().high(), c.count().high())) {
        return o;
      }
    }
    return null;
  }

  private static boolean sameVictims(VictimCategory a, VictimCategory b) {
    return a == b || people(a) && people(b) || a.isStateForces() && b.isStateForces();
  }

  /** A count that names no victims ("11 dead", "killing five"). */
  private static boolean bare(CasualtyClaim c) {
    return c.victims() == VictimCategory.PEOPLE && c.victimText() == null;
  }

  private static boolean people(VictimCategory v) {
    return v == VictimCategory.PEOPLE || v == VictimCategory.CIVILIANS;
  }

  /**
   * Where paragraphs end: at blank lines, or at every line break in a text without blank lines
   * (one paragraph per line, as pages and feeds come).
   */
  private static List<Integer> paragraphBreaks(String text) {
    List<Integer> breaks = new ArrayList<>();
    Matcher m = BLANK_LINE.matcher(text);
    while (m.find()) {
      breaks.add(m.start());
    }
    if (breaks.isEmpty()) {
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (i + 1 < text.length()) {
          breaks.add(i);
        }
      }
    }
    return breaks;
  }

  private static int paragraphOf(int offset, List<Integer> breaks) {
    int p = 0;
    while (p < breaks.size() && breaks.get(p) < offset) {
      p++;
    }
    return p;
  }
}
