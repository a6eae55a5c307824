package org.counterclaim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.counterclaim.core.ingest.IncidentGrouping;
import org.counterclaim.core.read.AnyReports;
import org.counterclaim.core.ingest.IngestService;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.store.Ledger;
import org.counterclaim.store.LedgerConfig;
import org.counterclaim.store.QueryFilter;
import org.counterclaim.store.StoredClaim;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job in local mode ({@code local[2]}) on an archive of our own reports (the ledger's
 * end-to-end test's) gives the same claims
 * and incidents as the single-machine ledger built from the same files, record for record, and
 * puts a bad file in its errors table without failing.
 */
class ExtractJobTest {

  @TempDir static Path dir;

  private static SparkSession spark;
  private static Path archive;
  private static Path out;
  private static ExtractJob.Summary summary;

  @BeforeAll
  static void run() throws IOException {
    archive = dir.resolve("archive");
    Files.createDirectories(archive);
    // the reports of the ledger's end-to-end test (several outlets, a reprint, a revision, an
    // operation across four towns, a saved page, a feed)
    try (Stream<Path> files = Files.list(Path.of("../counterclaim-app/src/test/resources/ledger"))) {
      for (Path f : files.filter(f -> AnyReports.reads(f.toString())).toList()) {
        Files.copy(f, archive.resolve(f.getFileName()));
      }
    }
    Files.writeString(archive.resolve("cut.warc"), "WARC/1.1\r\nnot a header\r\n\r\n");
    out = dir.resolve("out");
    spark = SparkSession.builder().master("local[2]").appName("counterclaim-test")
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    summary = ExtractJob.run(spark, new JobConfig(List.of(archive.toString()), out.toString(), 4,
        null, null));
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** The single-machine ledger of the same files, as `ingest` builds it. */
  private static Ledger ledger() throws IOException {
    Ledger ledger = Ledger.open(LedgerConfig.of(dir.resolve("ledger.db").toString()));
    if (ledger.count("reports") == 0) {
      IngestService service = new IngestService(Pipeline::extractor, ledger,
          IncidentGrouping.defaults());
      try (Stream<Path> files = Files.list(archive)) {
        for (Path f : files.sorted().toList()) {
          service.ingestFile(f, f.toString(), ReadOptions.defaults(),
              new IngestService.Listener() {});
        }
      }
      service.regroup();
    }
    return ledger;
  }

  private static List<Row> table(String name) {
    return spark.read().parquet(out.resolve(name).toString()).collectAsList();
  }

  @Test
  void the_claims_are_the_ledgers_record_for_record() throws IOException {
    Set<String> job = new HashSet<>();
    for (Row r : table("claims")) {
      job.add(r.getAs("report") + "|" + r.getAs("outcome") + "|" + r.getAs("victims") + "|"
          + r.getAs("low") + "|" + r.getAs("high") + "|" + r.getAs("claimant") + "|"
          + r.getAs("evidence"));
    }
    Set<String> cli = new HashSet<>();
    try (Ledger ledger = ledger()) {
      for (StoredClaim c : ledger.claims(QueryFilter.all())) {
        cli.add(c.report() + "|" + c.outcome().label() + "|" + c.victims().label() + "|"
            + c.low() + "|" + c.high() + "|" + c.claimant() + "|" + c.evidence());
      }
    }
    assertThat(job).isNotEmpty().isEqualTo(cli);
    assertThat(summary.claims()).isEqualTo(job.size());
    assertThat(table("reports")).hasSize(10);
    assertThat(table("places")).isNotEmpty();
    assertThat(table("quotes")).isNotEmpty();
    assertThat(table("actors")).isNotEmpty();
  }

  @Test
  void the_incidents_are_the_ledgers_record_for_record() throws IOException {
    Set<Set<String>> job = new HashSet<>();
    for (Row r : table("incidents")) {
      job.add(new HashSet<>(r.<String>getList(r.fieldIndex("reports"))));
    }
    Set<Set<String>> cli = new HashSet<>();
    try (Ledger ledger = ledger()) {
      ledger.incidents().list(QueryFilter.all(), 0, 1000)
          .forEach(i -> cli.add(new HashSet<>(ledger.incidents().reportsOf(i.id()))));
    }
    assertThat(job).hasSize(3).isEqualTo(cli);
  }

  @Test
  void the_parquet_names_and_enum_values_are_those_of_docs_fields_md() throws IOException {
    List<String> doc = Files.readAllLines(Path.of("../docs/fields.md"));
    List<String> documented = new ArrayList<>();
    for (String line : doc.subList(doc.indexOf("## Parquet (the Spark job)"), doc.size())) {
      if (line.startsWith("| `")) {
        documented.add(line.substring(3, line.indexOf('`', 3)));
      }
    }
    Row incident = table("incidents").get(0);
    assertThat(List.of(incident.schema().fieldNames())).containsExactlyElementsOf(documented);
    List<String> enums = doc.subList(doc.indexOf("## Enumerations"), doc.size());
    for (Row c : table("claims")) {
      for (String column : List.of("victims", "outcome", "claimant_type", "qualifier", "scope")) {
        String value = c.getAs(column);
        String values = enums.stream().filter(l -> l.startsWith("| `" + column + "` |"))
            .findFirst().orElseThrow();
        if (value != null) {
          assertThat(values).as(column).contains("`" + value + "`");
        }
      }
    }
  }

  @Test
  void a_bad_file_is_an_error_row_not_a_failed_job() {
    List<Row> errors = table("errors");
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).<String>getAs("source")).endsWith("cut.warc at byte 0");
    assertThat(errors.get(0).<String>getAs("reason")).startsWith("malformed WARC record");
    assertThat(summary.errors()).isEqualTo(1);
  }

  @Test
  void an_outlets_home_reaches_the_executors() throws IOException {
    Path small = Files.createDirectories(dir.resolve("local-paper"));
    Files.writeString(small.resolve("fire.jsonl"), "{\"id\": \"f1\", \"publisher\":"
        + " \"Rapides Courier\", \"text\": \"A fire destroyed a house in Alexandria on Friday,"
        + " killing two people, the fire chief said.\"}\n");
    Path homes = dir.resolve("homes.tsv");
    // Alexandria, Louisiana
    Files.writeString(homes, "Rapides Courier\t4314550\n");
    Path localOut = dir.resolve("local-out");
    ExtractJob.run(spark, new JobConfig(List.of(small.toString()), localOut.toString(), 2,
        homes.toString(), null));
    List<Row> places = spark.read().parquet(localOut.resolve("places").toString()).collectAsList();
    assertThat(places).singleElement().satisfies(p -> {
      assertThat(p.<String>getAs("mention")).isEqualTo("Alexandria");
      assertThat(p.<String>getAs("admin1")).isEqualTo("Louisiana");
    });
  }

  @Test
  void the_arguments_are_checked() {
    assertThat(JobConfig.parse(new String[] {"--input", "x", "--output", "o", "--outlet-homes",
        "h.tsv"}).outletHomes()).isEqualTo("h.tsv");
    assertThat(JobConfig.parse(new String[] {"--input", "a/*.warc.gz,b.jsonl", "--output", "o"})
        .inputs()).containsExactly("a/*.warc.gz", "b.jsonl");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> JobConfig.parse(
        new String[] {"--output", "o"})).hasMessage("--input is required");
  }
}
