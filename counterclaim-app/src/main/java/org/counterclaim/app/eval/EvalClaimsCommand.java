package org.counterclaim.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.eval.ClaimEvaluation;
import org.counterclaim.core.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim eval claims --gold DIR}: casualty claims, claimants' sides and event places
 * against an analyst's gold for a folder of articles, and the misses by kind.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "Compare casualty claims, claimant sides and event places with an analyst's"
        + " gold (a folder of NNN.txt, NNN.meta.json and NNN.gold.json, as the real-news set).")
public final class EvalClaimsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Option(names = "--gold", required = true, paramLabel = "DIR",
      description = "The folder of articles and their gold.")
  Path gold;

  @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
      description = "List up to N misses of each kind (default: ${DEFAULT-VALUE}).")
  int misses;

  @Override
  public Integer call() {
    if (misses < 0) {
      throw new UserError("--misses must not be negative");
    }
    Extractor extractor = extractorOptions.load(spec);
    ClaimEvaluation.Result r;
    try {
      r = new ClaimEvaluation(extractor::extract).run(gold);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("claims of %d articles in %s%n", r.articles(), gold);
    out.printf("  recall         %.3f  (%d of %d gold claims found)%n", r.recall(), r.found(),
        r.gold());
    out.printf("  precision      %.3f  (%d of %d extracted claims match a gold claim)%n",
        r.precision(), r.correct(), r.extracted());
    out.printf("  claimant side  %.3f  (%d of %d found claims)%n", r.side(), r.sideRight(),
        r.found());
    out.printf("  event places   %.3f  (%d of %d gold places)%n", r.eventPlaces(),
        r.placesFound(), r.places());
    if (misses > 0) {
      for (Map.Entry<ClaimEvaluation.Kind, List<ClaimEvaluation.Miss>> e
          : ClaimEvaluation.byKind(r).entrySet()) {
        out.printf("%s: %d%n", e.getKey().description(), e.getValue().size());
        e.getValue().stream().limit(misses).forEach(m -> out.printf("  %s %s%s%s%n",
            m.article(), m.expected().isEmpty() ? "" : "expected " + m.expected() + "; ",
            m.extracted().isEmpty() ? "" : "extracted " + m.extracted(),
            m.sentence().isEmpty() ? "" : " | " + shorten(m.sentence())));
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= 160 ? one : one.substring(0, 157) + "...";
  }
}
