package org.counterclaim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.counterclaim.core.clean.HtmlCleaner;
import org.counterclaim.core.ingest.Processed;
import org.counterclaim.core.report.TextHashes;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.core.extract.ReportExtraction;
import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.read.AnyReports;
import org.counterclaim.core.read.ReadOptions;
import org.counterclaim.core.read.ReadResult;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.resolve.Corrections;
import org.counterclaim.core.reconcile.Incident;
import org.counterclaim.core.reconcile.IncidentAssembler;
import org.counterclaim.core.resolve.DocumentFrequencies;
import org.counterclaim.core.resolve.IncidentClusterer;
import org.counterclaim.core.resolve.IncidentRules;
import org.counterclaim.core.resolve.ReportProfile;
import org.counterclaim.core.reconcile.ClaimantParties;
import org.counterclaim.core.vocabulary.Vocabulary;
import scala.Tuple2;

/**
 * The Spark job: reads report files (text, saved pages, JSON Lines, feeds, WARC and WARC.gz) with
 * the ingest command's readers, extracts every report with one pipeline per executor, groups the
 * reports into incidents with the ledger's clusterer and the whole archive's vocabulary, one
 * connected group of joinable reports at a time, and writes Parquet tables of reports, claims, quotes, places, actors, incidents and
 * errors under the output folder, and the reports as JSON Lines for {@code counterclaim import}.
 *
 * <pre>spark-submit --class org.counterclaim.spark.ExtractJob counterclaim-spark.jar
 *     --input 'archive/*.warc.gz' --output out/</pre>
 */
public final class ExtractJob {

  /** What a run read and wrote. */
  public record Summary(long reports, long claims, long incidents, long errors,
      double extractSeconds) {}

  private ExtractJob() {}

  /** Runs the job as {@code spark-submit} starts it. */
  public static void main(String[] args) {
    JobConfig config;
    try {
      config = JobConfig.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("counterclaim-spark: " + e.getMessage());
      System.err.println(JobConfig.USAGE);
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("counterclaim");
    if (config.master() != null) {
      builder.master(config.master());
    }
    try (SparkSession spark = builder.getOrCreate()) {
      Summary s;
      try {
        s = run(spark, config);
      } catch (IllegalArgumentException e) {
        // a bad outlet homes file: named with the reason
        System.err.println("counterclaim-spark: " + e.getMessage());
        System.exit(2);
        return;
      }
      System.out.printf("counterclaim-spark: %d reports, %d claims, %d incidents, %d errors"
          + " written to %s; reading and extraction %.1f s (%.1f reports/s)%n", s.reports(),
          s.claims(), s.incidents(), s.errors(), config.output(), s.extractSeconds(),
          s.reports() / s.extractSeconds());
    }
  }

  /** Runs the job in {@code spark}. */
  public static Summary run(SparkSession spark, JobConfig config) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    // the homes file is read on the driver; executors look the ids up in their own gazetteer
    Broadcast<HashMap<String, Integer>> homes = jsc.broadcast(new HashMap<>(
        config.outletHomes() == null ? Map.of()
            : OutletHomes.readIds(Path.of(config.outletHomes()))));
    JavaPairRDD<String, PortableDataStream> files =
        jsc.binaryFiles(String.join(",", config.inputs()), config.partitions());
    // reading is cheap and a file is one record: the reports are spread over the partitions
    // before the extraction, which is not
    JavaRDD<Input> inputs = files
        .filter(f -> AnyReports.reads(f._1()))
        .flatMap(f -> read(f._1(), f._2()).iterator())
        .repartition(config.partitions());
    JavaRDD<Records.Row> rows = inputs.flatMap(i -> extract(i, homes.value()).iterator()).cache();
    long t0 = System.nanoTime();
    rows.count();
    double extractSeconds = (System.nanoTime() - t0) / 1e9;
    JavaRDD<String> extractions = rows
        .filter(r -> r.table().equals("reports"))
        .map(Records.Row::json)
        .filter(json -> json.contains("\"language\":\"en\""))
        .map(json -> Records.read(json, com.fasterxml.jackson.databind.node.ObjectNode.class)
            .path("extraction").asText());
    long reports = extractions.count();
    Broadcast<DocumentFrequencies> vocabulary = jsc.broadcast(vocabulary(extractions, reports));
    Broadcast<Map<String, String>> component =
        jsc.broadcast(components(extractions, vocabulary));
    JavaRDD<Records.Row> incidents = extractions
        .mapToPair(json -> {
          String id = Records.read(json, ReportExtraction.class).id();
          return new Tuple2<>(component.value().getOrDefault(id, id), json);
        })
        .groupByKey()
        .flatMap(group -> incidents(group._2(), vocabulary.value()).iterator());
    JavaRDD<Records.Row> all = rows.union(incidents).cache();
    for (String table : Records.SCHEMAS.keySet()) {
      JavaRDD<String> json = all.filter(r -> r.table().equals(table)).map(Records.Row::json);
      spark.read().schema(Records.SCHEMAS.get(table))
          .json(spark.createDataset(json.rdd(), Encoders.STRING()))
          .write().mode(SaveMode.Overwrite).parquet(config.output() + "/" + table);
    }
    all.filter(r -> r.table().equals("reports")).map(Records.Row::json)
        .saveAsTextFile(config.output() + "/import");
    Summary s = new Summary(reports, all.filter(r -> r.table().equals("claims")).count(),
        all.filter(r -> r.table().equals("incidents")).count(),
        all.filter(r -> r.table().equals("errors")).count(), extractSeconds);
    all.unpersist();
    rows.unpersist();
    return s;
  }

  /** One report read from a file, or a problem with a file, on its way to be extracted. */
  record Input(String source, String id, String text, String published, String publisher,
      String problem) implements java.io.Serializable {}

  /** The reports (and problems) of one input file, copied to the executor's disk to be read. */
  static List<Input> read(String uri, PortableDataStream stream) throws IOException {
    String name = nameOf(uri);
    String suffix = name.toLowerCase(java.util.Locale.ROOT).endsWith(".warc.gz") ? ".warc.gz"
        : name.contains(".") ? name.substring(name.lastIndexOf('.')) : ".txt";
    Path copy = Files.createTempFile("counterclaim-", suffix);
    List<Input> out = new ArrayList<>();
    try {
      try (InputStream in = stream.open()) {
        Files.copy(in, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      AnyReports reader = new AnyReports(new HtmlCleaner(Vocabulary.shipped()));
      reader.forEach(copy, name, ReadOptions.defaults(), r -> {
        if (r instanceof ReadResult.Problem p) {
          out.add(new Input(p.input().replace(copy.toString(), name), null, null, null, null,
              p.reason()));
          return;
        }
        Report report = ((ReadResult.Ok) r).report();
        String id = report.id().equals(copy.toString()) ? name : report.id();
        out.add(new Input(name, id, report.text(),
            report.published() == null ? null : report.published().toString(),
            report.publisher(), null));
      });
    } finally {
      Files.deleteIfExists(copy);
    }
    return out;
  }

  /**
   * The rows of one input: its report's (extracted when in English, with outlets' homes from
   * {@code homes}) or its problem's.
   */
  static List<Records.Row> extract(Input input, Map<String, Integer> homes) {
    if (input.problem() != null) {
      return List.of(Records.error(input.source(), input.problem()));
    }
    Report report = new Report(input.id(), input.text(),
        input.published() == null ? null : java.time.LocalDate.parse(input.published()),
        input.publisher());
    Processed processed = Processed.of(report, Pipeline.extractor(homes));
    return processed instanceof Processed.Extracted e
        ? Records.of(input.source(), e.extraction())
        : List.of(Records.notEnglish(input.source(), report,
            ((Processed.NotEnglish) processed).language()));
  }

  /** A local file's path as the command line would name it; other URIs as they are. */
  static String nameOf(String uri) {
    return uri.startsWith("file:") ? Path.of(URI.create(uri)).toString() : uri;
  }

  private static final ClaimantParties PARTIES = ClaimantParties.shipped();

  private static final IncidentClusterer CLUSTERER =
      new IncidentClusterer(IncidentRules.defaults(), Vocabulary.shipped());

  private static ReportProfile profile(String json) {
    return ReportProfile.of(Records.read(json, ReportExtraction.class), null);
  }

  /**
   * Which reports can end up in one incident: the connected groups of the pairs the ledger's
   * clusterer could join ({@link IncidentClusterer#linked}), found among candidate pairs that
   * share a rare word or an event town within the same days (or, for a report without any date,
   * a rare word or town at all), so that no step compares every report with every other. Each
   * report in such a group maps to the group's first report; a report in none is alone.
   */
  static Map<String, String> components(JavaRDD<String> extractions,
      Broadcast<DocumentFrequencies> vocabulary) {
    JavaPairRDD<String, ReportProfile> byId = extractions.mapToPair(json -> {
      ReportProfile p = profile(json);
      return new Tuple2<>(p.key(), p);
    }).cache();
    JavaPairRDD<String, IncidentClusterer.Keys> keys = byId.mapValues(
        p -> CLUSTERER.keys(p, vocabulary.value()));
    JavaRDD<Tuple2<String, String>> dated = keys
        .flatMapToPair(k -> k._2().dated().stream().map(d -> new Tuple2<>(d, k._1())).iterator())
        .groupByKey()
        .flatMap(g -> pairs(g._2(), null).iterator());
    JavaRDD<Tuple2<String, String>> undated = keys
        .flatMapToPair(k -> k._2().plain().stream()
            .map(d -> new Tuple2<>(d, new Tuple2<>(k._1(), k._2().undated()))).iterator())
        .groupByKey()
        .flatMap(g -> {
          List<String> ids = new ArrayList<>();
          List<String> loose = new ArrayList<>();
          for (Tuple2<String, Boolean> t : g._2()) {
            ids.add(t._1());
            if (t._2()) {
              loose.add(t._1());
            }
          }
          return pairs(ids, loose).iterator();
        });
    List<Tuple2<String, String>> edges = dated.union(undated).distinct()
        .mapToPair(p -> new Tuple2<>(p._1(), p._2()))
        .join(byId)
        .mapToPair(t -> new Tuple2<>(t._2()._1(), new Tuple2<>(t._1(), t._2()._2())))
        .join(byId)
        .filter(t -> CLUSTERER.linked(t._2()._1()._2(), t._2()._2(), vocabulary.value()))
        .map(t -> new Tuple2<>(t._2()._1()._1(), t._1()))
        .collect();
    byId.unpersist();
    Map<String, String> parent = new java.util.HashMap<>();
    for (Tuple2<String, String> e : edges) {
      String a = root(parent, e._1());
      String b = root(parent, e._2());
      if (!a.equals(b)) {
        parent.put(a.compareTo(b) < 0 ? b : a, a.compareTo(b) < 0 ? a : b);
      }
    }
    Map<String, String> out = new java.util.HashMap<>();
    for (String id : new java.util.ArrayList<>(parent.keySet())) {
      out.put(id, root(parent, id));
    }
    return out;
  }

  private static String root(Map<String, String> parent, String x) {
    String r = x;
    while (parent.containsKey(r) && !parent.get(r).equals(r)) {
      r = parent.get(r);
    }
    parent.putIfAbsent(r, r);
    return r;
  }

  /**
   * The pairs (first key before second) of {@code ids}: all of them, or, given {@code loose},
   * those with at least one of the loose ones.
   */
  private static List<Tuple2<String, String>> pairs(Iterable<String> ids, List<String> loose) {
    List<String> all = new ArrayList<>();
    ids.forEach(all::add);
    List<Tuple2<String, String>> out = new ArrayList<>();
    if (loose == null) {
      for (int x = 0; x < all.size(); x++) {
        for (int y = x + 1; y < all.size(); y++) {
          out.add(ordered(all.get(x), all.get(y)));
        }
      }
    } else {
      for (String u : loose) {
        for (String o : all) {
          if (!o.equals(u)) {
            out.add(ordered(u, o));
          }
        }
      }
    }
    return out;
  }

  private static Tuple2<String, String> ordered(String a, String b) {
    return a.compareTo(b) < 0 ? new Tuple2<>(a, b) : new Tuple2<>(b, a);
  }

  /** How many reports use each word, for weighing words against the whole archive. */
  private static DocumentFrequencies vocabulary(JavaRDD<String> extractions, long reports) {
    Map<String, Long> df = extractions
        .flatMap(json -> CLUSTERER.words()
            .terms(Records.read(json, ReportExtraction.class).text())
            .iterator())
        .mapToPair(t -> new Tuple2<>(t, 1L))
        .reduceByKey(Long::sum)
        .filter(t -> t._2() > 1)
        .collectAsMap();
    Map<String, Integer> counts = new java.util.HashMap<>();
    df.forEach((k, v) -> counts.put(k, v.intValue()));
    return new DocumentFrequencies(reports, counts);
  }

  /** The incidents of a group of linked reports, as rows. */
  private static List<Records.Row> incidents(Iterable<String> jsons,
      DocumentFrequencies vocabulary) {
    Map<String, ReportExtraction> byKey = new java.util.TreeMap<>();
    for (String json : jsons) {
      ReportExtraction e = Records.read(json, ReportExtraction.class);
      byKey.put(e.id(), e);
    }
    List<ReportProfile> profiles = new ArrayList<>();
    byKey.values().forEach(e -> profiles.add(ReportProfile.of(e, null)));
    List<Records.Row> out = new ArrayList<>();
    for (IncidentClusterer.ReportGroup g : CLUSTERER.cluster(profiles, Corrections.none(),
        vocabulary)) {
      Incident i = IncidentAssembler.assemble(idOf(g.reports().get(0)), g, byKey::get, Map.of(),
          PARTIES);
      com.fasterxml.jackson.databind.node.ObjectNode n =
          Records.read("{}", com.fasterxml.jackson.databind.node.ObjectNode.class);
      n.put("event_id", i.id());
      n.put("event_date", i.eventDate() == null ? null : i.eventDate().toString());
      n.put("country_code", i.place() == null ? null : i.place().country());
      n.put("location", i.place() == null ? null : i.place().name());
      n.put("latitude", i.place() == null ? null : i.place().lat());
      n.put("longitude", i.place() == null ? null : i.place().lon());
      if (i.deaths() != null) {
        n.put("deaths_low", i.deaths().low());
        n.put("deaths_best", i.deaths().best());
        n.put("deaths_high", i.deaths().high());
        n.put("deaths_high_open", i.deaths().high() == null);
      }
      n.put("contested", i.contested());
      g.reports().forEach(n.putArray("reports")::add);
      n.put("body", Records.write(i));
      out.add(new Records.Row("incidents", n.toString()));
    }
    return out;
  }

  /** An incident id that depends only on its first report: the same on every run. */
  private static String idOf(String firstReport) {
    return "S" + TextHashes.sha256(firstReport, 6);
  }

}
