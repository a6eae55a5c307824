package org.counterclaim.core.claimant;

import java.util.List;
import org.counterclaim.core.nlp.SentenceFilter;
import org.counterclaim.core.nlp.Token;

/**
 * The attribution stage's cheap test of which sentences need the expensive analysis: one with a
 * reporting word or a form of an attribution verb gets tagged; of those, the ones whose source a
 * parse could tell (an attribution verb, by its tagged lemma, with no source the words alone
 * name) get parsed too.
 */
public final class SourceCues implements SentenceFilter {

  private final SourceFinder finder;
  private final AttributionVerbs verbs;
  private final ClauseSources clauses;

  /**
   * The cues of the reporting words of {@code finder} and the attribution verbs {@code verbs},
   * read as {@code clauses} reads them.
   */
  public SourceCues(SourceFinder finder, AttributionVerbs verbs, ClauseSources clauses) {
    this.finder = finder;
    this.verbs = verbs;
    this.clauses = clauses;
  }

  @Override
  public boolean wantsDeepAnalysis(List<String> lowerCaseWords) {
    for (String w : lowerCaseWords) {
      if (finder.isCueWord(w) || verbs.isForm(w)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public boolean wantsParse(List<Token> tagged) {
    return clauses.worthParsing(tagged);
  }
}
