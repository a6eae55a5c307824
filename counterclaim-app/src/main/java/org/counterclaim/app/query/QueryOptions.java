package org.counterclaim.app.query;

import java.time.LocalDate;
import org.counterclaim.store.QueryFilter;
import picocli.CommandLine.Option;

/** The filters and output format the ledger's query commands share. */
public final class QueryOptions {

  @Option(names = "--since", paramLabel = "YYYY-MM-DD",
      description = "Published (incidents: happened) on or after.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "YYYY-MM-DD",
      description = "Published (incidents: happened) on or before.")
  LocalDate until;

  @Option(names = "--country", paramLabel = "CC",
      description = "Event places in this country (ISO code, e.g. PK).")
  String country;

  @Option(names = "--place", paramLabel = "NAME",
      description = "An event place (town, district or province) of this name.")
  String place;

  @Option(names = "--actor", paramLabel = "NAME",
      description = "Claimants or speakers (incidents: also armed groups held responsible)"
          + " whose name contains this (case ignored).")
  String actor;

  @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|json|geojson",
      description = "Output format (default: ${DEFAULT-VALUE}).")
  String format;

  /** The filter these options describe. */
  QueryFilter filter() {
    return new QueryFilter(since, until, country, place, actor);
  }

  /** The output format asked for. */
  OutputFormat format() {
    return OutputFormat.parse(format, OutputFormat.values());
  }
}
