package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.counterclaim.core.claimant.Attribution;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Reads casualty claims out of analysed sentences: each counted victim group that a casualty
 * trigger applies to becomes a claim, attributed to its sentence's claimant. Negated,
 * hypothetical and background figures are left out.
 */
public final class CasualtyExtractor {

  private final java.util.function.Predicate<String> armedGroup;
  private final CasualtyVocabulary words;
  private final BackgroundCues background;
  private final CountPhrases countPhrases;
  private final VictimPhrases victimPhrases;
  private final SentenceLinks sentenceLinks;
  private final EarlierFigures earlierFigures;

  /**
   * An extractor reading the casualty words of {@code vocabulary}, that asks {@code armedGroup}
   * whether a name is an armed group's ("four Boko Haram members" are militants).
   */
  public CasualtyExtractor(Vocabulary vocabulary,
      java.util.function.Predicate<String> armedGroup) {
    this.armedGroup = Objects.requireNonNull(armedGroup, "armedGroup");
    this.words = new CasualtyVocabulary(Objects.requireNonNull(vocabulary, "vocabulary"));
    this.background = new BackgroundCues(words);
    this.countPhrases = new CountPhrases(words);
    this.victimPhrases = new VictimPhrases(words);
    this.sentenceLinks = new SentenceLinks(words);
    this.earlierFigures = new EarlierFigures(words);
  }

  /** Claims of the whole text; {@code attributions} has one entry per sentence (nullable). */
  public List<CasualtyClaim> extract(AnalyzedText text, List<Attribution> attributions) {
    List<CasualtyClaim> claims = new ArrayList<>();
    List<Link> earlier = new ArrayList<>();
    List<VictimPhrase> mentioned = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (Sentence s : text.sentences()) {
      if (!s.deep()) {
        continue;
      }
      String sentenceText = text.text().substring(s.start(), s.end());
      ClaimScope scope =
          background.isBackground(sentenceText) ? ClaimScope.BACKGROUND : ClaimScope.INCIDENT;
      Attribution attribution = s.index() < attributions.size() ? attributions.get(s.index()) : null;
      Span evidence = new Span(s.start(), s.end(), sentenceText);
      List<VictimPhrase> phrases = victimPhrases.find(s, countPhrases.find(s), names, armedGroup);
      List<Link> found = new ArrayList<>();
      for (Link link : sentenceLinks.links(s, phrases)) {
        Link resolved = link.phrase().anaphoric() ? earlierFigures.resolve(link, earlier) : link;
        if (resolved == null && link.phrase().anaphoric()) {
          resolved = earlierFigures.resolveToMention(link, mentioned);
        }
        if (resolved != null && scope == ClaimScope.BACKGROUND
            && words.singledOut(resolved.phrase())
            && resolved.phrase().count().qualifier() != Qualifier.DENIAL) {
          // "the US said it had killed the chief of …": one person singled out in background
          continue;
        }
        if (resolved != null) {
          found.add(resolved);
          claims.add(toClaim(resolved, scope,
              attribution == null ? null : attribution.at(link.phrase().from()), evidence));
        }
      }
      earlier.addAll(found);
      mentioned.addAll(countedMilitants(phrases));
      collectNames(s, names);
    }
    return claims;
  }

  /** The last words of the people named in a sentence ("nazami" for "Molvi Ahmad Tayyab Nazami"). */
  private static void collectNames(Sentence s, Set<String> names) {
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); i++) {
      if (t.get(i).entity() == org.counterclaim.core.nlp.EntityType.PERSON
          && (i + 1 == t.size() || t.get(i + 1).entity() != org.counterclaim.core.nlp.EntityType.PERSON)) {
        names.add(t.get(i).lower());
      }
    }
  }

  /** Counted attackers a sentence names without a casualty ("Three suicide bombers attacked"). */
  private static List<VictimPhrase> countedMilitants(List<VictimPhrase> phrases) {
    List<VictimPhrase> found = new ArrayList<>();
    for (VictimPhrase p : phrases) {
      if (!p.negative() && !p.anaphoric() && !p.bare() && p.count() != null
          && p.category() == VictimCategory.MILITANTS) {
        found.add(p);
      }
    }
    return found;
  }

  private static CasualtyClaim toClaim(Link link, ClaimScope sentenceScope,
      Attribution attribution, Span evidence) {
    Claimant claimant = attribution == null ? null : attribution.claimant();
    String relayedBy = attribution == null ? null : attribution.relayedBy();
    VictimCategory victims = link.ownSide() ? SelfInterest.ownSide(claimant) : link.category();
    boolean denial = link.phrase().count().qualifier() == Qualifier.DENIAL;
    return new CasualtyClaim(
        link.outcome(),
        victims,
        link.phrase().victimText(),
        link.phrase().count(),
        link.part() ? ClaimScope.PART : sentenceScope,
        claimant,
        relayedBy,
        denial ? SelfInterest.deniesOwnLosses(claimant, victims)
            : SelfInterest.selfInterested(claimant, victims, link.outcome()),
        evidence,
        List.of());
  }
}
