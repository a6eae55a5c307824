package org.counterclaim.app.bench;

import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.json.Json;
import org.counterclaim.core.nlp.corenlp.CoreNlpBaseline;
import org.counterclaim.core.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim bench throughput}: reports per second of the extraction (as in
 * {@code extract --jsonl}, JSON output included) and of the full CoreNLP pipeline on the same
 * reports in the same run, and their ratio. Model loading is timed apart and not counted.
 */
@Command(
    name = "throughput",
    mixinStandardHelpOptions = true,
    description = "Reports per second: Counterclaim versus the full CoreNLP pipeline.")
public final class ThroughputCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Mixin CorpusOptions corpus;

  @Option(names = "--repeat", defaultValue = "1", paramLabel = "K",
      description = "Use the corpus K times over (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--baseline-limit", paramLabel = "N",
      description = "Run the CoreNLP baseline on the first N of the reports only (default: all).")
  Integer baselineLimit;

  @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
      description = "Reports each pipeline processes before timing starts (default: ${DEFAULT-VALUE}).")
  int warmup;

  @Override
  public Integer call() {
    List<String> texts = corpus.texts(repeat);
    PrintWriter out = spec.commandLine().getOut();
    long chars = texts.stream().mapToLong(String::length).sum();
    out.printf("corpus: %d reports from %s, %,d characters (%.0f per report)%n", texts.size(),
        corpus.input(), chars, chars / (double) texts.size());
    out.flush();

    long t0 = System.nanoTime();
    Extractor extractor = extractorOptions.load(spec);
    double loadOurs = seconds(t0);
    ObjectWriter writer = Json.mapper().writer();
    for (int i = 0; i < Math.min(warmup, texts.size()); i++) {
      extractor.extract(new Report("warmup", texts.get(i), null, null));
    }
    t0 = System.nanoTime();
    int claims = 0;
    for (int i = 0; i < texts.size(); i++) {
      var e = extractor.extract(new Report(Integer.toString(i), texts.get(i), null, null));
      claims += e.claims().size();
      write(writer, e);
    }
    double ours = seconds(t0);
    double oursRate = texts.size() / ours;
    out.printf("counterclaim: %d reports in %.1f s = %.1f reports/s (%d claims; models loaded in"
        + " %.1f s, not counted)%n", texts.size(), ours, oursRate, claims, loadOurs);
    out.flush();

    int n = baselineLimit == null ? texts.size() : Math.min(baselineLimit, texts.size());
    t0 = System.nanoTime();
    CoreNlpBaseline baseline = CoreNlpBaseline.load();
    double loadBase = seconds(t0);
    for (int i = 0; i < Math.min(warmup, n); i++) {
      baseline.annotate(texts.get(i));
    }
    t0 = System.nanoTime();
    long sentences = 0;
    for (int i = 0; i < n; i++) {
      sentences += baseline.annotate(texts.get(i));
    }
    double base = seconds(t0);
    double baseRate = n / base;
    out.printf("CoreNLP %s: %d reports in %.1f s = %.2f reports/s (%d sentences; models loaded"
        + " in %.1f s, not counted)%n", CoreNlpBaseline.ANNOTATORS, n, base, baseRate, sentences,
        loadBase);
    out.printf("ratio: %.1fx%n", oursRate / baseRate);
    out.flush();
    return ExitCodes.OK;
  }

  private static void write(ObjectWriter writer, Object value) {
    try {
      writer.writeValue(OutputStream.nullOutputStream(), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }
}
