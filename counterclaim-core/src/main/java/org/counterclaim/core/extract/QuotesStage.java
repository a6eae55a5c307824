package org.counterclaim.core.extract;

import org.counterclaim.core.quote.QuoteCues;
import org.counterclaim.core.quote.QuoteExtractor;

/**
 * Reads the report's quotes and statements with their speakers from the source phrases the
 * sources stage found: with {@code quotes}, asking for the sentences {@code cues} pick.
 */
public record QuotesStage(QuoteExtractor quotes, QuoteCues cues) implements Stage {

  @Override
  public void run(Draft draft) {
    draft.quotes = quotes.extract(draft.text(), draft.sources);
  }
}
