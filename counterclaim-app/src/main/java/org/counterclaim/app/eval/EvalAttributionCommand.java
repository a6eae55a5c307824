package org.counterclaim.app.eval;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.counterclaim.app.cli.ExitCodes;
import org.counterclaim.app.cli.ExtractorOptions;
import org.counterclaim.app.cli.Verbosity;
import org.counterclaim.core.eval.AttributionEvaluation;
import org.counterclaim.core.eval.AttributionEvaluation.Article;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.nlp.corenlp.CoreNlpQuoteBaseline;
import org.counterclaim.core.report.Report;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code counterclaim eval attribution --gold FILE}: precision and recall of quote sources and
 * contents against attribution gold data, optionally beside CoreNLP's quote attribution.
 */
@Command(
    name = "attribution",
    mixinStandardHelpOptions = true,
    description = "Compare quotes and their speakers with attribution gold data (PolNeAR JSONL).")
public final class EvalAttributionCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Mixin Verbosity verbosity;

  @Mixin ExtractorOptions extractorOptions;

  @Option(names = "--gold", required = true, paramLabel = "JSONL",
      description = "Attribution gold data: {\"text\", \"attributions\": [{source, cue, content}]} per line.")
  Path gold;

  @Option(names = "--limit", defaultValue = "2147483647", paramLabel = "N",
      description = "Use the first N articles only.")
  int limit;

  @Option(names = "--corenlp", paramLabel = "N", defaultValue = "0",
      description = "Also run CoreNLP's quote attribution on the first N articles (slow; default: ${DEFAULT-VALUE}).")
  int corenlp;

  @Override
  public Integer call() {
    List<Article> articles = read();
    Extractor extractor = extractorOptions.load(spec);
    PrintWriter out = spec.commandLine().getOut();
    AttributionEvaluation.Result ours = AttributionEvaluation.run(articles,
        text -> extractor.extract(new Report("eval", text, null, null)).quotes());
    out.printf("attribution evaluation: %d articles from %s (overlap-based)%n", ours.articles(), gold);
    print(out, "counterclaim", ours);
    if (corenlp > 0) {
      List<Article> subset = articles.subList(0, Math.min(corenlp, articles.size()));
      AttributionEvaluation.Result oursOnSubset = AttributionEvaluation.run(subset,
          text -> extractor.extract(new Report("eval", text, null, null)).quotes());
      CoreNlpQuoteBaseline baseline = CoreNlpQuoteBaseline.load();
      AttributionEvaluation.Result theirs = AttributionEvaluation.score(subset, text -> {
        List<int[]> speakers = new ArrayList<>();
        List<int[]> contents = new ArrayList<>();
        int withSpeaker = 0;
        List<CoreNlpQuoteBaseline.Found> found = baseline.quotes(text);
        for (CoreNlpQuoteBaseline.Found q : found) {
          contents.add(new int[] {q.start(), q.end()});
          if (q.hasSpeaker()) {
            withSpeaker++;
            if (q.speakerStart() >= 0) {
              speakers.add(new int[] {q.speakerStart(), q.speakerEnd()});
            }
          }
        }
        return new AttributionEvaluation.Predicted(speakers, contents, found.size(), withSpeaker);
      });
      out.printf("on the first %d articles:%n", subset.size());
      print(out, "counterclaim", oursOnSubset);
      print(out, "CoreNLP quote", theirs);
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void print(PrintWriter out, String who, AttributionEvaluation.Result r) {
    out.printf("  %-14s sources:  precision %.3f (%d of %d), recall %.3f (%d of %d)%n", who,
        r.sources().precision(), r.sources().correct(), r.sources().predicted(),
        r.sources().recall(), r.sources().found(), r.sources().gold());
    out.printf("  %-14s contents: precision %.3f (%d of %d), recall %.3f (%d of %d)%n", "",
        r.contents().precision(), r.contents().correct(), r.contents().predicted(),
        r.contents().recall(), r.contents().found(), r.contents().gold());
    out.printf("  %-14s quotes: %d, speaker found %.1f%%, unknown %.1f%%%n", "", r.quotes(),
        100.0 * r.withSpeaker() / Math.max(1, r.quotes()),
        100.0 * (r.quotes() - r.withSpeaker()) / Math.max(1, r.quotes()));
  }

  private List<Article> read() {
    return GoldFile.read(gold, in -> AttributionEvaluation.read(in, limit));
  }

}
