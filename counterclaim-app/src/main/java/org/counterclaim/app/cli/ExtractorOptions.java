package org.counterclaim.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.extract.Extractor;
import org.counterclaim.core.extract.ExtractorConfig;
import org.counterclaim.core.nlp.corenlp.CoreNlpConfig;
import org.counterclaim.core.place.OutletHomes;
import org.counterclaim.core.vocabulary.Vocabulary;
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

  @Option(
      names = "--vocabulary",
      paramLabel = "FOLDER",
      description = "A folder of vocabulary files (named as the shipped ones, e.g."
          + " casualty/triggers.tsv; docs/vocabulary.md lists them) whose entries extend"
          + " the shipped files; a line -phrase removes a shipped entry.")
  Path vocabulary;

  @Option(
      names = "--outlet-homes",
      paramLabel = "FILE",
      description = "Where outlets publish from: one outlet (as reports name their publisher) and"
          + " the GeoNames id of its home per line, tab-separated (`counterclaim homes` writes"
          + " one). Namesakes a report leaves open resolve near its outlet's home.")
  Path outletHomes;

  /** The extraction settings these options describe. */
  public ExtractorConfig config() {
    if (actors != null && !Files.isRegularFile(actors)) {
      throw new UserError(actors + ": no such actor file");
    }
    if (gazetteer != null && !Files.isRegularFile(gazetteer)) {
      throw new UserError(gazetteer + ": no such gazetteer file");
    }
    return new ExtractorConfig(CoreNlpConfig.defaults(), actors, gazetteer,
        VocabularyOptions.existing(vocabulary));
  }

  /**
   * The vocabulary these options name: the shipped one, extended by {@code --vocabulary}.
   *
   * @throws UserError naming the file and the reason when a file of the folder is bad
   */
  public Vocabulary vocabulary() {
    return VocabularyOptions.read(config().vocabularyFolder());
  }

  /**
   * The actor registry these options name: the shipped one, extended by {@code --actors}.
   *
   * @throws UserError naming the file and the reason when it is missing or bad
   */
  public ActorRegistry registry() {
    Path file = config().actorsFile();
    try {
      return file == null ? ActorRegistry.shipped() : ActorRegistry.shipped().extendedWith(file);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }

  /** Loads the extractor (CoreNLP models and the actor registry) with the root command's factory. */
  public Extractor load(CommandSpec spec) {
    ExtractorConfig config = config();
    ExtractorFactory factory = ((HasExtractors) spec.root().userObject()).extractors();
    if (outletHomes != null && !Files.isRegularFile(outletHomes)) {
      throw new UserError(outletHomes + ": no such outlet homes file");
    }
    try {
      Extractor extractor = factory.load(config);
      return outletHomes == null ? extractor
          : extractor.withOutletHomes(OutletHomes.read(outletHomes, extractor.gazetteer()));
    } catch (IllegalArgumentException e) {
      // a bad user actor, gazetteer, vocabulary or homes file: the message names the file and the reason
      throw new UserError(e.getMessage(), e);
    }
  }
}
