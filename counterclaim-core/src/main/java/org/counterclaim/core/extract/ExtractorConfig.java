package org.counterclaim.core.extract;

import java.nio.file.Path;
import java.util.Objects;
import org.counterclaim.core.nlp.corenlp.CoreNlpConfig;

/**
 * Settings of the extraction chain: the CoreNLP models, an optional user actor file ({@code
 * actorsFile} null when none) that extends the shipped registry, and an optional GeoNames dump
 * ({@code gazetteerFile} null when none) that extends the shipped gazetteer.
 */
public record ExtractorConfig(CoreNlpConfig nlp, Path actorsFile, Path gazetteerFile) {

  public ExtractorConfig {
    Objects.requireNonNull(nlp, "nlp");
  }

  /** The shipped models and registry. */
  public static ExtractorConfig defaults() {
    return new ExtractorConfig(CoreNlpConfig.defaults(), null, null);
  }
}
