package org.counterclaim.app.cli;

import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;

/** Makes the extractor a command needs; tests pass one that loads the models only once. */
@FunctionalInterface
public interface ExtractorFactory {

  /** An extractor with the given settings. */
  Extractor load(ExtractorConfig config);
}
