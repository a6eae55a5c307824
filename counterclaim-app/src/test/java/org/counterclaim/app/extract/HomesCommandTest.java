package org.counterclaim.app.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.app.testkit.Cli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** End to end: {@code counterclaim homes}, and {@code extract --outlet-homes} with its file. */
class HomesCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private static String line(String id, String publisher, String text) {
    return JSON.createObjectNode().put("id", id).put("publisher", publisher).put("text", text)
        .toString() + "\n";
  }

  private Path archive() throws IOException {
    Path folder = Files.createDirectories(dir.resolve("archive"));
    Files.writeString(folder.resolve("courier.jsonl"),
        line("c1", "Rapides Courier", "Two men were hurt when a trailer overturned near"
            + " Shreveport, Louisiana, state police said on Tuesday.")
        + line("c2", "Rapides Courier", "Baton Rouge lawmakers met on Wednesday to discuss"
            + " levee repairs after storms flooded roads across Louisiana.")
        + line("c3", "Rapides Courier", "A school bus slid into a ditch outside Shreveport on"
            + " Monday; no children were injured, the sheriff's office said.")
        + line("c4", "Rapides Courier", "Firefighters from Baton Rouge and Shreveport were sent"
            + " to help after a chemical plant fire, officials said."));
    Files.writeString(folder.resolve("wire.jsonl"),
        line("w1", "Wire Desk", "Gunmen killed four soldiers near Quetta on Sunday, the"
            + " military said."));
    return folder;
  }

  @Test
  void learns_an_outlets_home_and_extract_uses_it() throws IOException {
    Path homes = dir.resolve("homes.tsv");
    Cli.Run run = Cli.run("homes", archive().toString(), "--out", homes.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("learnt homes for 1 of 2 outlets from 5 reports; written to "
        + homes);
    assertThat(Files.readString(homes)).containsPattern("(?m)^rapides courier\t[0-9]+\t.*"
        + "Louisiana, US$").doesNotContain("wire desk");

    Path report = dir.resolve("fire.jsonl");
    Files.writeString(report, line("f1", "Rapides Courier", "A fire destroyed a house in"
        + " Alexandria on Friday, killing two people, the fire chief said."));
    JsonNode alone = JSON.readTree(Cli.run("extract", "--jsonl", report.toString()).out());
    assertThat(alone.get("places").get(0).get("country").asText()).isEqualTo("EG");
    Cli.Run local = Cli.run("extract", "--jsonl", report.toString(), "--outlet-homes",
        homes.toString());
    assertThat(local.exitCode()).isZero();
    JsonNode place = JSON.readTree(local.out()).get("places").get(0);
    assertThat(place.get("mention").asText()).isEqualTo("Alexandria");
    assertThat(place.get("admin1").asText()).isEqualTo("Louisiana");
  }

  @Test
  void a_bad_homes_file_is_a_one_line_error() throws IOException {
    Path report = dir.resolve("r.txt");
    Files.writeString(report, "Gunmen killed four soldiers near Quetta on Sunday.");
    Path homes = dir.resolve("homes.tsv");
    Files.writeString(homes, "Dawn\tKarachi\n");
    Cli.Run run = Cli.run("extract", report.toString(), "--outlet-homes", homes.toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .contains(homes + ":1: \"Karachi\" is not a GeoNames id");
    Cli.Run missing = Cli.run("extract", report.toString(), "--outlet-homes",
        dir.resolve("none.tsv").toString());
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err().lines()).hasSize(1).first().asString()
        .contains(dir.resolve("none.tsv") + ": no such outlet homes file");
  }

  @Test
  void a_missing_input_is_named() {
    Cli.Run run = Cli.run("homes", dir.resolve("nowhere").toString(), "--out",
        dir.resolve("h.tsv").toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).hasSize(1).first().asString()
        .contains(dir.resolve("nowhere") + ": no such file or folder");
  }
}
