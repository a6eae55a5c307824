package org.counterclaim.app.cli;

/** The root command as its subcommands see it: where they get their extractor from. */
public interface HasExtractors {

  /** The factory that loads extractors for this run (tests give a shared one). */
  ExtractorFactory extractors();
}
