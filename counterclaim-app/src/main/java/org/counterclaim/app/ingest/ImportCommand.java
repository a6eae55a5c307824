package org.counterclaim.app.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.LedgerOptions;
import org.counterclaim.app.cli.UserError;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.app.cli.VocabularyOptions;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.ingest.IngestService;
import org.counterclaim.core.ingest.Processed;
import org.counterclaim.core.ingest.Stored;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;
import org.counterclaim.store.Ledger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim import OUT [--db …]}: loads the reports a Spark job extracted (its {@code
 * import/} folder of JSON Lines) into a ledger, with their claims, quotes and places, and groups
 * them into incidents, so that the server can serve them. Idempotent like ingest.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Load the output of the Spark job (its import/ folder) into a ledger.")
public final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Parameters(paramLabel = "OUT", description = "The job's --output folder.")
  Path output;

  @Mixin LedgerOptions ledgerOptions;

  @Mixin VocabularyOptions vocabularyOptions;

  /** A row's language: its ISO 639-1 code; "other" (written by older jobs) is unknown. */
  private static String languageOf(JsonNode row) {
    String language = row.path("language").asText("und");
    return language.equals("other") ? "und" : language;
  }

  @Override
  public Integer call() {
    Path folder = output.resolve("import");
    if (!Files.isDirectory(folder)) {
      throw new UserError(output + ": no import/ folder (not the output of the Spark job)");
    }
    ObjectMapper json = Json.mapper();
    int stored = 0;
    int lines = 0;
    IncidentGrouping grouping = IncidentGrouping.of(vocabularyOptions.vocabulary());
    IncidentGrouping.Result r;
    try (Ledger ledger = Ledger.open(ledgerOptions.config());
        Stream<Path> parts = Files.list(folder)) {
      // the job extracted the reports: the service only stores them and regroups
      IngestService service = IngestService.storing(ledger, grouping);
      for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
          .sorted().toList()) {
        try (BufferedReader in = Files.newBufferedReader(part, StandardCharsets.UTF_8)) {
          String line;
          while ((line = in.readLine()) != null) {
            lines++;
            JsonNode row;
            try {
              row = json.readTree(line);
            } catch (IOException e) {
              throw new UserError(part + ": line " + lines + ": not JSON", e);
            }
            Processed processed = "en".equals(row.path("language").asText())
                ? new Processed.Extracted(
                    json.readValue(row.path("extraction").asText(), ReportExtraction.class))
                : new Processed.NotEnglish(new Report(
                    row.path("id").asText(), row.path("text").asText(),
                    row.hasNonNull("published") ? LocalDate.parse(row.get("published").asText())
                        : null, row.path("publisher").asText(null)),
                    languageOf(row));
            Stored s = service.store(row.path("source").asText(), processed);
            if (s != Stored.UNCHANGED) {
              stored++;
            }
          }
        }
      }
      r = service.regroupIfStale().orElse(null);
    } catch (IOException e) {
      throw new UserError(folder + ": cannot read: " + e.getMessage(), e);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf("imported %d reports into %s (%d new or changed)%n", lines,
        ledgerOptions.shown(), stored);
    if (r != null) {
      out.printf("grouped %d reports into %d incidents%n", r.reports(), r.incidents());
    }
    out.flush();
    return ExitCodes.OK;
  }
}
