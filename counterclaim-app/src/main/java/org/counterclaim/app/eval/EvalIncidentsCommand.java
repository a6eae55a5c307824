package org.counterclaim.app.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.eval.CsvTable;
import org.counterclaim.core.eval.IncidentEvaluation;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.resolve.Corrections;
import org.counterclaim.core.resolve.IncidentClusterer;
import org.counterclaim.core.resolve.IncidentRules;
import org.counterclaim.core.resolve.ReportProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim eval incidents --gold FILE [--incidents CSV]}: how well reports are grouped
 * into incidents, against cross-document event coreference gold data (ECB+), and how often an
 * incident file's distinct incidents are merged.
 */
@Command(
    name = "incidents",
    mixinStandardHelpOptions = true,
    description = "Compare the grouping of documents into incidents with event coreference gold"
        + " data (ECB+ JSONL): B³ precision, recall and F1.")
public final class EvalIncidentsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Option(names = "--gold", required = true, paramLabel = "JSONL",
      description = "Coreference gold data: {\"doc\", \"topic\", \"subtopic\", \"text\","
          + " \"seminal\", \"events\"} per line.")
  Path gold;

  @Option(names = "--incidents", paramLabel = "CSV",
      description = "Also cluster an incident file's summaries (GTD CSV: eventid, summary), each"
          + " row a distinct incident: how often distinct incidents are merged.")
  Path incidents;

  @Option(names = "--limit", defaultValue = "2147483647", paramLabel = "N",
      description = "Use the first N documents (and incident rows) only.")
  int limit;

  @Override
  public Integer call() {
    List<IncidentEvaluation.Document> documents =
        GoldFile.read(gold, in -> IncidentEvaluation.read(in, limit));
    List<IncidentEvaluation.Document> table = incidents == null ? null
        : GoldFile.read(incidents, in -> IncidentEvaluation.distinctIncidents(
            CsvTable.parse(in.lines().collect(Collectors.joining("\n"))), limit));
    Extractor extractor = extractorOptions.load(spec);
    IncidentClusterer clusterer =
        new IncidentClusterer(IncidentRules.defaults(), extractor.vocabulary());
    long t0 = System.nanoTime();
    IncidentEvaluation.Result r = IncidentEvaluation.run(documents,
        docs -> cluster(docs, extractor, clusterer));
    double seconds = (System.nanoTime() - t0) / 1e9;
    PrintWriter out = spec.commandLine().getOut();
    out.printf("incident evaluation: %d documents from %s (B³, %.1f s)%n",
        r.byHalf().documents(), gold, seconds);
    print(out, "by topic half", r.byHalf());
    print(out, "by seminal event", r.bySeminal());
    if (table != null) {
      IncidentEvaluation.Score s = IncidentEvaluation.run(table,
          docs -> cluster(docs, extractor, clusterer)).byHalf();
      out.printf("distinct incidents of %s (each row its own incident):%n", incidents);
      print(out, "rows", s);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static List<List<String>> cluster(List<IncidentEvaluation.Document> docs,
      Extractor extractor, IncidentClusterer clusterer) {
    List<ReportProfile> profiles = new ArrayList<>();
    for (IncidentEvaluation.Document d : docs) {
      profiles.add(ReportProfile.of(
          extractor.extract(new Report(d.id(), d.text(), null, null)), null));
    }
    return clusterer.cluster(profiles, Corrections.none()).stream()
        .map(IncidentClusterer.ReportGroup::reports).toList();
  }

  private static void print(PrintWriter out, String what, IncidentEvaluation.Score s) {
    out.printf("  %-17s %d documents, %d gold incidents, %d predicted: precision %.3f,"
        + " recall %.3f, F1 %.3f%n", what + ":", s.documents(), s.goldIncidents(),
        s.predictedIncidents(), s.precision(), s.recall(), s.f1());
  }
}
