package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Finds the phrase naming who a sentence's statements come from: "ISPR said", "according to
 * police", "..., said Ahmad Zia, the district governor", "a security official told Reuters",
 * "in a statement cited by Dawn".
 */
public final class SourceFinder {

  /** Reporting word forms. */
  private final Set<String> reporting;
  private final Set<String> relayVerbs;
  /** Verbs that give a figure as their object: "put the death toll at 37", "gave a toll of eight". */
  private final Set<String> tollVerbs;
  private final Set<String> tolls;
  /** Verbs by which a party puts out its words: "issued a statement", "released a video". */
  private final Set<String> issuing;
  private final Set<String> issued;
  private final Set<String> states;
  /** "called the claims baseless", "called for an inquiry", "calls on the government to …". */
  private final Set<String> calling;
  private final Set<String> callParticles;
  private final Set<String> passiveBefore;
  /** Verbs by which a record states something: "a UN report found that …". */
  private final Set<String> finding;
  private final Set<String> records;
  private final Set<String> copulas;
  private final Set<String> reflexives;
  private final Set<String> attacks;
  private final Set<String> responsibilities;
  private final Set<String> statementVerbs;
  private final Set<String> statementPrepositions;
  private final VerbAdjuncts adjuncts;
  private final SourceSpans spans;
  private final HeadlineSpeakers headlines;

  /**
   * A finder of the source phrases the words of {@code vocabulary} name, telling parties by
   * {@code roles}.
   */
  public SourceFinder(Vocabulary vocabulary, RoleVocabulary roles) {
    this.reporting = vocabulary.words("claimant/reporting-words.txt");
    this.relayVerbs = vocabulary.words("claimant/relay-verbs.txt");
    this.tollVerbs = vocabulary.words("claimant/toll-verbs.txt");
    this.tolls = vocabulary.words("claimant/tolls.txt");
    this.issuing = vocabulary.words("claimant/issuing-verbs.txt");
    this.issued = vocabulary.words("claimant/issued-documents.txt");
    this.states = vocabulary.words("claimant/reported-states.txt");
    this.calling = vocabulary.words("claimant/calling-verbs.txt");
    this.callParticles = vocabulary.words("claimant/call-particles.txt");
    this.passiveBefore = vocabulary.words("claimant/call-passive-words.txt");
    this.finding = vocabulary.words("claimant/finding-verbs.txt");
    this.records = vocabulary.words("claimant/records.txt");
    this.copulas = vocabulary.words("claimant/copulas.txt");
    this.reflexives = vocabulary.words("claimant/reflexives.txt");
    this.attacks = vocabulary.words("claimant/attack-nouns.txt");
    this.responsibilities = vocabulary.words("claimant/responsibility-nouns.txt");
    this.statementVerbs = vocabulary.words("claimant/statement-verbs.txt");
    this.statementPrepositions = vocabulary.words("claimant/statement-prepositions.txt");
    this.adjuncts = new VerbAdjuncts(vocabulary);
    this.spans = new SourceSpans(vocabulary, adjuncts, roles);
    this.headlines = new HeadlineSpeakers(vocabulary);
  }

  /** How this finder reads the noun phrases around a cue. */
  SourceSpans spans() {
    return spans;
  }

  /** True when {@code lowerWord} is one of the reporting words a source can be named with. */
  public boolean isCueWord(String lowerWord) {
    return reporting.contains(lowerWord) || finding.contains(lowerWord) || calling.contains(lowerWord)
        || lowerWord.equals("according") || lowerWord.equals("statement");
  }

  /** The first source phrase of the sentence, or null when it names none. */
  public SourcePhrase find(Sentence sentence) {
    List<SourcePhrase> all = findAll(sentence, 0, sentence.tokens().size());
    return all.isEmpty() ? null : all.get(0);
  }

  /**
   * The source named with a reporting verb at token {@code v} ("he said", "said the official"),
   * or null.
   */
  public SourcePhrase atVerb(Sentence sentence, int v) {
    return atVerb(sentence.tokens(), v);
  }

  /** {@link #atVerb(Sentence, int)} over a sentence's tokens. */
  public SourcePhrase atVerb(List<Token> t, int v) {
    if (v < 0 || v >= t.size()) {
      return null;
    }
    if (t.get(v).text().equals(":")) {
      return headlines.at(t, v);
    }
    return isReporting(t, v) ? aroundVerb(t, v) : null;
  }

  /** True when token {@code v} is a reporting verb (not "to say", not "claimed responsibility"). */
  public boolean isReporting(List<Token> t, int v) {
    String w = t.get(v).lower();
    boolean cue = reporting.contains(w) || finding.contains(w) && recordBefore(t, v)
        || calling.contains(w) && callsSomething(t, v) || tollVerbs.contains(w) && tollAfter(t, v)
        || issuing.contains(w) && documentAfter(t, v);
    return cue && isVerb(t.get(v)) && !isInfinitive(t, v) && !isResponsibility(t, v)
        && !reportedState(t, v);
  }

  /** "issued a claim through its media arm": a statement as the verb's object. */
  private boolean documentAfter(List<Token> t, int v) {
    for (int k = v + 1; k < Math.min(t.size(), v + 4); k++) {
      if (issued.contains(t.get(k).lower())) {
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
  private boolean tollAfter(List<Token> t, int v) {
    for (int k = v + 1; k < Math.min(t.size(), v + 5); k++) {
      if (tolls.contains(t.get(k).lower())) {
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

  /** "14 soldiers reported dead", "were reported missing": a state reported, not a speaker. */
  private boolean reportedState(List<Token> t, int v) {
    return t.get(v).lower().startsWith("report") && v + 1 < t.size()
        && states.contains(t.get(v + 1).lower());
  }

  /** A call that says something, not "called off", "was called", "so-called", "a town called". */
  private boolean callsSomething(List<Token> t, int v) {
    if (v == 0 || v + 1 >= t.size()) {
      return false;
    }
    String next = t.get(v + 1).lower();
    String before = t.get(v - 1).lower();
    // "a village called Kot", "a group calling itself …", "what it calls …": a name, not a say
    boolean naming = v >= 2 && Set.of("a", "an").contains(t.get(v - 2).lower())
        && t.get(v - 1).posStartsWith("NN")
        || reflexives.contains(next)
        || v >= 2 && Set.of("which", "what").contains(t.get(v - 2).lower());
    return !callParticles.contains(next) && !passiveBefore.contains(before) && !naming;
  }

  /** "The poll found", "a new survey of voters shows": a record is the verb's subject. */
  private boolean recordBefore(List<Token> t, int v) {
    for (int k = v - 1; k >= Math.max(0, v - 6); k--) {
      String w = t.get(k).lower();
      if (records.contains(w)) {
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
  public List<SourcePhrase> findAll(Sentence sentence, int from, int to) {
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
        found = headlines.at(t, i);
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
  public boolean isResponsibility(List<Token> t, int i) {
    for (int k = i + 1; k < Math.min(t.size(), i + 4); k++) {
      String w = t.get(k).lower();
      if (responsibilities.contains(w)) {
        return true;
      }
    }
    String w = t.get(i).lower();
    return w.startsWith("claim") && i + 2 < t.size() && t.get(i + 1).lower().equals("the")
        && attacks.contains(t.get(i + 2).lower());
  }

  private static boolean isInfinitive(List<Token> t, int i) {
    return i > 0 && t.get(i - 1).lower().equals("to");
  }

  private SourcePhrase accordingTo(List<Token> t, int from) {
    int to = spans.forwardNp(t, from);
    if (to <= from) {
      return null;
    }
    int[] relay = relayAfter(t, to);
    return new SourcePhrase(from, to, relay[0], relay[1], from - 2, from);
  }

  /** "a statement issued by X", "a statement from X", "statement by X". */
  private SourcePhrase statementBy(List<Token> t, int i) {
    int k = i;
    while (k < t.size() && k - i < 2 && t.get(k).posStartsWith("RB")) {
      // "a statement purportedly written by …"
      k++;
    }
    if (k < t.size() && relayVerbs.contains(t.get(k).lower())
        && !t.get(k).lower().equals("published")) {
      // "a statement relayed by SITE", "cited by Dawn": who passed it on, not who made it
      return null;
    }
    if (k < t.size() && (statementVerbs.contains(t.get(k).lower()) || t.get(k).pos().equals("VBN"))) {
      k++;
    }
    if (k < t.size() && statementPrepositions.contains(t.get(k).lower())) {
      int to = spans.forwardNp(t, k + 1);
      if (to > k + 1) {
        int[] relay = relayAfter(t, to);
        return new SourcePhrase(k + 1, to, relay[0], relay[1], i - 1, i);
      }
    }
    return null;
  }

  private SourcePhrase aroundVerb(List<Token> t, int v) {
    String verb = t.get(v).lower();
    if (verb.equals("quoted") && v + 1 < t.size() && !t.get(v + 1).lower().equals("by")) {
      // "Dawn quoted a police official as saying ..."
      int left = spans.backwardNp(t, v);
      int to = spans.forwardNp(t, v + 1);
      if (to > v + 1) {
        return left >= 0 ? new SourcePhrase(v + 1, to, left, v, v, v + 1)
            : new SourcePhrase(v + 1, to, -1, -1, v, v + 1);
      }
    }
    int left = spans.backwardNp(t, v);
    if (left >= 0) {
      int leftEnd = adjuncts.npEndBefore(t, v);
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
    if (afterBreak && v + 1 < t.size() && spans.startsNp(t.get(v + 1))
        && !tollVerbs.contains(verb)) {
      int to = spans.forwardNp(t, v + 1);
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
  /**
   * "Sanders denounced the attacks, saying …": the subject of the clause that a participle after
   * the comma at {@code comma} continues, or null when that clause has none the rules can see.
   */
  private SourcePhrase mainClauseSubject(List<Token> t, int comma) {
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
        if (copulas.contains(w.lower())) {
          // "Six soldiers were missing, …": a passive or a state, not someone speaking
          return null;
        }
        int left = spans.backwardNp(t, k);
        if (left < 0) {
          return null;
        }
        int end = adjuncts.npEndBefore(t, k);
        return end > left ? new SourcePhrase(left, end, -1, -1, k, k + 1) : null;
      }
    }
    return null;
  }

  /** "told Reuters", "told AFP": the outlet told. */
  private int[] toldRelay(List<Token> t, int from) {
    int to = spans.forwardNp(t, from);
    if (to > from) {
      return new int[] {from, to};
    }
    return new int[] {-1, -1};
  }

  /** ", cited by Dawn", "quoted by AFP", "according to Reuters" after a source. */
  private int[] relayAfter(List<Token> t, int from) {
    for (int k = from; k < Math.min(t.size() - 2, from + 8); k++) {
      String w = t.get(k).lower();
      if (relayVerbs.contains(w) && t.get(k + 1).lower().equals("by")) {
        int to = spans.forwardNp(t, k + 2);
        if (to > k + 2) {
          return new int[] {k + 2, to};
        }
      }
      if (w.equals("according") && t.get(k + 1).lower().equals("to")) {
        int to = spans.forwardNp(t, k + 2);
        if (to > k + 2) {
          return new int[] {k + 2, to};
        }
      }
    }
    return new int[] {-1, -1};
  }
}
