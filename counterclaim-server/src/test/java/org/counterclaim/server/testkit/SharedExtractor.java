package org.counterclaim.server.testkit;

import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;

/** The extractor the server tests post reports to: its models load once per test JVM. */
public final class SharedExtractor {

  private static Extractor loaded;

  private SharedExtractor() {}

  /** The default extractor, loaded at the first call. */
  public static synchronized Extractor get() {
    if (loaded == null) {
      loaded = Extractor.load(ExtractorConfig.defaults());
    }
    return loaded;
  }
}
