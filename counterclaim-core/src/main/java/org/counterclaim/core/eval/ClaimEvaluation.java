package org.counterclaim.core.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.counterclaim.core.casualty.CasualtyClaim;
import org.counterclaim.core.casualty.Qualifier;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.place.Place;
import org.counterclaim.core.report.Report;

/**
 * Casualty claims, claimants' sides and event places against an analyst's gold for a folder of
 * articles ({@code NNN.txt}, {@code NNN.meta.json}, {@code NNN.gold.json}, as in the real-news
 * development set), scored by that set's rule:
 *
 * <ul>
 *   <li>a gold claim is found when an extracted claim of its article has the same outcome, a
 *       compatible victim class (equal; people and civilians interchange; police and security
 *       forces interchange; a gold "other" takes any), the same low and the same high — or, where
 *       the gold high is open, an extracted high read from a vague word with no digits. Each
 *       extracted claim serves one gold claim first; a repeat may match again;
 *   <li>an extracted claim is correct when it matches any gold claim of its article;
 *   <li>the claimant's side of a found claim is right when gold and extraction are both the
 *       state's (military, government, police, unnamed official), both an armed group's, or both
 *       independent (everything else);
 *   <li>a gold event place is found when an extracted event place's mention (or an event place's
 *       name) contains it or is contained in it, case ignored.
 * </ul>
 */
public final class ClaimEvaluation {

  /** A gold claim as the analyst wrote it. */
  public record GoldClaim(String article, String outcome, String victims, int low, Integer high,
      String claimant, String claimantType, String sentence, List<String> otherSentences) {

    /** "killed security_forces 6–6 (Pakistani military officials, state_military)". */
    public String describe() {
      return outcome + " " + victims + " " + low + "–" + (high == null ? "" : high) + " ("
          + claimant + ", " + claimantType + ")";
    }
  }

  /** Why a gold claim was not found, or an extracted claim matched nothing. */
  public enum Kind {
    NO_CLAIM_FROM_ITS_SENTENCE("no claim extracted from its sentence"),
    OUTCOME("a claim from its sentence with another outcome"),
    VICTIMS("the right figure, another victim class"),
    COUNT("the right outcome and victims, another figure"),
    OPEN_BOUND("the right figure, the upper bound open or closed the other way"),
    EXTRA("extracted, matching no gold claim"),
    SIDE("found, the claimant on another side"),
    PLACE("an event place not found");

    private final String description;

    Kind(String description) {
      this.description = description;
    }

    /** What the kind means, for a report. */
    public String description() {
      return description;
    }
  }

  /** One miss: its kind, its article, what was expected and what was extracted instead. */
  public record Miss(Kind kind, String article, String expected, String extracted,
      String sentence) {}

  /** The figures of a run and its misses. */
  public record Result(int articles, int gold, int found, int extracted, int correct,
      int sideRight, int places, int placesFound, List<Miss> misses) {

    public double recall() {
      return gold == 0 ? 0 : (double) found / gold;
    }

    public double precision() {
      return extracted == 0 ? 0 : (double) correct / extracted;
    }

    public double side() {
      return found == 0 ? 0 : (double) sideRight / found;
    }

    public double eventPlaces() {
      return places == 0 ? 0 : (double) placesFound / places;
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Function<Report, ReportExtraction> extractor;

  /** An evaluation of what {@code extractor} reads from each article. */
  public ClaimEvaluation(Function<Report, ReportExtraction> extractor) {
    this.extractor = extractor;
  }

  /**
   * Scores every article of {@code folder}.
   *
   * @throws IOException when the folder or one of its files cannot be read
   * @throws IllegalArgumentException naming a file that is not in the set's format
   */
  public Result run(Path folder) throws IOException {
    List<Path> texts;
    try (Stream<Path> files = Files.list(folder)) {
      texts = files.filter(f -> f.getFileName().toString().matches("\\d+\\.txt")).sorted()
          .toList();
    } catch (NoSuchFileException e) {
      throw new NoSuchFileException(folder + ": no such folder");
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException(folder + ": no NNN.txt articles");
    }
    Tally tally = new Tally();
    for (Path text : texts) {
      String id = text.getFileName().toString().replace(".txt", "");
      JsonNode meta = read(folder.resolve(id + ".meta.json"));
      JsonNode gold = read(folder.resolve(id + ".gold.json"));
      Report report = new Report(id, Files.readString(text, StandardCharsets.UTF_8),
          meta.hasNonNull("published") ? LocalDate.parse(meta.get("published").asText()) : null,
          meta.hasNonNull("publisher") ? meta.get("publisher").asText() : null);
      score(id, goldClaims(id, gold), goldPlaces(gold), extractor.apply(report), tally);
    }
    return new Result(texts.size(), tally.gold, tally.found, tally.extracted, tally.correct,
        tally.sideRight, tally.places, tally.placesFound, tally.misses);
  }

  private static JsonNode read(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(file + ": missing");
    }
    try {
      return JSON.readTree(file.toFile());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage());
    }
  }

  private static List<GoldClaim> goldClaims(String id, JsonNode gold) {
    List<GoldClaim> out = new ArrayList<>();
    for (JsonNode c : gold.path("claims")) {
      List<String> others = new ArrayList<>();
      c.path("other_mentions").forEach(m -> others.add(m.asText()));
      out.add(new GoldClaim(id, c.path("outcome").asText(), c.path("victims").asText(),
          c.path("low").asInt(), c.path("high").isNull() ? null : c.path("high").asInt(),
          c.path("claimant").asText(), c.path("claimantType").asText(),
          c.path("sentence").asText(), others));
    }
    return out;
  }

  private static List<String> goldPlaces(JsonNode gold) {
    List<String> out = new ArrayList<>();
    gold.path("eventPlaces").forEach(p -> out.add(p.asText()));
    return out;
  }

  /** Running totals over the articles. */
  private static final class Tally {
    int gold;
    int found;
    int extracted;
    int correct;
    int sideRight;
    int places;
    int placesFound;
    final List<Miss> misses = new ArrayList<>();
  }

  private static void score(String id, List<GoldClaim> golds, List<String> places,
      ReportExtraction e, Tally tally) {
    List<CasualtyClaim> claims = e.claims();
    tally.gold += golds.size();
    tally.extracted += claims.size();
    boolean[] used = new boolean[claims.size()];
    boolean[] correct = new boolean[claims.size()];
    for (int k = 0; k < claims.size(); k++) {
      for (GoldClaim g : golds) {
        correct[k] |= matches(g, claims.get(k));
      }
    }
    // gold claims whose sentence has a matching claim take it first; then the rest, in order
    List<GoldClaim> ordered = new ArrayList<>(golds);
    ordered.sort(Comparator.comparing(g -> !hasClaimFromSentence(g, claims)));
    for (GoldClaim g : ordered) {
      int best = -1;
      int bestRank = Integer.MAX_VALUE;
      for (int k = 0; k < claims.size(); k++) {
        if (!matches(g, claims.get(k))) {
          continue;
        }
        int rank = (used[k] ? 2 : 0) + (fromSentence(g, claims.get(k)) ? 0 : 1);
        if (rank < bestRank) {
          best = k;
          bestRank = rank;
        }
      }
      if (best < 0) {
        tally.misses.add(missOf(g, claims));
        continue;
      }
      used[best] = true;
      tally.found++;
      CasualtyClaim c = claims.get(best);
      if (side(g.claimantType()).equals(side(c))) {
        tally.sideRight++;
      } else {
        tally.misses.add(new Miss(Kind.SIDE, id, g.describe(), describe(c), sentence(c)));
      }
    }
    for (int k = 0; k < claims.size(); k++) {
      if (correct[k]) {
        tally.correct++;
      } else {
        tally.misses.add(new Miss(Kind.EXTRA, id, "", describe(claims.get(k)),
            sentence(claims.get(k))));
      }
    }
    for (String p : places) {
      tally.places++;
      if (placeFound(p, e)) {
        tally.placesFound++;
      } else {
        tally.misses.add(new Miss(Kind.PLACE, id, p, eventPlaces(e), ""));
      }
    }
  }

  /** Whether {@code c} matches {@code g} by the set's rule. */
  static boolean matches(GoldClaim g, CasualtyClaim c) {
    if (!c.outcome().label().equals(g.outcome()) || !compatible(g.victims(), c.victims().label())
        || c.count().low() != g.low()) {
      return false;
    }
    Integer high = c.count().high();
    if (g.high() == null) {
      return high == null || (c.count().qualifier() == Qualifier.VAGUE
          && !c.count().text().matches(".*\\d.*"));
    }
    return g.high().equals(high);
  }

  private static boolean compatible(String gold, String extracted) {
    return gold.equals(extracted) || gold.equals("other")
        || (isPeople(gold) && isPeople(extracted)) || (isForce(gold) && isForce(extracted));
  }

  private static boolean isPeople(String v) {
    return v.equals("people") || v.equals("civilians");
  }

  private static boolean isForce(String v) {
    return v.equals("police") || v.equals("security_forces");
  }

  /** The side of a gold claimant type: state, armed group or independent. */
  static String side(String goldType) {
    return switch (goldType) {
      case "state_military", "government", "state_government", "police", "official_unnamed" ->
          "state";
      case "armed_group" -> "armed group";
      default -> "independent";
    };
  }

  private static String side(CasualtyClaim c) {
    if (c.claimant() == null) {
      return "nobody";
    }
    ClaimantType t = c.claimant().type();
    return t.isState() || t == ClaimantType.OFFICIAL_UNNAMED ? "state"
        : t == ClaimantType.ARMED_GROUP ? "armed group" : "independent";
  }

  private static boolean fromSentence(GoldClaim g, CasualtyClaim c) {
    String s = c.evidence().text();
    return overlaps(s, g.sentence()) || g.otherSentences().stream().anyMatch(o -> overlaps(s, o));
  }

  private static boolean overlaps(String extracted, String gold) {
    String a = extracted.strip();
    String b = gold.strip();
    return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
  }

  private static boolean hasClaimFromSentence(GoldClaim g, List<CasualtyClaim> claims) {
    return claims.stream().anyMatch(c -> matches(g, c) && fromSentence(g, c));
  }

  /** The kind of a gold claim's miss, told from the claims of its sentences. */
  private static Miss missOf(GoldClaim g, List<CasualtyClaim> claims) {
    List<CasualtyClaim> near = claims.stream().filter(c -> fromSentence(g, c)).toList();
    Kind kind;
    CasualtyClaim closest = null;
    if (near.isEmpty()) {
      kind = Kind.NO_CLAIM_FROM_ITS_SENTENCE;
    } else if ((closest = first(near, c -> c.outcome().label().equals(g.outcome())
        && c.count().low() == g.low() && !compatible(g.victims(), c.victims().label()))) != null) {
      kind = Kind.VICTIMS;
    } else if ((closest = first(near, c -> c.outcome().label().equals(g.outcome())
        && c.count().low() == g.low())) != null) {
      kind = Kind.OPEN_BOUND;
    } else if ((closest = first(near, c -> c.outcome().label().equals(g.outcome())
        && compatible(g.victims(), c.victims().label()))) != null) {
      kind = Kind.COUNT;
    } else if ((closest = first(near, c -> c.count().low() == g.low())) != null) {
      kind = Kind.OUTCOME;
    } else {
      closest = near.get(0);
      kind = Kind.COUNT;
    }
    return new Miss(kind, g.article(), g.describe(), closest == null ? "" : describe(closest),
        g.sentence());
  }

  private static CasualtyClaim first(List<CasualtyClaim> claims,
      java.util.function.Predicate<CasualtyClaim> p) {
    return claims.stream().filter(p).findFirst().orElse(null);
  }

  private static String describe(CasualtyClaim c) {
    return c.outcome().label() + " " + c.victims().label() + " " + c.count().low() + "–"
        + (c.count().high() == null ? "" : c.count().high()) + " (" + (c.claimant() == null
            ? "nobody" : c.claimant().name() + ", " + c.claimant().type().label()) + ")";
  }

  private static String sentence(CasualtyClaim c) {
    return c.evidence().text();
  }

  private static boolean placeFound(String gold, ReportExtraction e) {
    String g = gold.toLowerCase(Locale.ROOT);
    for (Place p : e.places()) {
      if (p.event() && contains(p.mention(), g)) {
        return true;
      }
    }
    for (EventPlace p : e.eventPlaces()) {
      if (p.name() != null && contains(p.name(), g)) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(String extracted, String goldLower) {
    String x = extracted.toLowerCase(Locale.ROOT);
    return !x.isBlank() && (x.contains(goldLower) || goldLower.contains(x));
  }

  private static String eventPlaces(ReportExtraction e) {
    List<String> names = new ArrayList<>();
    for (Place p : e.places()) {
      if (p.event() && !names.contains(p.mention())) {
        names.add(p.mention());
      }
    }
    return "event places: " + (names.isEmpty() ? "none" : String.join(", ", names));
  }

  /** The misses of {@code result} by kind, in the kinds' order. */
  public static Map<Kind, List<Miss>> byKind(Result result) {
    Map<Kind, List<Miss>> out = new LinkedHashMap<>();
    for (Kind k : Kind.values()) {
      List<Miss> of = result.misses().stream().filter(m -> m.kind() == k).toList();
      if (!of.isEmpty()) {
        out.put(k, of);
      }
    }
    return out;
  }
}
