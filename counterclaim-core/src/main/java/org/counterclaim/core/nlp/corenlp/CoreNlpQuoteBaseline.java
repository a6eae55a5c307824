package org.counterclaim.core.nlp.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's own quote attribution (the {@code quote} annotator with speaker attribution over the
 * full pipeline), kept only as the anchor of the attribution evaluation.
 */
public final class CoreNlpQuoteBaseline {

  /** One quote CoreNLP found: its character offsets, and its speaker's (-1 when unknown). */
  public record Found(int start, int end, int speakerStart, int speakerEnd, String speaker) {
    /** True when CoreNLP named a speaker. */
    public boolean hasSpeaker() {
      return speaker != null && !speaker.isBlank() && !speaker.equalsIgnoreCase("unknown");
    }
  }

  private final StanfordCoreNLP pipeline;

  private CoreNlpQuoteBaseline(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads the full pipeline with quote attribution (tens of seconds, several GB of heap). */
  public static CoreNlpQuoteBaseline load() {
    CoreNlpAnalyzer.quietLogging();
    Properties p = new Properties();
    p.setProperty("annotators", CoreNlpBaseline.ANNOTATORS);
    p.setProperty("quote.attributeQuotes", "true");
    return new CoreNlpQuoteBaseline(new StanfordCoreNLP(p));
  }

  /** The quotes of {@code text} with CoreNLP's speakers. */
  public List<Found> quotes(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<Found> found = new ArrayList<>();
    for (CoreQuote q : doc.quotes()) {
      int start = q.quoteCharOffsets().first();
      int end = q.quoteCharOffsets().second();
      int ss = q.speakerCharOffsets().map(p -> p.first()).orElse(-1);
      int se = q.speakerCharOffsets().map(p -> p.second()).orElse(-1);
      found.add(new Found(start, end, ss, se, q.speaker().orElse(null)));
    }
    return found;
  }
}
