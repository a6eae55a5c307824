package org.counterclaim.core.casualty;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.claimant.AttributionVerbs;
import org.counterclaim.core.claimant.ClauseSources;
import org.counterclaim.core.claimant.SourceFinder;
import org.counterclaim.core.nlp.SentenceFilter;
import org.counterclaim.core.nlp.Token;

/**
 * The cheap test that decides which sentences get the expensive analysis: a digit that is not a
 * date, a number word, a casualty word, a quote mark, a reporting word (the source finder's) or a
 * form of an attribution verb get tagged; of those, the ones with an attribution verb (by its
 * tagged lemma) get parsed too.
 */
public final class CasualtyCues implements SentenceFilter {

  private final AttributionVerbs verbs = AttributionVerbs.shipped();
  private final ClauseSources clauses = new ClauseSources(verbs);

  private static final Set<String> WORDS =
      Set.of(
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
          "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
          "hundred", "thousand", "dozen", "dozens", "several", "scores", "hundreds", "thousands",
          "few", "himself", "toll", "said", "says", "told", "according", "statement",
          "reported", "added", "confirmed", "stated",
          "announced", "dead", "hostage", "hostages", "captive", "hell", "missing", "couple");
  private static final String[] STEMS = {
    "kill", "die", "dead", "death", "martyr", "shahadat", "neutrali", "eliminat", "gunned",
    "lives", "life", "wound", "injur", "hurt", "abduct", "kidnap", "arrest", "detain", "captur",
    "seiz", "apprehend", "nabbed", "perish", "succumb", "slain", "murder", "massacr", "behead",
    "execut", "lynch", "maim", "custody", "missing", "unaccounted", "held", "casualt",
    "fatalit", "drown", "slaughter", "hospitali", "assassinat", "bodies", "body", "nobody",
    "no-one"
  };

  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("\\d{1,4}([/.:-]\\d{1,4})+:?|(19|20)\\d\\d");

  /** "02/28/2016:", "14:30", "2016": a date or time, not a count. */
  private static boolean isDate(String w) {
    return DATE.matcher(w).matches();
  }

  @Override
  public boolean wantsDeepAnalysis(List<String> words) {
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      char c = w.charAt(0);
      if (Character.isDigit(c) && isDate(w)) {
        continue;
      }
      if (SourceFinder.isCueWord(w) || verbs.isForm(w)) {
        return true;
      }
      if (Character.isDigit(c) || c == '"' || c == '“' || c == '”' || c == '‘' || c == '’'
          || c == '«' || c == '»' || WORDS.contains(w)) {
        return true;
      }
      for (String stem : STEMS) {
        if (w.startsWith(stem)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public boolean wantsParse(List<Token> tagged) {
    return clauses.worthParsing(tagged);
  }
}
