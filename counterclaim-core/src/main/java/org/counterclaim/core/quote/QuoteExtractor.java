package org.counterclaim.core.quote;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.claimant.ClauseSources;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.claimant.SentenceSources;
import org.counterclaim.core.claimant.Source;
import org.counterclaim.core.claimant.SourceFinder;
import org.counterclaim.core.claimant.SourcePhrase;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Finds what a report says people said. Direct quotes are the words inside quotation marks,
 * attributed to the source named by the reporting verb just after them ("…," he said) or just
 * before them (He said: "…"); a quote with no such verb continues the previous speaker's quote in
 * the same or next paragraph. Indirect statements are the clauses that reporting verbs govern
 * ("ISPR said 197 militants were killed", "according to police, …"). In parsed sentences the
 * subjects of attribution verbs are sources too, with their verbs' complements as what they say or
 * stand for ("the ministry rejected the claims"), unless a reporting verb already gave that verb's
 * statement.
 */
public final class QuoteExtractor {

  private static final int NEAR = 8;
  private static final int FAR = 24;
  private static final int MIN_CONTENT_TOKENS = 3;
  private final SourceFinder finder;
  private final Set<String> leadingSkips;
  private final Set<String> notStatements;
  private final Set<String> adverbialStarts;
  private final Set<String> pronouns;

  /**
   * An extractor that tells reporting verbs as {@code finder} does and reads the words of {@code
   * vocabulary}.
   */
  public QuoteExtractor(SourceFinder finder, Vocabulary vocabulary) {
    this.finder = Objects.requireNonNull(finder, "finder");
    this.leadingSkips = vocabulary.words("quote/leading-skips.txt");
    this.notStatements = vocabulary.words("quote/not-statements.txt");
    this.adverbialStarts = vocabulary.words("quote/adverbial-starts.txt");
    this.pronouns = vocabulary.words("claimant/speaker-pronouns.txt");
  }

  /**
   * The quotes and statements of {@code text}, in text order; {@code sources} are the source
   * phrases of each of its sentences, in sentence order.
   */
  public List<Quote> extract(AnalyzedText text, List<SentenceSources> sources) {
    String raw = text.text();
    List<QuoteMarks.Marked> marked = QuoteMarks.find(raw);
    List<Quote> quotes = new ArrayList<>();
    List<Sentence> sentences = text.sentences();
    int next = 0;
    Quote previousDirect = null;
    List<Span> usedCues = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      SentenceSources found = sources.get(i);
      while (next < marked.size() && marked.get(next).open() < s.end()) {
        QuoteMarks.Marked m = marked.get(next++);
        Quote q = direct(raw, text, sources, m, previousDirect);
        quotes.add(q);
        previousDirect = q;
        if (q.cue() != null) {
          usedCues.add(q.cue());
        }
      }
      if (s.deep()) {
        List<Quote> reported = indirect(raw, s, found, marked, usedCues);
        quotes.addAll(reported);
        reported.forEach(q -> usedCues.add(q.cue()));
        quotes.addAll(clauses(raw, s, found, marked, usedCues));
      }
    }
    quotes.sort(Comparator.comparingInt(Quote::start));
    return quotes;
  }

  private Quote direct(String raw, AnalyzedText text, List<SentenceSources> sources,
      QuoteMarks.Marked m, Quote previous) {
    String words = raw.substring(m.start(), m.end());
    int closing = sentenceAt(text, m.close());
    int opening = sentenceAt(text, m.open());
    Attributed a = closing < 0 ? null : after(text.sentences().get(closing), sources.get(closing),
        m.close(), raw);
    if (a == null && opening >= 0) {
      a = before(text.sentences().get(opening), sources.get(opening), m.open(), raw);
    }
    if (a != null) {
      return new Quote(words, true, m.start(), m.end(), a.source(), a.cue());
    }
    if (previous != null && previous.speaker() != null && opening >= 0
        && paragraphsApart(text, previous.end(), m.open()) <= 1) {
      return new Quote(words, true, m.start(), m.end(), previous.speaker(), null);
    }
    return new Quote(words, true, m.start(), m.end(), null, null);
  }

  private record Attributed(Source source, Span cue) {}

  /** "…," he said / "…," said the official: a reporting verb just after the closing mark. */
  private Attributed after(Sentence s, SentenceSources found, int close, String raw) {
    List<Token> t = s.tokens();
    int first = firstTokenAtOrAfter(t, close + 1);
    int speakerStart = first < t.size() && isQuoteToken(t.get(first)) ? first + 1 : first;
    for (int v = first; v < Math.min(t.size(), first + FAR); v++) {
      if (isQuoteToken(t.get(v)) && v > first) {
        break;
      }
      SourcePhrase p = found.at(v);
      // beyond a few words only a speaker named right after the quote with an apposition
      // ("…,” Seth Ames, a political scientist at Texas Tech University, told The Hill.)
      boolean near = v < first + NEAR || p != null && p.from() <= speakerStart;
      if (p != null && near && t.get(p.from()).start() > close) {
        Source src = speaker(s, found, p);
        if (src != null) {
          return new Attributed(src, cueSpan(raw, t, p));
        }
      }
    }
    return null;
  }

  /** He said: "…" / The ministry said, "…": a reporting verb just before the opening mark. */
  private Attributed before(Sentence s, SentenceSources found, int open, String raw) {
    List<Token> t = s.tokens();
    int last = firstTokenAtOrAfter(t, open) - 1;
    for (int v = last; v >= 0; v--) {
      if (v < last && isQuoteToken(t.get(v))) {
        break;
      }
      SourcePhrase p = found.at(v);
      if (p != null && t.get(p.to() - 1).end() <= open) {
        Source src = speaker(s, found, p);
        if (src != null) {
          return new Attributed(src, cueSpan(raw, t, p));
        }
      }
    }
    return null;
  }

  /**
   * Statements reported without quotation marks: every source phrase whose cue is neither inside
   * a direct quote nor already the cue of one.
   */
  private List<Quote> indirect(String raw, Sentence s, SentenceSources sources,
      List<QuoteMarks.Marked> marked, List<Span> usedCues) {
    List<Quote> found = new ArrayList<>();
    List<Token> t = s.tokens();
    // not where the parse names another subject (the clause reading below gives the statement),
    // nor where the verb is part of another statement ("Sanders said he would release …")
    for (SourcePhrase p : sources.ownStatements()) {
      int cueStart = t.get(p.cueFrom()).start();
      if (used(usedCues, cueStart) || insideMarks(marked, cueStart)) {
        continue;
      }
      // resolved even when it states nothing quotable ("ASP Ibrahim Dala confirmed the attack"),
      // so that a later "he said" finds him
      Source src = speaker(s, sources, p);
      int[] content = content(t, p);
      if (src == null || content == null || content[1] - content[0] < MIN_CONTENT_TOKENS) {
        continue;
      }
      content[0] = afterThat(t, content[0], content[1]);
      int start = t.get(content[0]).start();
      int end = t.get(content[1] - 1).end();
      if (notStatements.contains(t.get(content[0]).lower())
          || marked.stream().anyMatch(m -> m.open() <= start && start < m.close())) {
        // "… on condition of anonymity", "asked not to be named", the tail of a quote
        continue;
      }
      found.add(new Quote(raw.substring(start, end), false, start, end, src, cueSpan(raw, t, p)));
    }
    return found;
  }

  /**
   * Attributions read from the parse: each clause whose cue no quote or statement has used, whose
   * source is outside quotation marks, and whose source resolves.
   */
  private List<Quote> clauses(String raw, Sentence s, SentenceSources sources,
      List<QuoteMarks.Marked> marked, List<Span> usedCues) {
    List<Quote> found = new ArrayList<>();
    List<Token> t = s.tokens();
    for (ClauseSources.Clause c : sources.clauses()) {
      SourcePhrase p = c.phrase();
      int cueStart = t.get(p.cueFrom()).start();
      int sourceStart = t.get(p.from()).start();
      if (p.from() < afterDateline(t, t.size())
          || used(usedCues, cueStart) || insideMarks(marked, cueStart)
          || insideMarks(marked, sourceStart)) {
        continue;
      }
      Source src = speaker(s, sources, p);
      if (src == null) {
        continue;
      }
      int start = t.get(c.contentFrom()).start();
      int end = t.get(c.contentTo() - 1).end();
      found.add(new Quote(raw.substring(start, end), false, start, end, src, cueSpan(raw, t, p)));
    }
    return found;
  }

  /** True when a quote or statement already has the cue that starts at {@code cueStart}. */
  private static boolean used(List<Span> usedCues, int cueStart) {
    return usedCues.stream().anyMatch(c -> c.start() == cueStart);
  }

  /** True when {@code offset} lies between a direct quote's marks. */
  private static boolean insideMarks(List<QuoteMarks.Marked> marked, int offset) {
    return marked.stream().anyMatch(m -> m.open() < offset && offset < m.close());
  }

  /**
   * The resolved source of a phrase; a pronoun with no named antecedent in the report ("he told
   * Fox 35" opening an excerpt) stays a speaker with no name rather than none at all.
   */
  private Source speaker(Sentence s, SentenceSources found, SourcePhrase p) {
    Source src = found.source(p);
    if (src != null || p.to() - p.from() != 1) {
      return src;
    }
    Token w = s.tokens().get(p.from());
    if (!pronouns.contains(w.lower())) {
      return null;
    }
    return new Source(null, null, null, ClaimantType.OTHER, null, new Span(w.start(), w.end(),
        w.text()), w.text(), null);
  }

  /** "by phone that …", "to SANA that …", "on condition of anonymity that …": after "that". */
  private int afterThat(List<Token> t, int from, int to) {
    if (!notStatements.contains(t.get(from).lower()) && !t.get(from).lower().equals("on")) {
      return from;
    }
    for (int k = from + 1; k < Math.min(to - MIN_CONTENT_TOKENS, from + 7); k++) {
      if (t.get(k).lower().equals("that")) {
        return k + 1;
      }
    }
    return from;
  }

  /** The tokens a source phrase's cue governs: its clause, before or after the source. */
  int[] content(List<Token> t, SourcePhrase p) {
    int n = t.size();
    int end = n;
    while (end > 0 && isClosingPunctuation(t.get(end - 1).text())) {
      end--;
    }
    if (p.sourceAfterCue()) {
      if (p.cueFrom() == 0 || p.cueFrom() == 1 && t.get(0).text().equals(",")) {
        // "According to police, seven officers were killed."
        int from = p.relayFrom() >= 0 ? p.relayTo() : p.to();
        from = skipLeading(t, from, end);
        return new int[] {from, end};
      }
      // "Seven officers were killed, said the police chief." / "..., according to police."
      int to = p.cueFrom();
      while (to > 0 && isClosingPunctuation(t.get(to - 1).text())) {
        to--;
      }
      return new int[] {afterDateline(t, to), to};
    }
    int afterCue = Math.max(p.cueTo(), p.relayFrom() >= 0 ? p.relayTo() : p.cueTo());
    // "…, a security official told Reuters on condition of anonymity": the words after the cue
    // are an adverbial, the statement is the clause before the source
    boolean adverbialAfter = afterCue < end && adverbialStarts.contains(t.get(afterCue).lower());
    boolean clauseBefore = p.from() > MIN_CONTENT_TOKENS && t.get(p.from() - 1).text().equals(",");
    int from = skipLeading(t, afterCue, end);
    // "…, the ministry said, adding that …": what follows is the next statement's
    adverbialAfter |= from < end && from > afterCue && finder.isReporting(t, from)
        && t.get(from).lower().endsWith("ing");
    if (!(adverbialAfter && clauseBefore) && end - from >= MIN_CONTENT_TOKENS) {
      return new int[] {from, end};
    }
    // "Seven officers were killed, police said."
    int to = p.from();
    while (to > 0 && isClosingPunctuation(t.get(to - 1).text())) {
      to--;
    }
    return new int[] {afterDateline(t, to), to};
  }

  /** Skips a dateline ("NOSHKI:", "KABUL (Reuters) -") at the start of a sentence. */
  private static int afterDateline(List<Token> t, int limit) {
    for (int k = 0; k < Math.min(limit, 8); k++) {
      String w = t.get(k).text();
      if (w.equals(":") || w.equals("-") || w.equals("—") || w.equals("–")) {
        boolean caps = true;
        for (int j = 0; j < k; j++) {
          String x = t.get(j).text();
          if (Character.isLetter(x.charAt(0)) && !x.equals(x.toUpperCase(java.util.Locale.ROOT))
              && !(j > 0 && t.get(j - 1).text().equals("("))) {
            caps = false;
          }
        }
        return caps && k > 0 ? k + 1 : 0;
      }
    }
    return 0;
  }

  private int skipLeading(List<Token> t, int from, int end) {
    int k = from;
    while (k < end && leadingSkips.contains(t.get(k).lower())) {
      k++;
    }
    return k;
  }

  private static boolean isClosingPunctuation(String s) {
    return s.equals(".") || s.equals(",") || s.equals(";") || s.equals(":") || s.equals("!")
        || s.equals("?");
  }

  private static boolean isQuoteToken(Token t) {
    String s = t.text();
    return s.equals("\"") || s.equals("“") || s.equals("”") || s.equals("«") || s.equals("»");
  }

  private static Span cueSpan(String raw, List<Token> t, SourcePhrase p) {
    return Span.of(raw, t.get(p.cueFrom()).start(), t.get(p.cueTo() - 1).end());
  }

  private static int firstTokenAtOrAfter(List<Token> t, int offset) {
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).start() >= offset) {
        return i;
      }
    }
    return t.size();
  }

  /** The index of the sentence holding {@code offset}, or -1. */
  private static int sentenceAt(AnalyzedText text, int offset) {
    List<Sentence> sentences = text.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      if (offset >= sentences.get(i).start() && offset < sentences.get(i).end()) {
        return i;
      }
    }
    return -1;
  }

  private static int paragraphsApart(AnalyzedText text, int from, int to) {
    Sentence a = null;
    Sentence b = null;
    for (Sentence s : text.sentences()) {
      if (a == null && s.end() >= from) {
        a = s;
      }
      if (b == null && s.end() > to) {
        b = s;
      }
    }
    return a == null || b == null ? Integer.MAX_VALUE : b.paragraph() - a.paragraph();
  }
}
