package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.place.EventPlace;
import org.counterclaim.core.reconcile.ClaimLine;
import org.counterclaim.core.reconcile.Figures;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.resolve.IncidentClusterer;
import org.counterclaim.core.resolve.IncidentReport;
import org.counterclaim.server.export.Notes;
import org.counterclaim.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim incident ID [--why]}: one incident with its reports, every claim beside the
 * reconciled figures, its sites, and with {@code --why} the evidence that joined its reports.
 */
@Command(
    name = "incident",
    mixinStandardHelpOptions = true,
    description = "Show one incident: its reports, claims and reconciled figures; --why shows"
        + " which reports were joined and on what evidence.")
public final class IncidentCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Parameters(paramLabel = "ID", description = "The incident's id (e.g. I12, or I12.1 for a site).")
  String id;

  @Option(names = "--why", description = "Show why its reports were taken for one incident.")
  boolean why;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    boolean json = OutputFormat.parse(format, OutputFormat.TABLE, OutputFormat.JSON)
        == OutputFormat.JSON;
    Optional<Incident> found;
    try (Ledger ledger = Ledger.open(ledgerOptions.existing())) {
      found = ledger.incidents().find(id);
    }
    Incident incident = found.orElseThrow(
        () -> new UserError("no incident " + id + " in " + ledgerOptions.shown()));
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      Rows.json(out, incident);
    } else {
      show(out, incident);
      if (why) {
        why(out, incident);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void show(PrintWriter out, Incident i) {
    out.printf("%s  %s (date from %s)%s%n", i.id(), i.eventDate() == null ? "date unknown"
        : i.eventDate(), i.dateFrom(), i.parent() == null ? "" : "  site of " + i.parent());
    EventPlace p = i.place();
    out.printf("place: %s%n", p == null ? "unknown" : p.name() + ", "
        + (p.admin1() != null && !p.admin1().equals(p.name()) ? p.admin1() + ", " : "")
        + p.country() + " (" + p.precision().label() + ")");
    if (i.sites().size() > 1) {
      out.printf("sites: %s%n", String.join(", ", i.sites().stream().map(EventPlace::name).toList()));
    }
    out.printf("armed groups: %s; victims: %s%n", none(i.armedGroups()), none(i.victims()));
    out.printf("deaths: %s%s%n", Notes.range(i.deaths()),
        i.contested() ? " — contested" : "");
    out.printf("%nreports (%d, %d independent sources):%n", i.reports().size(), i.sources());
    for (IncidentReport r : i.reports()) {
      out.printf("  %-10s %-22s %s%s%n", Rows.cell(r.published(), 10), Rows.cell(r.publisher(), 22),
          r.id(), r.reprintOf() == null ? "" : "  (reprint of " + r.reprintOf() + ")");
    }
    for (Figures f : i.figures()) {
      out.printf("%n%s %s: low %d, best %d, high %s%s — %s; %d claimants, %d sources%n",
          f.victims().label().replace('_', ' '), f.outcome().label(), f.low(), f.best(),
          f.high() == null ? "open" : f.high(), f.contested() ? ", contested" : "", f.basis(),
          f.claimants(), f.sources());
      for (ClaimLine c : f.claims()) {
        String count = c.high() == null ? c.low() + "+" : c.low() == c.high() ? "" + c.low()
            : c.low() + "-" + c.high();
        out.printf("  %-10s %-32s %-6s %-8s %s: \"%s\"%n", c.status().label(),
            Rows.cell((c.claimant() == null ? "(the outlet)" : c.claimant()) + " ["
                + c.side().label() + "]", 32), count, c.selfInterested() ? "serves" : "",
            c.report(), c.evidence().text());
      }
    }
    for (Incident child : i.children()) {
      out.printf("%nsite %s %s: deaths %s, %d claims%n", child.id(), child.place().name(),
          Notes.range(child.deaths()), child.claims());
    }
  }

  private static void why(PrintWriter out, Incident i) {
    out.printf("%nwhy these %d reports are one incident:%n", i.reports().size());
    if (i.links().isEmpty()) {
      out.println("  one report: nothing was joined");
    }
    for (IncidentClusterer.Link l : i.links()) {
      out.printf("  %s + %s: %s%n", l.a(), l.b(),
          l.evidence() != null ? l.evidence().explain() : l.reason());
    }
  }

  private static String none(List<String> names) {
    return names.isEmpty() ? "none named" : String.join(", ", names);
  }
}
