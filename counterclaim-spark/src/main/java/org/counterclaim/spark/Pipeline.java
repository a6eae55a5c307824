package org.counterclaim.spark;

import java.util.Map;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.core.place.OutletHomes;

/** The extraction pipeline of this executor's JVM, loaded at its first report and kept. */
final class Pipeline {

  private static Extractor loaded;
  private static Map<String, Integer> homeIds = Map.of();
  private static Extractor withHomes;

  private Pipeline() {}

  /** This JVM's extractor (CoreNLP models, actors, gazetteer), loaded once. */
  static synchronized Extractor extractor() {
    if (loaded == null) {
      loaded = Extractor.load(ExtractorConfig.defaults());
    }
    return loaded;
  }

  /** This JVM's extractor resolving places near each outlet's home ({@code ids}: GeoNames ids). */
  static synchronized Extractor extractor(Map<String, Integer> ids) {
    if (ids.isEmpty()) {
      return extractor();
    }
    if (withHomes == null || !ids.equals(homeIds)) {
      withHomes = extractor().withOutletHomes(OutletHomes.ofIds(ids, extractor().gazetteer()));
      homeIds = Map.copyOf(ids);
    }
    return withHomes;
  }
}
