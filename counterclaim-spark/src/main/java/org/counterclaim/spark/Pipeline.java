package org.counterclaim.spark;

import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;

/** The extraction pipeline of this executor's JVM, loaded at its first report and kept. */
final class Pipeline {

  private static Extractor loaded;

  private Pipeline() {}

  /** This JVM's extractor (CoreNLP models, actors, gazetteer), loaded once. */
  static synchronized Extractor extractor() {
    if (loaded == null) {
      loaded = Extractor.load(ExtractorConfig.defaults());
    }
    return loaded;
  }
}
