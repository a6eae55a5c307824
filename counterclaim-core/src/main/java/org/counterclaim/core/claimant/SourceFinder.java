package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Finds the phrase naming who a sentence's statements come from: "ISPR said", "according to
 * police", "..., said Ahmad Zia, the district governor", "a security official told Reuters",
 * "in a statement cited by Dawn".
 */
public final class SourceFinder {

  /** Reporting word forms (reporting-words.txt). */
  private static final Set<String> REPORTING = wordsOf("reporting-words.txt");
  private static final Set<String> RELAY_VERBS =
      Set.of("cited", "quoted", "carried", "relayed", "reported", "published", "broadcast");

  private SourceFinder() {}

  private static Set<String> wordsOf(String resource) {
    Set<String> words = new java.util.HashSet<>();
    org.counterclaim.core.nlp.PhraseTable.readRows(SourceFinder.class, resource,
        cols -> words.add(cols[0].trim()));
    return Set.copyOf(words);
  }

  /** True when {@code lowerWord} is one of the reporting words a source can be named with. */
  public static boolean isCueWord(String lowerWord) {
    return REPORTING.contains(lowerWord) || FINDING.contains(lowerWord) || CALLING.contains(lowerWord)
        || lowerWord.equals("according") || lowerWord.equals("statement");
  }

  /** The first source phrase of the sentence, or null when it names none. */
  public static SourcePhrase find(Sentence sentence) {
    List<SourcePhrase> all = findAll(sentence, 0, sentence.tokens().size());
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * The source named with a reporting verb at token {@code v} ("he said", "said the official"),
   * or null.
   */
  public static SourcePhrase atVerb(Sentence sentence, int v) {
    return atVerb(sentence.tokens(), v);
  }

  /** {@link #atVerb(Sentence, int)} over a sentence's tokens. */
  public static SourcePhrase atVerb(List<Token> t, int v) {
    if (v < 0 || v >= t.size()) {
      return null;
    }
    if (t.get(v).text().equals(":")) {
      return HeadlineSpeakers.at(t, v);
    }
    return isReporting(t, v) ? aroundVerb(t, v) : null;
  }

  /** True when token {@code v} is a reporting verb (not "to say", not "claimed responsibility"). */
  public static boolean isReporting(List<Token> t, int v) {
    String w = t.get(v).lower();
    boolean cue = REPORTING.contains(w) || FINDING.contains(w) && recordBefore(t, v)
        || CALLING.contains(w) && callsSomething(t, v) || TOLL_VERBS.contains(w) && tollAfter(t, v)
        || ISSUING.contains(w) && documentAfter(t, v);
    return cue && isVerb(t.get(v)) && !isInfinitive(t, v) && !isResponsibility(t, v)
        && !reportedState(t, v);
  }

  /** Verbs that give a figure as their object: "put the death toll at 37", "gave a toll of eight". */
  private static final Set<String> TOLL_VERBS =
      Set.of("put", "puts", "putting", "placed", "places", "gave", "gives", "giving", "raised",
          "raises", "revised", "revises", "lowered", "set", "sets", "updated", "updates");
  private static final Set<String> TOLLS =
      Set.of("toll", "tolls", "number", "figure", "figures", "tally", "count", "casualties");

  /** Verbs by which a party puts out its words: "issued a statement", "released a video". */
  private static final Set<String> ISSUING =
      Set.of("issued", "issues", "released", "releases", "published", "publishes", "posted",
          "posts", "circulated", "shared");
  private static final Set<String> ISSUED =
      Set.of("statement", "statements", "claim", "communique", "communiqué", "message", "video",
          "release", "bulletin", "update", "figures", "toll", "list");

  /** "issued a claim through its media arm": a statement as the verb's object. */
  private static boolean documentAfter(List<Token> t, int v) {
    for (int k = v + 1; k < Math.min(t.size(), v + 4); k++) {
      if (ISSUED.contains(t.get(k).lower())) {
        return true;
      }
      if (!t.get(k).posStartsWith("DT") && !t.get(k).posStartsWith("JJ")
          && !t.get(k).posStartsWith("PRP$") && !t.get(k).posStartsWith("NN")) {
        return false;
      }
    }
    return false;
  }

  /**
   * "put the number of wounded Iraqis at 40": a toll within the verb's first few words (not "gave
   * no toll").
   */
  private static boolean tollAfter(List<Token> t, int v) {
    for (int k = v + 1; k < Math.min(t.size(), v + 5); k++) {
      if (TOLLS.contains(t.get(k).lower())) {
        return true;
      }
      if (t.get(k).lower().equals("no")) {
        return false;
      }
      if (t.get(k).text().equals(",") || t.get(k).posStartsWith("VB")) {
        return false;
      }
    }
    return false;
  }

  private static final Set<String> STATES =
      Set.of("dead", "killed", "missing", "wounded", "injured", "kidnapped", "abducted", "hurt",
          "captured", "arrested", "detained");

  /** "14 soldiers reported dead", "were reported missing": a state reported, not a speaker. */
  private static boolean reportedState(List<Token> t, int v) {
    return t.get(v).lower().startsWith("report") && v + 1 < t.size()
        && STATES.contains(t.get(v + 1).lower());
  }

  /** "called the claims baseless", "called for an inquiry", "calls on the government to …". */
  private static final Set<String> CALLING = Set.of("called", "calls", "calling");

  /** A call that says something, not "called off", "was called", "so-called", "a town called". */
  private static boolean callsSomething(List<Token> t, int v) {
    if (v == 0 || v + 1 >= t.size()) {
      return false;
    }
    String next = t.get(v + 1).lower();
    String before = t.get(v - 1).lower();
    // "a village called Kot", "a group calling itself …", "what it calls …": a name, not a say
    boolean naming = v >= 2 && Set.of("a", "an").contains(t.get(v - 2).lower())
        && t.get(v - 1).posStartsWith("NN")
        || Set.of("itself", "themselves", "himself", "herself").contains(next)
        || v >= 2 && Set.of("which", "what").contains(t.get(v - 2).lower());
    return !CALL_PARTICLES.contains(next) && !PASSIVE_BEFORE.contains(before) && !naming;
  }

  private static final Set<String> CALL_PARTICLES =
      Set.of("off", "in", "up", "back", "out", "away", ",", ".", "by", "from");
  private static final Set<String> PASSIVE_BEFORE =
      Set.of("so", "be", "been", "was", "were", "is", "are", "being", "-", "also");

  /** Verbs by which a record states something: "a UN report found that …". */
  private static final Set<String> FINDING = Set.of("found", "find", "show", "showing");
  private static final Set<String> RECORDS =
      Set.of("report", "reports", "poll", "polls", "survey", "surveys", "study", "studies",
          "analysis", "data", "figures", "records", "statistics", "review", "investigation",
          "inquiry", "audit", "census", "returns", "count", "tally", "research");

  /** "The poll found", "a new survey of voters shows": a record is the verb's subject. */
  private static boolean recordBefore(List<Token> t, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 6); k--) {
      String w = t.get(k).lower();
      if (RECORDS.contains(w)) {
        return true;
      }
      if (w.equals(",") || w.equals(".") || w.equals("that")) {
        return false;
      }
    }
    return false;
  }

  /** A tagged token must be tagged as a verb ("states" in "United States" is not one). */
  private static boolean isVerb(Token t) {
    return t.pos().isEmpty() || t.posStartsWith("VB");
  }

  /** Every source phrase whose cue lies in tokens {@code from}..{@code to}, in text order. */
  public static List<SourcePhrase> findAll(Sentence sentence, int from, int to) {
    List<Token> t = sentence.tokens();
    List<SourcePhrase> all = new java.util.ArrayList<>();
    for (int i = from; i < Math.min(to, t.size()); i++) {
      String w = t.get(i).lower();
      SourcePhrase found = null;
      if ((w.equals("according") && i + 2 < t.size() && t.get(i + 1).lower().equals("to"))
          || (w.equals("as") && i + 2 < t.size() && t.get(i + 1).lower().equals("per"))) {
        found = accordingTo(t, i + 2);
      } else if (w.equals("statement") || w.equals("communique") || w.equals("communiqué")) {
        found = statementBy(t, i + 1);
      } else if (isReporting(t, i)) {
        found = aroundVerb(t, i);
      } else if (w.equals(":")) {
        found = HeadlineSpeakers.at(t, i);
      }
      if (found != null) {
        all.add(found);
      }
    }
    return all;
  }

  /**
   * True when verb {@code i} claims or denies an attack rather than stating something ("claimed
   * responsibility", "denied involvement", "claimed the bombing"): a stance on responsibility.
   */
  public static boolean isResponsibility(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      String w = t.get(k).lower();
      if (w.equals("responsibility") || w.equals("credit") || w.equals("involvement")) {
        return true;
      }
    }
    String w = t.get(i).lower();
    return w.startsWith("claim") && i + 2 < t.size() && t.get(i + 1).lower().equals("the")
        && Set.of("attack", "attacks", "bombing", "blast", "assault", "incident", "abduction",
            "kidnapping", "killing", "ambush").contains(t.get(i + 2).lower());
  }

  private static boolean isInfinitive(List<Token> t, int i) {
    return i > 0 && t.get(i - 1).lower().equals("to");
  }

  private static SourcePhrase accordingTo(List<Token> t, int from) {
    int to = SourceSpans.forwardNp(t, from);
    if (to <= from) {
      return null;
    }
    int[] relay = relayAfter(t, to);
    return new SourcePhrase(from, to, relay[0], relay[1], from - 2, from);
  }

  /** "a statement issued by X", "a statement from X", "statement by X". */
  private static SourcePhrase statementBy(List<Token> t, int i) {
    int k = i;
    while (k < t.size() && k - i < 2 && t.get(k).posStartsWith("RB")) {
      // "a statement purportedly written by …"
      k++;
    }
    if (k < t.size() && RELAY_VERBS.contains(t.get(k).lower())
        && !t.get(k).lower().equals("published")) {
      // "a statement relayed by SITE", "cited by Dawn": who passed it on, not who made it
      return null;
    }
    if (k < t.size() && (Set.of("issued", "released", "posted", "sent", "published", "shared")
        .contains(t.get(k).lower()) || t.get(k).pos().equals("VBN"))) {
      k++;
    }
    if (k < t.size() && Set.of("by", "from", "of").contains(t.get(k).lower())) {
      int to = SourceSpans.forwardNp(t, k + 1);
      if (to > k + 1) {
        int[] relay = relayAfter(t, to);
        return new SourcePhrase(k + 1, to, relay[0], relay[1], i - 1, i);
      }
    }
    return null;
  }

  private static SourcePhrase aroundVerb(List<Token> t, int v) {
    String verb = t.get(v).lower();
    if (verb.equals("quoted") && v + 1 < t.size() && !t.get(v + 1).lower().equals("by")) {
      // "Dawn quoted a police official as saying ..."
      int left = SourceSpans.backwardNp(t, v);
      int to = SourceSpans.forwardNp(t, v + 1);
      if (to > v + 1) {
        return left >= 0 ? new SourcePhrase(v + 1, to, left, v, v, v + 1)
            : new SourcePhrase(v + 1, to, -1, -1, v, v + 1);
      }
    }
    int left = SourceSpans.backwardNp(t, v);
    if (left >= 0) {
      int leftEnd = VerbAdjuncts.npEndBefore(t, v);
      int[] relay = verb.equals("told") || verb.equals("tells") ? toldRelay(t, v + 1)
          : relayAfter(t, v + 1);
      return new SourcePhrase(left, leftEnd, relay[0], relay[1], v, v + 1);
    }
    if (verb.endsWith("ing") && v > 1 && t.get(v - 1).text().equals(",")) {
      SourcePhrase subject = mainClauseSubject(t, v - 1);
      if (subject != null) {
        return new SourcePhrase(subject.from(), subject.to(), -1, -1, v, v + 1);
      }
    }
    // inverted: "..., said Ahmad Zia, the district governor."
    boolean afterBreak = v == 0 || SourceSpans.isBreak(t.get(v - 1).text());
    if (afterBreak && v + 1 < t.size() && SourceSpans.startsNp(t.get(v + 1))
        && !TOLL_VERBS.contains(verb)) {
      int to = SourceSpans.forwardNp(t, v + 1);
      if (to > v + 1 && !(to < t.size() && FINITE.contains(t.get(to).pos()))) {
        // "…, said another 10 soldiers were wounded": a phrase with a verb of its own after it is
        // the subject of what was said, not who said it
        int[] relay = relayAfter(t, to);
        return new SourcePhrase(v + 1, to, relay[0], relay[1], v, v + 1);
      }
    }
    return null;
  }

  static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");
  private static final Set<String> COPULAS =
      Set.of("is", "are", "was", "were", "be", "been", "'s", "’s", "'re", "’re", "seemed", "seems");

  /**
   * "Sanders denounced the attacks, saying …": the subject of the clause that a participle after
   * the comma at {@code comma} continues, or null when that clause has none the rules can see.
   */
  private static SourcePhrase mainClauseSubject(List<Token> t, int comma) {
    for (int k = comma - 1; k > 0 && !SourceSpans.isQuoteToken(t.get(k)); k--) {
      // "…, the ministry said, adding that …": the source of the reporting verb before; "the
      // Taliban claimed responsibility, claiming that …": of the claim before
      boolean claimed = t.get(k).lower().startsWith("claim") && isVerb(t.get(k))
          && isResponsibility(t, k);
      if (isReporting(t, k) || claimed) {
        SourcePhrase p = aroundVerb(t, k);
        return p != null && p.from() < comma ? new SourcePhrase(p.from(), p.to(), -1, -1, k, k + 1)
            : null;
      }
    }
    for (int k = 1; k < comma; k++) {
      Token w = t.get(k);
      if (SourceSpans.isQuoteToken(w) || w.text().equals(";")) {
        return null;
      }
      if (FINITE.contains(w.pos())) {
        if (COPULAS.contains(w.lower())) {
          // "Six soldiers were missing, …": a passive or a state, not someone speaking
          return null;
        }
        int left = SourceSpans.backwardNp(t, k);
        if (left < 0) {
          return null;
        }
        int end = VerbAdjuncts.npEndBefore(t, k);
        return end > left ? new SourcePhrase(left, end, -1, -1, k, k + 1) : null;
      }
    }
    return null;
  }

  /** "told Reuters", "told AFP": the outlet told. */
  private static int[] toldRelay(List<Token> t, int from) {
    int to = SourceSpans.forwardNp(t, from);
    if (to > from) {
      return new int[] {from, to};
    }
    return new int[] {-1, -1};
  }

  /** ", cited by Dawn", "quoted by AFP", "according to Reuters" after a source. */
  private static int[] relayAfter(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size() - 2, from + 8); k++) {
      String w = t.get(k).lower();
      if (RELAY_VERBS.contains(w) && t.get(k + 1).lower().equals("by")) {
        int to = SourceSpans.forwardNp(t, k + 2);
        if (to > k + 2) {
          return new int[] {k + 2, to};
        }
      }
      if (w.equals("according") && t.get(k + 1).lower().equals("to")) {
        int to = SourceSpans.forwardNp(t, k + 2);
        if (to > k + 2) {
          return new int[] {k + 2, to};
        }
      }
    }
    return new int[] {-1, -1};
  }
}
