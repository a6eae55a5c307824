package org.counterclaim.core.extract;

import java.nio.file.Path;
import java.util.Objects;
import org.counterclaim.core.nlp.corenlp.CoreNlpConfig;

/**
 * Settings of the extraction chain: the CoreNLP models, an optional user actor file ({@code
 * actorsFile} null when none) that extends the shipped registry, an optional GeoNames dump
 * ({@code gazetteerFile} null when none) that extends the shipped gazetteer, and an optional
 * folder of vocabulary files ({@code vocabularyFolder} null when none) that extend the shipped
 * ones of the same names.
 */
public record ExtractorConfig(CoreNlpConfig nlp, Path actorsFile, Path gazetteerFile,
    Path vocabularyFolder) {

  public ExtractorConfig {
    Objects.requireNonNull(nlp, "nlp");
  }

  /** The shipped models, registry, gazetteer and vocabulary. */
  public static ExtractorConfig defaults() {
    return new ExtractorConfig(CoreNlpConfig.defaults(), null, null, null);
  }
}
