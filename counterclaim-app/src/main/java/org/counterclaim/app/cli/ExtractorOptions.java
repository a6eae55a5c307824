package org.counterclaim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.core.nlp.corenlp.CoreNlpConfig;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The options that configure extraction, shared by every command that extracts. */
public final class ExtractorOptions {

  @Option(
      names = "--actors",
      paramLabel = "FILE",
      description = "A YAML file of actors that extends the shipped registry.")
  Path actors;

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description = "A GeoNames dump (allCountries.txt, a country file such as PK.txt; plain, .gz"
          + " or .zip) that extends the shipped gazetteer with smaller places and districts.")
  Path gazetteer;

  /** The extraction settings these options describe. */
  public ExtractorConfig config() {
    if (actors != null && !Files.isRegularFile(actors)) {
      throw new UserError(actors + ": no such actor file");
    }
    if (gazetteer != null && !Files.isRegularFile(gazetteer)) {
      throw new UserError(gazetteer + ": no such gazetteer file");
    }
    return new ExtractorConfig(CoreNlpConfig.defaults(), actors, gazetteer);
  }

  /** Loads the extractor (CoreNLP models and the actor registry) with the root command's factory. */
  public Extractor load(CommandSpec spec) {
    ExtractorConfig config = config();
    ExtractorFactory factory = ((org.counterclaim.app.Counterclaim) spec.root().userObject()).extractors();
    try {
      return factory.load(config);
    } catch (IllegalArgumentException e) {
      // a bad user actor or gazetteer file: the message names the file and the reason
      throw new UserError(e.getMessage(), e);
    }
  }
}
