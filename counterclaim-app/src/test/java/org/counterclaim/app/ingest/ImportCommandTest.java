package org.counterclaim.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.counterclaim.app.testkit.Cli;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim import} of a Spark job's output folder. */
class ImportCommandTest {

  @TempDir Path dir;

  /** A line of the job's import/ folder for {@code report}, as the job writes it. */
  private static String line(Report report) throws IOException {
    ReportExtraction e = Cli.SHARED.load(ExtractorConfig.defaults()).extract(report);
    ObjectNode row = Json.mapper().createObjectNode();
    row.put("id", e.id());
    row.put("source", "archive/" + e.id() + ".txt");
    row.put("language", "en");
    row.put("text", e.text());
    row.put("extraction", Json.mapper().writeValueAsString(e));
    return row.toString();
  }

  @Test
  void the_jobs_reports_become_a_ledger_with_incidents_and_importing_again_changes_nothing()
      throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("import"));
    LocalDate day = LocalDate.of(2025, 3, 12);
    List<String> lines = new ArrayList<>();
    lines.add(line(new Report("a", "Gunmen killed seven policemen at a check post in Kalat on"
        + " Tuesday, police said.", day, "Dawn")));
    lines.add(line(new Report("b", "Seven policemen were killed when gunmen attacked a check post"
        + " in Kalat on Tuesday night, the district police officer said.", day, "Geo")));
    Files.write(out.resolve("import/part-00000"), lines);
    Files.writeString(out.resolve("import/_SUCCESS"), "");
    Path db = dir.resolve("ledger.db");
    Cli.Run run = Cli.run("import", out.toString(), "--db", db.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("imported 2 reports").contains("grouped 2 reports into 1"
        + " incidents");
    Cli.Run again = Cli.run("import", out.toString(), "--db", db.toString());
    assertThat(again.out()).contains("(0 new or changed)").doesNotContain("grouped");
    assertThat(Cli.run("incidents", "--db", db.toString()).out()).contains("Kalat");
    Cli.Run wrong = Cli.run("import", dir.toString(), "--db", db.toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err()).contains("no import/ folder");
    Cli.Run noWords = Cli.run("import", out.toString(), "--db", db.toString(), "--vocabulary",
        dir.resolve("none").toString());
    assertThat(noWords.exitCode()).isEqualTo(2);
    assertThat(noWords.err()).contains(dir.resolve("none") + ": no such vocabulary folder");
  }
}
