package org.counterclaim.core.extract;

import org.counterclaim.core.nlp.SentenceFilter;

/**
 * One step of the extraction of a report: it reads what the steps before it put in the draft,
 * adds its own findings, and names the sentences it needs analysed deeply.
 */
public interface Stage {

  /** The cheap test of which sentences this stage needs tagged (and parsed); none by default. */
  default SentenceFilter cues() {
    return SentenceFilter.none();
  }

  /** Adds this stage's findings about the draft's report to {@code draft}. */
  void run(Draft draft);
}
