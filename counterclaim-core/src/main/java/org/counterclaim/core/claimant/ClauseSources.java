package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Reads attributions from a parsed sentence's clauses: the subject of an attribution verb is a
 * source and the verb's complement what it says, thinks or stands for ("Glenn Beck, who …, on
 * Friday declared Trump was a threat", "the ministry rejected the claims", "Sanders wants to break
 * up the banks"). A clause inside another attribution's complement ("Sanders said he would
 * release …") is part of that statement, not one of its own.
 */
public final class ClauseSources {

  /**
   * One attribution: {@code phrase} names the source and the cue; {@code contentFrom} (inclusive)
   * to {@code contentTo} (exclusive) are the tokens of what it attributes.
   */
  public record Clause(SourcePhrase phrase, int contentFrom, int contentTo) {}

  private static final int MAX_SOURCE = 20;
  private static final int MAX_DEPTH = 16;
  private static final Set<String> CLAUSES = Set.of("ccomp", "xcomp");
  private static final Set<String> OBJECTS = Set.of("obj", "iobj");
  /** How a clause hangs from a verb whose statement it is part of (not "…, adding that …"). */
  private static final Set<String> NESTING = Set.of("ccomp", "xcomp", "parataxis", "csubj");
  /** Heads of subjects that count people: "most of them", "four in 10", "those surveyed". */
  private static final Set<String> COUNTING_TAGS = Set.of("JJS", "CD", "DT");
  /** Parts of a subject phrase that are not its name: "who" clauses and the like. */
  private static final Set<String> CUT =
      Set.of("acl:relcl", "acl", "parataxis", "dep", "nmod:tmod", "obl:tmod");
  /** First words of a complement that says nothing: "on condition of anonymity", "not to be named". */
  private final Set<String> notContent;
  private final Set<String> topicMarkers;
  /** Subjects that stand for no speaker: "it seems", "that shows", "there". */
  private final Set<String> notSubjects;
  /** Words that make a phrase a time, not a part of a name or a topic: "on Sunday". */
  private final Set<String> times;
  private final AttributionVerbs verbs;
  private final SourceFinder finder;
  private final ParseSpans spans;

  /**
   * A reader that takes attribution verbs from {@code verbs}, leaves the sources of reporting
   * verbs that {@code finder} finds to it, and reads the words of {@code vocabulary}.
   */
  public ClauseSources(Vocabulary vocabulary, AttributionVerbs verbs, SourceFinder finder) {
    this.notContent = vocabulary.words("claimant/not-content.txt");
    this.topicMarkers = vocabulary.words("claimant/topic-markers.txt");
    this.notSubjects = vocabulary.words("claimant/not-subjects.txt");
    this.times = vocabulary.words("claimant/times.txt");
    this.verbs = Objects.requireNonNull(verbs, "verbs");
    this.finder = Objects.requireNonNull(finder, "finder");
    this.spans = new ParseSpans(times);
  }

  /**
   * True when the tagged sentence has an attribution verb whose source only a parse can find: not
   * a claim or denial of responsibility (news of attacks is full of "claimed responsibility"), not
   * a bare participle, and not a reporting verb whose source the reporting-verb reader already
   * finds before it ("Police said seven were killed" needs no parse; "said Trump is …" might).
   */
  public boolean worthParsing(List<Token> tagged) {
    for (int i = 0; i < tagged.size(); i++) {
      if (verbs.kindOf(tagged.get(i)) != null && !finder.isResponsibility(tagged, i)
          && !participle(tagged, i)) {
        SourcePhrase known = finder.atVerb(tagged, i);
        if (known == null || known.sourceAfterCue()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * "were reported missing", "no reported casualties": a past participle with no "has" or "had"
   * just before it, which can be no speaker's verb (the parse would tell the same, at a cost).
   */
  private static boolean participle(List<Token> t, int i) {
    if (!t.get(i).pos().equals("VBN")) {
      return false;
    }
    for (int k = i - 1; k >= Math.max(0, i - 3); k--) {
      if (t.get(k).lemma().equals("have")) {
        return false;
      }
    }
    return true;
  }

  /** The clause attributions of a parsed sentence, in order of their cues; none when unparsed. */
  public List<Clause> find(Sentence s) {
    List<Clause> found = new ArrayList<>();
    if (!s.parsed()) {
      return found;
    }
    List<Token> t = s.tokens();
    for (int v = 0; v < t.size(); v++) {
      AttributionVerbs.Kind kind = verbs.kindOf(t.get(v));
      if (kind == null || nested(s, v) || finder.isResponsibility(t, v)
          || passive(s, v)) {
        continue;
      }
      int subject = subjectOf(s, v);
      if (subject < 0 || !canSpeak(t.get(subject))) {
        continue;
      }
      int[] content = content(s, v, kind);
      if (content == null || saysNothing(t, content)) {
        continue;
      }
      int[] source = sourcePhrase(s, subject);
      int cueTo = v + 1;
      for (int c : s.children(v)) {
        if (s.relation(c).equals("compound:prt") && c == cueTo) {
          cueTo++;
        }
      }
      found.add(new Clause(new SourcePhrase(source[0], source[1], -1, -1, v, cueTo), content[0],
          content[1]));
    }
    return found;
  }

  /**
   * "The fighters, believed to belong to …": a past participle without "has" or "had" is passive
   * or an adjective, whatever subject the parser gave it.
   */
  private static boolean passive(Sentence s, int v) {
    if (!s.tokens().get(v).pos().equals("VBN")) {
      return false;
    }
    for (int c : s.children(v)) {
      if (s.relation(c).equals("aux") && s.tokens().get(c).lemma().equals("have")) {
        return false;
      }
    }
    return true;
  }

  /** "on condition of anonymity", "to requests for comment": no statement. */
  private boolean saysNothing(List<Token> t, int[] content) {
    String first = t.get(content[0]).lower();
    String last = t.get(content[1] - 1).lower();
    return notContent.contains(first) || last.equals("comment") || last.equals("comments");
  }

  /**
   * The active subject of verb {@code v}, or -1; a verb joined to another ("endorsed the curfew
   * and urged traders to …") shares that verb's subject.
   */
  private static int subjectOf(Sentence s, int v) {
    for (int c : s.children(v)) {
      if (s.relation(c).equals("nsubj")) {
        return c;
      }
    }
    int head = s.head(v);
    return s.relation(v).equals("conj") && head >= 0 && s.tokens().get(head).posStartsWith("VB")
        ? subjectOf(s, head) : -1;
  }

  private static boolean hasSubject(Sentence s, int v) {
    for (int c : s.children(v)) {
      if (s.relation(c).startsWith("nsubj")) {
        return true;
      }
    }
    return false;
  }

  /** A person, group, organisation or pronoun — not "it", "that" or "there". */
  private boolean canSpeak(Token head) {
    if (notSubjects.contains(head.lower())) {
      return false;
    }
    return head.posStartsWith("NN") || head.posStartsWith("PRP") || head.lower().equals("who")
        || COUNTING_TAGS.contains(head.pos())
        || head.entity() == EntityType.PERSON || head.entity() == EntityType.ORGANIZATION;
  }

  /**
   * True when the sentence is parsed and its verb {@code v} sits in the complement of an attribution
   * verb ("Sanders said he would release …"): what it says is part of that statement.
   */
  public boolean insideStatement(Sentence s, int v) {
    return s.parsed() && nested(s, v);
  }

  /**
   * True when the sentence is parsed and the phrase took the words after its cue for the source
   * where the parse finds the cue's subject before it ("Rubio said Trump is unelectable" read as
   * Trump's statement).
   */
  public boolean contradicts(Sentence s, SourcePhrase p) {
    if (!s.parsed() || !p.sourceAfterCue()) {
      return false;
    }
    int subject = subjectOf(s, p.cueFrom());
    return subject >= 0 && subject < p.cueFrom();
  }

  /**
   * True when verb {@code v} sits in the complement of another attribution verb. A participle
   * after a comma ("…, adding that …", "…, saying its fighters …") carries on its speaker's
   * statement with one of its own, wherever the parser hung it.
   */
  private boolean nested(Sentence s, int v) {
    List<Token> t = s.tokens();
    if (t.get(v).pos().equals("VBG") && v > 0 && t.get(v - 1).text().equals(",")) {
      return false;
    }
    int k = v;
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      int head = s.head(k);
      if (head < 0 || s.relation(k).equals("advcl") && hasSubject(s, k)) {
        // "…, while the Taliban asserted that …": a clause of its own with its own subject
        return false;
      }
      if (NESTING.contains(s.relation(k)) && verbs.kindOf(s.tokens().get(head)) != null) {
        return true;
      }
      k = head;
    }
    return false;
  }

  /**
   * The tokens the verb attributes: its clausal complement, else its object, else a prepositional
   * object — those after the verb first ("which he called a cartel" has its object before).
   */
  private int[] content(Sentence s, int v, AttributionVerbs.Kind kind) {
    List<Integer> clauses = new ArrayList<>();
    List<Integer> objects = new ArrayList<>();
    List<Integer> obliques = new ArrayList<>();
    for (int c : s.children(v)) {
      String r = s.relation(c);
      if (times.contains(s.tokens().get(c).lower())) {
        continue;
      }
      if (CLAUSES.contains(r)) {
        clauses.add(c);
      } else if (OBJECTS.contains(r)) {
        objects.add(c);
      } else if (r.equals("obl") && (kind != AttributionVerbs.Kind.TOPIC || topic(s, c))) {
        obliques.add(c);
      } else if (r.equals("parataxis") && kind == AttributionVerbs.Kind.SPEECH) {
        clauses.add(c);
      }
    }
    boolean byClause = !clauses.isEmpty();
    boolean byObject = !byClause && kind == AttributionVerbs.Kind.SPEECH && !objects.isEmpty();
    List<Integer> chosen = byClause ? clauses : byObject ? objects
        : kind == AttributionVerbs.Kind.CLAUSAL ? List.of() : obliques;
    if (chosen.isEmpty()) {
      return commentedOn(s, v);
    }
    List<Integer> after = new ArrayList<>(chosen.stream().filter(c -> c > v).toList());
    if (!after.isEmpty() && kind == AttributionVerbs.Kind.SPEECH) {
      // "urged traders to cooperate": the object before the clause; "blamed the blast on
      // enemies of …": the oblique after the object
      int first = after.stream().min(Integer::compare).orElseThrow();
      int last = after.stream().max(Integer::compare).orElseThrow();
      if (byClause) {
        objects.stream().filter(o -> o > v && o < first).forEach(after::add);
      } else if (byObject) {
        obliques.stream().filter(o -> o > last).forEach(after::add);
      }
    }
    List<Integer> side = after.isEmpty() ? chosen : after;
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int c : side) {
      int[] span = spans.subtree(s, c);
      from = Math.min(from, span[0]);
      to = Math.max(to, span[1]);
    }
    List<Token> t = s.tokens();
    while (from < to && (ParseSpans.isPunctuation(t.get(from)) || s.relation(from).equals("mark")
        && t.get(from).lower().equals("that"))) {
      from++;
    }
    for (int k = from + 1; k + 1 < to; k++) {
      if (t.get(k).text().equals(",") && t.get(k + 1).pos().equals("VBG")
          && verbs.kindOf(t.get(k + 1)) != null) {
        // "condemned the attack, saying …": the participle is a statement of its own
        to = k;
        break;
      }
    }
    while (to > from && ParseSpans.isPunctuation(t.get(to - 1))) {
      to--;
    }
    return from < to ? new int[] {from, to} : null;
  }

  /**
   * The clause a verb with no complement of its own comments on: "…, some Democrats now think",
   * "as the Huffington Post reported, Clinton is …" — the larger side of its head's clause.
   */
  private int[] commentedOn(Sentence s, int v) {
    int head = s.head(v);
    String r = s.relation(v);
    boolean aside = r.equals("parataxis") || r.equals("advcl") && marked(s, v, "as");
    if (head < 0 || !aside) {
      return null;
    }
    int[] clause = spans.subtree(s, head);
    int[] own = spans.subtree(s, v);
    int[] before = ParseSpans.trimPunctuation(s, new int[] {clause[0], own[0]});
    int[] after = ParseSpans.trimPunctuation(s, new int[] {own[1], clause[1]});
    int[] side = own[0] - clause[0] >= clause[1] - own[1] ? before : after;
    boolean empty = side[1] <= side[0]
        || side[1] - side[0] == 1 && ParseSpans.isPunctuation(s.tokens().get(side[0]));
    return empty ? null : side;
  }

  private static boolean marked(Sentence s, int v, String word) {
    for (int c : s.children(v)) {
      if (s.relation(c).equals("mark") && s.tokens().get(c).lower().equals(word)) {
        return true;
      }
    }
    return false;
  }

  /** "about the wall", "of his plans": an oblique whose preposition names a topic. */
  private boolean topic(Sentence s, int oblique) {
    for (int c : s.children(oblique)) {
      if (s.relation(c).equals("case") && topicMarkers.contains(s.tokens().get(c).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words naming the source: the run of the subject's phrase around its head, with an
   * apposition ("Jeff Weaver, the campaign manager") but without a relative clause or a time; only
   * the name around its head when that run is long.
   */
  private int[] sourcePhrase(Sentence s, int subject) {
    int[] run = ParseSpans.trimPunctuation(s, spans.runAround(s, subject, CUT));
    if (run[1] - run[0] <= MAX_SOURCE) {
      return run;
    }
    return spans.runAround(s, subject, Set.of("appos", "acl:relcl", "acl", "parataxis", "dep",
        "nmod:tmod", "obl:tmod", "nmod", "punct", "conj", "cc"));
  }
}
