package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Report;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Attributes every sentence of a report to a claimant. A sentence that names no source inherits
 * the source of an earlier sentence of the same paragraph; with none, the report speaks in its
 * publisher's voice. The relaying outlet is the one named, else the publisher when the claimant is
 * someone else.
 */
public final class Attributions {

  private final ActorRegistry registry;
  private final ClaimantClassifier classifier;
  private final SentenceVoices voices;
  private final Set<String> continuing;

  /**
   * Attributions that name a publisher's voice with the actors and classifier of {@code
   * resolvers} and read the words of {@code vocabulary}.
   */
  public Attributions(SourceResolvers resolvers, Vocabulary vocabulary) {
    Objects.requireNonNull(resolvers, "resolvers");
    this.registry = resolvers.registry();
    this.classifier = resolvers.classifier();
    this.voices = new SentenceVoices(vocabulary);
    this.continuing = vocabulary.words("claimant/continuing-words.txt");
  }

  /**
   * One attribution per sentence of {@code text}, in sentence order; entries may be null. A
   * sentence without a source of its own takes the source of the sentence before it in its
   * paragraph, or, at the head of a paragraph, the first source the paragraph names ("Five
   * soldiers were killed. The attack began at dawn, police said."). {@code sources} are the
   * found and resolved source phrases of each sentence, in sentence order.
   */
  public List<Attribution> of(AnalyzedText text, Report report, List<SentenceSources> sources) {
    Claimant publisherVoice = publisherVoice(report.publisher());
    List<Sentence> sentences = text.sentences();
    List<Attribution> own = new ArrayList<>(sentences.size());
    List<SentenceVoices.Voice> heard = new ArrayList<>(sentences.size());
    Quotations quotes = Quotations.of(text.text());
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      SentenceVoices.Voice voice = voices.of(s, sources.get(i));
      if (voice.pointsBack() && i > 0 && own.get(i - 1) == null) {
        // "… has risen to three. The head of the regional administration announced this."
        own.set(i - 1, voice.attribution().alone());
      }
      own.add(voice.attribution());
      heard.add(voice);
    }
    List<Attribution> result = new ArrayList<>(sentences.size());
    List<Attribution> chosenOnes = new ArrayList<>(sentences.size());
    int[] paragraph = Paragraphs.of(text);
    for (int i = 0; i < sentences.size(); i++) {
      Attribution chosen = own.get(i);
      if (chosen == null && i > 0 && paragraph[i - 1] == paragraph[i]) {
        chosen = chosenOnes.get(i - 1) == null ? null : chosenOnes.get(i - 1).alone();
      }
      for (int j = i + 1; chosen == null && j < sentences.size() && paragraph[j] == paragraph[i];
          j++) {
        // "Five soldiers were killed. The attack began at dawn, the army said." — but a source
        // that gives figures of its own ("The government admits to only two killed") answers
        // the figure before rather than vouching for it, unless one quote runs on to it
        boolean quoteRunsOn = quotes.inside(sentences.get(i).end() - 1);
        chosen = own.get(j) == null || !sentences.get(j).numbers().isEmpty() && !quoteRunsOn
            ? null : own.get(j).alone();
      }
      if (chosen == null && i > 0 && paragraph[i - 1] != paragraph[i]
          && (continuesCount(sentences.get(i)) || quotedAfterColon(text, sentences, i))) {
        // "… were killed, a police officer said." / "Two others were wounded in the blast.";
        // "The key passage follows:" / "“With the grace of Allah, …”"
        chosen = chosenOnes.get(i - 1);
      }
      chosenOnes.add(chosen);
      Attribution base = chosen == null && !heard.get(i).embedded().isEmpty()
          && publisherVoice != null ? new Attribution(publisherVoice, null) : chosen;
      result.add(withDefaults(heard.get(i).within(base), publisherVoice));
    }
    return result;
  }

  /** True when sentence {@code i} opens a quotation right after a paragraph ending in a colon. */
  private static boolean quotedAfterColon(AnalyzedText text, List<Sentence> sentences, int i) {
    String before = text.text().substring(sentences.get(i - 1).start(), sentences.get(i - 1).end())
        .strip();
    String opening = text.text().substring(sentences.get(i).start(), sentences.get(i).end());
    return before.endsWith(":") && !opening.isEmpty() && "\"“‘'«".indexOf(opening.charAt(0)) >= 0;
  }

  /**
   * True when a sentence opens by counting on from the one before: "Two others were wounded",
   * "Three more bodies were found", "Another five were hurt".
   */
  private boolean continuesCount(Sentence s) {
    List<Token> t = s.tokens();
    if (t.size() < 3) {
      return false;
    }
    boolean counted = t.get(0).posStartsWith("CD") || t.get(0).lower().equals("another");
    return counted && (continuing.contains(t.get(1).lower())
        || t.get(1).posStartsWith("CD") && t.get(0).lower().equals("another"));
  }

  private Attribution withDefaults(Attribution a, Claimant publisherVoice) {
    if (a == null) {
      return publisherVoice == null ? null : new Attribution(publisherVoice, null);
    }
    List<Attribution.Clause> clauses = new ArrayList<>();
    for (Attribution.Clause c : a.clauses()) {
      clauses.add(new Attribution.Clause(c.from(), c.to(),
          withDefaults(c.attribution(), publisherVoice)));
    }
    if (a.relayedBy() == null && publisherVoice != null
        && !a.claimant().name().equals(publisherVoice.name())) {
      return new Attribution(a.claimant(), publisherVoice.name(), clauses);
    }
    return new Attribution(a.claimant(), a.relayedBy(), clauses);
  }

  private Claimant publisherVoice(String publisher) {
    if (publisher == null || publisher.isBlank()) {
      return null;
    }
    // "NewsRescue (PRNigeria press release of the Nigerian Army)": a party's release that an
    // outlet carries speaks for the party; else the first outlet named
    List<Actor> named = registry.allIn(publisher);
    Actor voice = named.stream().filter(a -> registry.speakingType(a) != ClaimantType.MEDIA)
        .findFirst().orElse(named.isEmpty() ? null : named.get(0));
    if (voice != null) {
      return new Claimant(voice.name(), registry.speakingType(voice));
    }
    // a press office named by its role ("Ministry of Defence") speaks for its side; an outlet
    // whose name holds some other role word ("Riverside Monitor") is still an outlet
    ClaimantType role = classifier.roleOf(publisher).orElse(ClaimantType.MEDIA);
    return new Claimant(publisher, role.isState() || role == ClaimantType.ARMED_GROUP ? role
        : ClaimantType.MEDIA);
  }


}
