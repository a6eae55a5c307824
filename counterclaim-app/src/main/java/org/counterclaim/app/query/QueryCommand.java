package org.counterclaim.app.query;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.store.QueryFilter;
import org.counterclaim.store.Ledger;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that lists rows of the ledger, filtered, as a table, CSV or JSON; subclasses say
 * which rows and how they read.
 */
abstract class QueryCommand<T> implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin QueryOptions query;

  /** The rows the filter selects. */
  abstract List<T> rows(Ledger ledger, QueryFilter filter);

  /** The rows as CSV, with a header. */
  abstract void csv(PrintWriter out, List<T> rows);

  /** The rows as a table for a terminal. */
  abstract void table(PrintWriter out, List<T> rows);

  /** Whether rows have a place, so that they can be written as GeoJSON. */
  boolean mappable() {
    return false;
  }

  /** The rows as a GeoJSON feature collection (only called when {@link #mappable}). */
  void geojson(PrintWriter out, List<T> rows) {
    throw new UnsupportedOperationException("rows without places");
  }

  @Override
  public Integer call() {
    OutputFormat f = query.format();
    if (f == OutputFormat.GEOJSON && !mappable()) {
      throw new UserError("--format geojson is for incidents only");
    }
    List<T> rows;
    try (Ledger ledger = Ledger.open(ledgerOptions.existing())) {
      rows = rows(ledger, query.filter());
    }
    PrintWriter out = spec.commandLine().getOut();
    switch (f) {
      case JSON -> Rows.json(out, rows);
      case GEOJSON -> geojson(out, rows);
      case CSV -> csv(out, rows);
      default -> table(out, rows);
    }
    out.flush();
    return ExitCodes.OK;
  }
}
