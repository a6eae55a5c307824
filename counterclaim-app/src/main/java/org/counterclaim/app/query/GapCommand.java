package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.reconcile.CredibilityGap;
import org.counterclaim.server.export.Csv;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.QueryFilter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim gap --actor NAME}: a claimant's figures beside independent figures on the
 * same incidents, one row per figure and a summary per month.
 */
@Command(
    name = "gap",
    mixinStandardHelpOptions = true,
    description = "Compare a claimant's figures with independent (non-party) figures on the same"
        + " incidents, over time.")
public final class GapCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Option(names = "--actor", required = true, paramLabel = "NAME",
      description = "The claimant, by (part of) its name, case ignored: ISPR, BLA, police.")
  String actor;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    OutputFormat f = OutputFormat.parse(format, OutputFormat.TABLE, OutputFormat.CSV,
        OutputFormat.JSON);
    if (actor.isBlank()) {
      throw new UserError("--actor must name a claimant");
    }
    CredibilityGap.Gap gap;
    try (Ledger ledger = Ledger.open(ledgerOptions.existing())) {
      gap = CredibilityGap.of(ledger.incidents().list(
          new QueryFilter(null, null, null, null, actor), 0, Integer.MAX_VALUE), actor);
    }
    List<CredibilityGap.Row> rows = gap.figures();
    PrintWriter out = spec.commandLine().getOut();
    switch (f) {
      case JSON -> Rows.json(out, gap);
      case CSV -> Csv.write(out, List.of("incident", "event_date", "claimant", "outcome",
          "victims", "claimed", "independent", "ratio", "report"), rows.stream()
          .map(r -> Arrays.asList(r.incident(), Rows.text(r.eventDate()), r.claimant(),
              r.outcome().label(), r.victims().label(), r.claimed(), r.independent(), r.ratio(),
              r.report()))
          .toList());
      default -> table(out, rows, gap.months());
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void table(PrintWriter out, List<CredibilityGap.Row> rows,
      List<CredibilityGap.Month> months) {
    if (rows.isEmpty()) {
      out.printf("no figures by a claimant named like '%s'%n", actor);
      return;
    }
    out.printf("%-10s %-8s %-24s %-8s %-16s %7s %11s %6s%n", "date", "incident", "claimant",
        "outcome", "victims", "claimed", "independent", "ratio");
    for (CredibilityGap.Row r : rows) {
      out.printf("%-10s %-8s %-24s %-8s %-16s %7d %11s %6s%n", Rows.cell(r.eventDate(), 10),
          r.incident(), Rows.cell(r.claimant(), 24), r.outcome().label(), r.victims().label(),
          r.claimed(), r.independent() == null ? "-" : r.independent(),
          r.ratio() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.ratio()));
    }
    out.printf("%nby month: figures, compared with independent ones, median ratio%n");
    for (CredibilityGap.Month m : months) {
      out.printf("  %s  %3d figures, %3d compared, median ratio %s%n", m.month(), m.figures(),
          m.compared(), m.medianRatio() == null ? "-"
              : String.format(Locale.ROOT, "%.2f", m.medianRatio()));
    }
  }
}
