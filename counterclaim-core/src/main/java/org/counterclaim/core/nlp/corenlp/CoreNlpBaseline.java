package org.counterclaim.core.nlp.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The full CoreNLP pipeline a user would otherwise run on every report (tokenize, ssplit, pos,
 * lemma, ner, depparse, coref, quote), kept only as the denominator of the throughput benchmark.
 */
public final class CoreNlpBaseline {

  /** The annotators of the baseline, in CoreNLP's syntax. */
  public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

  private final StanfordCoreNLP pipeline;

  private CoreNlpBaseline(StanfordCoreNLP pipeline) {
    this.pipeline = pipeline;
  }

  /** Loads every model of the baseline (takes tens of seconds and several GB of heap). */
  public static CoreNlpBaseline load() {
    CoreNlpAnalyzer.quietLogging();
    Properties p = new Properties();
    p.setProperty("annotators", ANNOTATORS);
    return new CoreNlpBaseline(new StanfordCoreNLP(p));
  }

  /** Annotates one text; returns the number of sentences, so the work cannot be skipped. */
  public int annotate(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    return doc.sentences().size();
  }
}
