package org.counterclaim.app.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.json.Json;
import org.counterclaim.store.ClaimFilter;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.LedgerException;
import org.counterclaim.store.StoredClaim;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim claims}: the ledger's claims, filtered by publication date, country,
 * place and claimant, as a table, CSV or JSON.
 */
@Command(
    name = "claims",
    mixinStandardHelpOptions = true,
    description = "List the ledger's claims as a table, CSV or JSON.")
public final class ClaimsCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format { TABLE, CSV, JSON }

  private static final List<String> COLUMNS = List.of("report", "published", "publisher",
      "outcome", "victims", "low", "high", "qualifier", "claimant", "claimant_type", "relayed_by",
      "event_places", "evidence");

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Option(names = "--since", paramLabel = "YYYY-MM-DD", description = "Published on or after.")
  String since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD", description = "Published on or before.")
  String until;

  @Option(names = "--country", paramLabel = "CC",
      description = "Event places in this country (ISO code, e.g. PK).")
  String country;

  @Option(names = "--place", paramLabel = "NAME",
      description = "An event place (town, district or province) of this name.")
  String place;

  @Option(names = "--actor", paramLabel = "NAME",
      description = "Claimants whose name contains this (case ignored).")
  String actor;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() {
    Format f = format();
    ClaimFilter filter = new ClaimFilter(date("--since", since), date("--until", until),
        country, place, actor);
    LedgerConfig config = ledgerOptions.existing();
    List<StoredClaim> claims;
    try (Ledger ledger = Ledger.open(config)) {
      claims = ledger.claims(filter);
    } catch (LedgerException e) {
      throw new UserError(e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (f) {
      case JSON -> json(out, claims);
      case CSV -> csv(out, claims);
      default -> table(out, claims);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private Format format() {
    try {
      return Format.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new UserError("--format must be table, csv or json, not '" + format + "'");
    }
  }

  private static LocalDate date(String option, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new UserError(option + ": '" + value + "' is not a date (YYYY-MM-DD)");
    }
  }

  private static List<String> row(StoredClaim c) {
    return java.util.Arrays.asList(c.report(), c.published(), c.publisher(), c.outcome(),
        c.victims(), String.valueOf(c.low()), c.high() == null ? null : String.valueOf(c.high()),
        c.qualifier(), c.claimant(), c.claimantType(), c.relayedBy(), c.eventPlaces(),
        c.evidence());
  }

  private static void json(PrintWriter out, List<StoredClaim> claims) {
    try {
      out.println(Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(claims));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** RFC 4180: every field quoted when it holds a comma, quote or line break. */
  private static void csv(PrintWriter out, List<StoredClaim> claims) {
    out.print(String.join(",", COLUMNS) + "\r\n");
    for (StoredClaim c : claims) {
      List<String> cells = row(c);
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < cells.size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        String v = cells.get(i) == null ? "" : cells.get(i);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0
            || v.indexOf('\r') >= 0;
        line.append(quote ? '"' + v.replace("\"", "\"\"") + '"' : v);
      }
      out.print(line + "\r\n");
    }
  }

  /** A few columns lined up for reading in a terminal. */
  private static void table(PrintWriter out, List<StoredClaim> claims) {
    out.printf("%-10s %-9s %-16s %-11s %-22s %-24s %s%n", "published", "outcome", "victims",
        "count", "claimant", "event places", "report");
    for (StoredClaim c : claims) {
      String count = c.high() == null ? c.low() + "+" : c.low() == c.high() ? String.valueOf(c.low())
          : c.low() + "-" + c.high();
      out.printf("%-10s %-9s %-16s %-11s %-22s %-24s %s%n", nz(c.published()), c.outcome(),
          c.victims(), count, cut(nz(c.claimant()), 22), cut(nz(c.eventPlaces()), 24),
          c.report());
    }
    out.printf("%d claims%n", claims.size());
  }

  private static String nz(String s) {
    return s == null ? "-" : s;
  }

  private static String cut(String s, int width) {
    return s.length() <= width ? s : s.substring(0, width - 1) + "…";
  }
}
