package org.counterclaim.app.eval;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.eval.CasualtyEvaluation;
import org.counterclaim.core.eval.CsvTable;
import org.counterclaim.core.extract.Extractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code counterclaim eval casualties --gold FILE}: exact-match rates of report totals against a
 * Global Terrorism Database extract, and the misses.
 */
@Command(
    name = "casualties",
    mixinStandardHelpOptions = true,
    description = "Compare report totals with GTD casualty counts (nkill, nwound, nkillter).")
public final class EvalCasualtiesCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Option(names = "--gold", required = true, paramLabel = "CSV",
      description = "GTD incidents CSV (eventid, summary, nkill, nkillter, nwound, ...).")
  Path gold;

  @Option(names = "--misses", paramLabel = "N", defaultValue = "0",
      description = "List the first N misses (default: ${DEFAULT-VALUE}).")
  int misses;

  @Override
  public Integer call() {
    CsvTable table = readGold();
    Extractor extractor = extractorOptions.load(spec);
    CasualtyEvaluation.Result result;
    try {
      result = new CasualtyEvaluation(extractor::extract,
          gname -> extractor.registry().lookup(gname).map(a -> a.id()).orElse(null)).run(table);
    } catch (IllegalArgumentException e) {
      throw new UserError(gold + ": " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("GTD casualty evaluation: %d incidents from %s (%.1f ms per report)%n",
        result.incidents(), gold, result.millisPerReport());
    out.println("exact match of the report's best figure, per GTD row:");
    for (CasualtyEvaluation.Rate r : result.strict()) {
      out.printf("  %-46s %6.1f%%  (%d of %d)%n", r.field(), 100 * r.share(), r.exact(), r.rows());
    }
    out.println("report-aligned (rows of one multi-event summary compared with their sum):");
    for (CasualtyEvaluation.Rate r : result.reportAligned()) {
      out.printf("  %-46s %6.1f%%  (%d of %d)%n", r.field(), 100 * r.share(), r.exact(), r.rows());
    }
    CasualtyEvaluation.Rate p = result.perpetrators();
    out.printf("responsibility (claimed, else blamed) against GTD's group:%n");
    out.printf("  %-46s %6.1f%%  (%d of %d)%n", p.field(), 100 * p.share(), p.exact(), p.rows());
    if (misses > 0) {
      out.printf("first %d of %d misses:%n", Math.min(misses, result.misses().size()),
          result.misses().size());
      result.misses().stream().limit(misses).forEach(m -> out.printf(
          "  %s %s: expected %d, extracted %d | %s%n", m.eventId(), m.field(), m.expected(),
          m.extracted(), m.summary()));
    }
    out.flush();
    return ExitCodes.OK;
  }

  private CsvTable readGold() {
    try {
      return CsvTable.parse(Files.readString(gold, StandardCharsets.UTF_8));
    } catch (NoSuchFileException e) {
      throw new UserError(gold + ": no such file", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new UserError(gold + ": cannot read: " + e.getMessage(), e);
    }
  }
}
