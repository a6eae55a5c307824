package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.claimant.Attribution;
import org.counterclaim.core.claimant.Claimant;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.nlp.AnalyzedText;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Span;

/**
 * Reads casualty claims out of analysed sentences: each counted victim group that a casualty
 * trigger applies to becomes a claim, attributed to its sentence's claimant. Negated,
 * hypothetical and background figures are left out.
 */
public final class CasualtyExtractor {

  private final java.util.function.Predicate<String> armedGroup;

  /** An extractor that knows no armed group by name. */
  public CasualtyExtractor() {
    this(name -> false);
  }

  /**
   * An extractor that asks {@code armedGroup} whether a name is an armed group's ("four Boko
   * Haram members" are militants).
   */
  public CasualtyExtractor(java.util.function.Predicate<String> armedGroup) {
    this.armedGroup = armedGroup;
  }

  private static final Set<String> AUX_AND_ADVERBS =
      Set.of("was", "were", "been", "be", "being", "is", "are", "have", "has", "had", "got", "get",
          "reportedly", "also", "allegedly", "later", "all", "subsequently", "critically",
          "seriously", "severely", "fatally", "mortally", "badly", "slightly", "lightly",
          "gravely", "among", "either", "each", "then", "eventually", "apparently", "believed",
          "feared", "to", "instantly", "immediately", "reported", "confirmed", "said", "thought",
          "presumed", "already", "now", "since", "again", "too", "who", "that", "which",
          "grievously", "partly", "momentarily", "tragically", "still", "yet", "remain",
          "remained", "remains", "\"", "“", "”", "``", "''", "‘", "’", "so", "far", "likely");
  private static final Set<String> PASSIVE_AUX =
      Set.of("was", "were", "been", "be", "being", "is", "are", "got", "get", "gets");
  private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "without");
  private static final Set<String> MODALS =
      Set.of("would", "could", "might", "may", "will", "can", "should", "must", "'d", "wo");
  private static final Set<String> DENIALS =
      Set.of("denied", "denies", "deny", "rejected", "refuted", "dismissed", "false", "baseless",
          "rumours", "rumors");
  private static final Set<String> STATEMENT_STARTS =
      Set.of("said", "says", "saying", "claimed", "claiming", "claims", "added", "adding", "stated",
          "insisted", "maintained", ";", "but", "however", "reporting");
  private static final Set<String> COORDINATORS = Set.of("and", ",", "plus", "&");
  private static final Set<String> PP_PREPOSITIONS =
      Set.of("in", "at", "on", "from", "inside", "near", "aboard", "of", "travelling", "traveling",
          "riding", "manning", "guarding", "deployed", "stationed", "posted", "belonging", "with",
          "throughout", "across", "around");
  private static final Set<String> OBJECT_SKIPS =
      Set.of("also", "reportedly", "instantly", "immediately", "allegedly", "outright",
          "mercilessly", "brutally", "\"", "“", "”", "``", "''", "‘", "’");
  private static final Set<String> TOLL_LINKS =
      Set.of("to", "at", "reached", "hit", "is", "was", "stood", "stands", "of", ":", "now",
          "climbed", "rose", "risen", "jumped", "reaches", "climbs", "rises", "touched", "crossed",
          "around", "about", "nearly", "over", "least", "than", "be", "as", "some", "estimated");

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
          BackgroundCues.isBackground(sentenceText) ? ClaimScope.BACKGROUND : ClaimScope.INCIDENT;
      Attribution attribution = s.index() < attributions.size() ? attributions.get(s.index()) : null;
      Span evidence = new Span(s.start(), s.end(), sentenceText);
      List<VictimPhrase> phrases = VictimPhrases.find(s, CountPhrases.find(s), names, armedGroup);
      List<Link> found = new ArrayList<>();
      for (Link link : links(s, phrases)) {
        Link resolved = link.phrase().anaphoric() ? resolve(link, earlier) : link;
        if (resolved == null && link.phrase().anaphoric()) {
          resolved = resolveToMention(link, mentioned);
        }
        if (resolved != null && scope == ClaimScope.BACKGROUND && singledOut(resolved.phrase())
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

  /**
   * "In addition to the assailants, seven people were killed": attackers named before with a
   * count but no casualty ("Three suicide bombers attacked") give "the assailants" their number.
   */
  private static Link resolveToMention(Link link, List<VictimPhrase> mentioned) {
    if (link.category() != VictimCategory.MILITANTS || mentioned.isEmpty()) {
      return null;
    }
    VictimPhrase m = mentioned.get(mentioned.size() - 1);
    CountRange r = new CountRange(m.count().low(), m.count().high(), m.count().qualifier(),
        link.phrase().count().text());
    return new Link(link.phrase().resolvedTo(r), link.outcome(), link.category(), link.sentence());
  }

  private static final Set<String> CAPTIVE_WORDS =
      Set.of("hostages", "captives", "abductees", "victims", "hostage", "victim");

  /**
   * "The hostages were executed": the count of the victims named before — those with the same
   * noun, or for hostages and victims those abducted — in the latest sentence that names them.
   */
  private static Link resolve(Link link, List<Link> earlier) {
    String head = lastWord(link.phrase().victimText());
    boolean captives = CAPTIVE_WORDS.contains(head);
    // "eleven soldiers were injured … the soldiers were killed": the soldiers whose figure has
    // the same outcome, before any other
    for (boolean sameOutcome : new boolean[] {true, false}) {
      Link r = resolve(link, earlier, head, captives, sameOutcome);
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  private static Link resolve(Link link, List<Link> earlier, String head, boolean captives,
      boolean sameOutcome) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      Link e = earlier.get(i);
      if (sameOutcome && e.outcome() != link.outcome()) {
        continue;
      }
      boolean same = head.equals(lastWord(e.phrase().victimText()))
          || captives && e.outcome() == Outcome.ABDUCTED
          || !captives && e.category() == link.category() && link.category() != VictimCategory.PEOPLE;
      if (same && !e.phrase().anaphoric()) {
        int low = 0;
        int best = 0;
        for (Link f : earlier) {
          if (f.sentence() == e.sentence() && (f.outcome() == e.outcome())
              && (captives || f.category() == e.category())) {
            low += f.phrase().count().low();
            best += f.phrase().count().best();
          }
        }
        CountRange r = new CountRange(low, low == best ? low : null,
            low == best ? Qualifier.EXACT : Qualifier.AT_LEAST, link.phrase().count().text());
        return new Link(link.phrase().resolvedTo(r), link.outcome(),
            captives ? e.category() : link.category(), link.sentence());
      }
    }
    return null;
  }

  private static String lastWord(String text) {
    if (text == null) {
      return "";
    }
    String[] words = text.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return words[words.length - 1];
  }

  /**
   * A victim phrase with the outcome a trigger gave it; {@code part} when the phrase counts members
   * of another linked phrase ("including five women").
   */
  private record Link(VictimPhrase phrase, Outcome outcome, VictimCategory category, int sentence,
      boolean part, boolean ownSide) {

    Link(VictimPhrase phrase, Outcome outcome, VictimCategory category, int sentence) {
      this(phrase, outcome, category, sentence, false, false);
    }
  }

  private List<Link> links(Sentence s, List<VictimPhrase> phrases) {
    List<Token> tokens = s.tokens();
    List<Trigger> triggers = Triggers.find(tokens);
    List<Link> links = new ArrayList<>();
    Set<VictimPhrase> used = new HashSet<>();
    // a toll's figure is the toll's ("the security forces toll in Tuesday's attacks climbs to
    // 31"), before any trigger nearby can take it
    tollClaims(tokens, phrases, used, links, s.index());
    Link previous = null;
    for (Trigger t : triggers) {
      if (deniedBefore(tokens, t.from()) || negatedOrHypothetical(tokens, t)) {
        continue;
      }
      boolean strict = t.to() == t.from() + 1
          && STRICT_TRIGGERS.contains(tokens.get(t.from()).lower());
      boolean counted = COUNTED_NOMINALS.contains(tokens.get(t.from()).lower());
      List<Link> ofTrigger = new ArrayList<>();
      for (VictimPhrase p : victimsOf(tokens, phrases, t)) {
        if (p.negative() || p.count() == null || strict && !countedVictims(p)
            || counted && singledOut(p)
            || freedAfter(tokens, p, t) || !used.add(p)) {
          continue;
        }
        // "we lost 17 men": the loser's own people
        // "we lost nine men": whoever loses people or generic "men" loses its own
        boolean own = ownPossessive(tokens, p) || strict
            && (p.category() == VictimCategory.PEOPLE
                || GENERIC_OWN.contains(lastWord(p.victimText())))
            && !tokens.get(t.from()).lower().equals("destroyed")
            // "five of our men assassinated and 10 wounded": the bare count is theirs too
            || p.bare() && previous != null && previous.ownSide();
        // "the bodies of eight victims and one injured person": a phrase that says its own outcome
        Outcome outcome = p.implied() != null && p.implied() != t.outcome() ? p.implied()
            : outcome(mainVerb(tokens, phrases, triggers, p, t), p);
        VictimCategory category = category(p, phrases);
        if (category == VictimCategory.PEOPLE && p.bare()) {
          // "suffered 1 dead and 19 wounded": the second count is of the same victims
          category = previous != null && previous.phrase().bare() ? previous.category()
              : sufferer(tokens, p);
        }
        Link link = new Link(p, outcome, category, s.index(), false, own);
        ofTrigger.add(link);
        previous = link;
      }
      links.addAll(summed(ofTrigger, tokens));
    }
    onlyCasualties(tokens, phrases, used, links, s.index());
    included(tokens, phrases, used, links, s.index());
    for (VictimPhrase p : phrases) {
      // "the martyred policemen" mentions victims again; it is not a new figure
      if (p.implied() != null && !p.negative() && !p.anaphoric() && p.count() != null
          && used.add(p)) {
        links.add(new Link(p, p.implied(), category(p, phrases), s.index()));
      }
    }
    elided(tokens, phrases, used, links, s.index());
    links.replaceAll(l -> l.category() == VictimCategory.PEOPLE && !l.ownSide()
        ? new Link(l.phrase(), l.outcome(), sideOf(tokens, l.phrase()), l.sentence(), l.part(),
            false)
        : l);
    links.addAll(parts(phrases, links, used, s.index()));
    links.addAll(amongParts(tokens, phrases, links, used, s.index()));
    for (Denials.Denial d : Denials.find(tokens)) {
      VictimPhrase zero = new VictimPhrase(d.from(), d.to(),
          new CountRange(0, 0, Qualifier.DENIAL, d.text()), false, d.victims(), null, false);
      links.add(new Link(zero, d.outcome(), d.victims(), s.index(), false, d.ownSide()));
    }
    links.sort((a, b) -> Integer.compare(a.phrase().from(), b.phrase().from()));
    return links;
  }

  /**
   * "Five people, including two women, were killed": the members counted after "including",
   * "mostly" or "among them" are a part of the figure before them, with its outcome.
   */
  private static List<Link> parts(List<VictimPhrase> phrases, List<Link> links,
      Set<VictimPhrase> used, int sentence) {
    List<Link> parts = new ArrayList<>();
    for (VictimPhrase p : phrases) {
      if (!p.subset() || p.negative() || p.count() == null || p.anaphoric() || used.contains(p)) {
        continue;
      }
      Link whole = null;
      for (Link l : links) {
        if (!l.part() && l.phrase().to() <= p.from()
            && (whole == null || l.phrase().from() > whole.phrase().from())) {
          whole = l;
        }
      }
      if (whole == null) {
        continue;
      }
      // "17 terrorists, including two high-value targets": a member named by a generic noun is
      // of its whole's class
      VictimCategory category = p.bare() || p.others() || p.category() == VictimCategory.PEOPLE
          ? whole.category() : p.category();
      if (singledOut(p) && (whole.ownSide() || !newClass(whole.category(), p.category()))) {
        // "four soldiers, including a captain": one of them singled out, no part of its own
        continue;
      }
      if (used.add(p)) {
        parts.add(new Link(p, whole.outcome(), category, sentence, true, false));
      }
    }
    return parts;
  }

  private static List<VictimPhrase> victimsOf(
      List<Token> tokens, List<VictimPhrase> phrases, Trigger t) {
    return switch (t.form()) {
      case PROGRESSIVE, FINITE, NOMINAL -> objects(tokens, phrases, t.to());
      case INTRANSITIVE, ADJECTIVE -> subjects(tokens, phrases, t.from());
      case PARTICIPLE, CAPTURE -> {
        if (hasPassiveAux(tokens, t.from())) {
          List<VictimPhrase> subjects = new ArrayList<>(subjects(tokens, phrases, t.from()));
          subjects.addAll(alongWith(tokens, phrases, t.to()));
          yield subjects;
        }
        List<VictimPhrase> objects = objects(tokens, phrases, t.to());
        yield objects.isEmpty() ? subjects(tokens, phrases, t.from()) : objects;
      }
    };
  }

  /**
   * "five policemen, three traffic officers and four recruits were killed": conjoined counts of
   * one victim group make one figure (8 police, 4 people); different groups stay apart.
   */
  private static List<Link> summed(List<Link> conjuncts, List<Token> tokens) {
    List<Link> out = new ArrayList<>();
    for (Link l : conjuncts) {
      Link last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last == null || last.category() != l.category() || last.outcome() != l.outcome()
          || last.ownSide() != l.ownSide() || l.phrase().anaphoric()
          || last.phrase().anaphoric()) {
        out.add(l);
        continue;
      }
      CountRange a = last.phrase().count();
      CountRange b = l.phrase().count();
      Integer high = a.high() == null || b.high() == null ? null : a.high() + b.high();
      Qualifier q = a.qualifier() == b.qualifier() ? a.qualifier()
          : high == null ? Qualifier.AT_LEAST : Qualifier.BETWEEN;
      CountRange sum = new CountRange(a.low() + b.low(), high, q,
          Token.join(tokens, last.phrase().from(), l.phrase().to()));
      VictimPhrase both = new VictimPhrase(last.phrase().from(), l.phrase().to(), sum, false,
          l.category(), Token.join(tokens, last.phrase().from(), l.phrase().to()), false,
          last.phrase().implied());
      out.set(out.size() - 1, new Link(both, last.outcome(), last.category(), last.sentence(),
          false, last.ownSide()));
    }
    return out;
  }

  private static final Set<String> SUFFERED =
      Set.of("suffered", "sustained", "took", "had", "counted", "reported", "recorded");

  /**
   * "Government marines suffered 1 dead and 19 wounded", "on the side of the assailants, 31
   * bodies": a bare count belongs to the victims who suffered it, else people.
   */
  private static VictimCategory sufferer(List<Token> tokens, VictimPhrase p) {
    int k = p.from() - 1;
    while (k > 0 && Set.of("at", "least", "about", "some", "nearly", "over").contains(
        tokens.get(k).lower())) {
      k--;
    }
    if (k > 0 && SUFFERED.contains(tokens.get(k).lower())) {
      for (int j = k - 1; j >= Math.max(0, k - 4); j--) {
        PhraseTable.Match<VictimNoun> v = CasualtyVocabulary.VICTIMS.longestAt(tokens, j);
        if (v != null && v.to() == k) {
          return v.value().category();
        }
      }
    }
    return sideOf(tokens, p);
  }

  /** "On the side of the assailants, 31 bodies": the victims of the side named, else people. */
  private static VictimCategory sideOf(List<Token> tokens, VictimPhrase p) {
    for (int j = 0; j + 2 < p.from(); j++) {
      if (tokens.get(j).lower().equals("side") && tokens.get(j + 1).lower().equals("of")) {
        int n = tokens.get(j + 2).lower().equals("the") ? j + 3 : j + 2;
        PhraseTable.Match<VictimNoun> v =
            n < tokens.size() ? CasualtyVocabulary.VICTIMS.longestAt(tokens, n) : null;
        if (v != null) {
          return v.value().category();
        }
      }
    }
    return VictimCategory.PEOPLE;
  }

  /** Verbs that take things as often as people: only victims the vocabulary names count. */
  private static final Set<String> STRICT_TRIGGERS = Set.of("destroyed", "lost", "losing");
  /** Nominal triggers that need a number ("the body of one more person", not "of a person"). */
  private static final Set<String> COUNTED_NOMINALS = Set.of("body", "remains");
  private static final Set<String> FREED =
      Set.of("freed", "released", "rescued", "liberated", "escaped", "returned", "reunited");
  private static final Set<String> OWN_POSSESSIVES = Set.of("our", "its", "their");
  private static final Set<String> GENERIC_OWN =
      Set.of("men", "members", "people", "comrades", "fighters", "colleagues", "brothers",
          "personnel", "ranks", "cadres", "boys", "forces", "troops");

  private static final Set<String> DETERMINERS =
      Set.of("a", "an", "the", "his", "her", "their", "its", "our", "my", "another");

  /**
   * A counted victim phrase whose noun the vocabulary names ("lost seven soldiers"; not "lost
   * his brother", nor "destroyed two hideouts").
   */
  private static boolean countedVictims(VictimPhrase p) {
    if (p.bare() || singledOut(p)) {
      return false;
    }
    String[] words = p.victimText().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return p.category() != VictimCategory.PEOPLE
        || CasualtyVocabulary.VICTIMS.contains(words[words.length - 1]);
  }

  /**
   * "130 children held captive were freed", "rescued 63 captives": people set free are no
   * figure of people taken.
   */
  private static boolean freedAfter(List<Token> tokens, VictimPhrase p, Trigger t) {
    if (t.outcome() != Outcome.ABDUCTED) {
      return false;
    }
    int from = Math.max(0, Math.min(p.from(), t.from()) - 3);
    int to = Math.min(tokens.size(), Math.max(p.to(), t.to()) + 4);
    for (int k = from; k < to; k++) {
      if (FREED.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "five of our men", "their members": the speaker's own people, whose side the claimant
   * decides.
   */
  private static boolean ownPossessive(List<Token> tokens, VictimPhrase p) {
    if (p.category() != VictimCategory.PEOPLE && p.category() != VictimCategory.CIVILIANS) {
      return false;
    }
    for (int k = 0; k + 1 < p.from(); k++) {
      // "Friendly side: 11 dead and 22 wounded", "our own losses: …"
      if (Set.of("friendly", "our", "own").contains(tokens.get(k).lower())
          && Set.of("side", "forces", "losses", "casualties").contains(tokens.get(k + 1).lower())) {
        return true;
      }
    }
    if (p.bare()) {
      return false;
    }
    String[] words = p.victimText().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    if (!GENERIC_OWN.contains(words[words.length - 1])) {
      return false;
    }
    for (int k = p.from(); k < p.to(); k++) {
      if (OWN_POSSESSIVES.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  private static final Set<String> RELATIVES = Set.of("who", "that", "which", "whom");
  private static final Set<String> CLAUSE_BREAKS =
      Set.of("when", "after", "as", "while", "because", "before", "said", "and", "but", ";", ":");

  /**
   * The trigger that says what happened to the subject {@code p} of {@code t}: {@code t} itself,
   * unless {@code t} sits in a relative clause of {@code p} and the main verb that follows it is
   * another trigger ("a shopkeeper who had suffered burns succumbed" was killed).
   */
  private static Trigger mainVerb(List<Token> tokens, List<VictimPhrase> phrases,
      List<Trigger> triggers, VictimPhrase p, Trigger t) {
    int r = p.to() < tokens.size() && tokens.get(p.to()).text().equals(",") ? p.to() + 1 : p.to();
    if (r >= t.from() || !RELATIVES.contains(tokens.get(r).lower())) {
      return t;
    }
    for (Trigger main : triggers) {
      if (main.from() < t.to() || main.from() - t.to() > 8
          || main.form() != Trigger.Form.INTRANSITIVE
          && !(main.form() == Trigger.Form.PARTICIPLE && hasPassiveAux(tokens, main.from()))) {
        continue;
      }
      for (int k = t.to(); k < main.from(); k++) {
        if (CLAUSE_BREAKS.contains(tokens.get(k).lower()) || startsPhrase(phrases, k)) {
          return t;
        }
      }
      return main;
    }
    return t;
  }

  private static boolean startsPhrase(List<VictimPhrase> phrases, int k) {
    return phrases.stream().anyMatch(v -> v.from() == k);
  }

  private static Outcome outcome(Trigger t, VictimPhrase p) {
    if (t.form() == Trigger.Form.CAPTURE && p.category() == VictimCategory.MILITANTS) {
      return Outcome.ARRESTED;
    }
    return t.outcome();
  }

  /**
   * "two others", "a third" and a bare count ("killed and 20 wounded") take the category of the
   * victims named before them in the sentence.
   */
  private static VictimCategory category(VictimPhrase p, List<VictimPhrase> phrases) {
    if (!(p.others() || p.bare()) || p.category() != VictimCategory.PEOPLE) {
      return p.category();
    }
    VictimCategory found = VictimCategory.PEOPLE;
    for (VictimPhrase q : phrases) {
      if (q.from() >= p.from()) {
        break;
      }
      if (!q.negative() && !isSubset(q)) {
        found = category(q, phrases);
      }
    }
    return found;
  }

  private static boolean isSubset(VictimPhrase q) {
    return q.subset();
  }

  private static boolean hasPassiveAux(List<Token> tokens, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      String w = tokens.get(k).lower();
      if (PASSIVE_AUX.contains(w)) {
        return true;
      }
      if (!AUX_AND_ADVERBS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  /** The victim phrases that are the subject of the trigger starting at {@code from}. */
  private static List<VictimPhrase> subjects(List<Token> tokens, List<VictimPhrase> phrases, int from) {
    int k = from;
    while (k > 0 && AUX_AND_ADVERBS.contains(tokens.get(k - 1).lower())) {
      k--;
    }
    if (k > 0 && Set.of("the", "those").contains(tokens.get(k - 1).lower()) && k - 2 >= 0
        && tokens.get(k - 2).lower().equals("among")) {
      k -= 2;
      while (k > 0 && AUX_AND_ADVERBS.contains(tokens.get(k - 1).lower())) {
        k--;
      }
    }
    k = skipCommaAside(tokens, k);
    if (k >= 2 && tokens.get(k - 2).lower().equals("of")
        && Set.of("them", "those", "whom").contains(tokens.get(k - 1).lower())) {
      // "one of them in serious condition"
      k -= 2;
    }
    k = skipParenthetical(tokens, k);
    k = skipUnknownNumber(tokens, k);
    List<VictimPhrase> found = new ArrayList<>();
    VictimPhrase p = endingAt(phrases, k);
    if (p == null && k > 0 && tokens.get(k - 1).text().equals(",")) {
      // "Sabour, a ministry contractor, was killed"
      VictimPhrase named = endingAt(phrases, k - 1);
      if (named != null && isNamed(named)) {
        VictimPhrase described = named.from() > 0 && tokens.get(named.from() - 1).text().equals(",")
            ? describedBefore(tokens, phrases, named.from() - 1) : null;
        // "One of the fighters, Abu Hafsa al-Barnawi, was killed": the counted phrase tells who
        p = described != null && described.count() != null && described.count().low() == 1
            ? described : named;
      }
    }
    if (p == null) {
      p = beforePrepositionalPhrase(tokens, phrases, k);
    }
    if (p == null) {
      p = beforeCommaClause(tokens, phrases, k);
    }
    p = superset(tokens, phrases, p);
    while (p != null) {
      found.add(p);
      int j = p.from();
      if (j == 0) {
        break;
      }
      int c = j - 1;
      String w = tokens.get(c).lower();
      if (w.equals("and") && c > 0 && tokens.get(c - 1).text().equals(",")) {
        c--;
      } else if (w.equals("as") || w.equals("with")) {
        // "as well as", "along with"
        c = coordinatorStart(tokens, c);
      } else if (!COORDINATORS.contains(w)) {
        break;
      }
      VictimPhrase before = endingAt(phrases, c);
      if (w.equals(",") && isNamed(p) && before != null && before.count() != null
          && before.count().low() == 1) {
        // "The police commander, Ismail, was wounded": one victim named twice
        break;
      }
      p = before;
      if (p != null && p.subset()) {
        break;
      }
    }
    return found;
  }

  /** "Five police officers including a commander were killed": the set, not the member. */
  private static VictimPhrase superset(List<Token> tokens, List<VictimPhrase> phrases, VictimPhrase p) {
    if (p == null) {
      return null;
    }
    int c = p.from() - 1;
    while (c >= 0 && p != null) {
      String w = tokens.get(c).lower();
      if (w.equals("and") || w.equals(",")) {
        VictimPhrase before = endingAt(phrases, c);
        if (before == null) {
          return p;
        }
        c = before.from() - 1;
        continue;
      }
      if (w.equals("including") || w.equals("among")) {
        int s = c;
        if (s > 0 && tokens.get(s - 1).text().equals(",")) {
          s--;
        }
        VictimPhrase set = endingAt(phrases, s);
        return set != null ? set : p;
      }
      return p;
    }
    return p;
  }

  /** "was killed along with his deputy and five other people". */
  private static List<VictimPhrase> alongWith(List<Token> tokens, List<VictimPhrase> phrases, int to) {
    if (to + 2 < tokens.size() && tokens.get(to).lower().equals("along")
        && tokens.get(to + 1).lower().equals("with")) {
      return objects(tokens, phrases, to + 2);
    }
    if (to + 1 < tokens.size() && tokens.get(to).lower().equals("alongside")) {
      return objects(tokens, phrases, to + 1);
    }
    return List.of();
  }

  private static int coordinatorStart(List<Token> tokens, int c) {
    if (c >= 2 && tokens.get(c).lower().equals("as") && tokens.get(c - 1).lower().equals("well")
        && tokens.get(c - 2).lower().equals("as")) {
      return c - 2;
    }
    if (c >= 1 && tokens.get(c).lower().equals("with") && tokens.get(c - 1).lower().equals("along")) {
      return c - 1;
    }
    return -1;
  }

  /**
   * Skips "and an unknown number of assailants" just before {@code k}: no figure, but the
   * victims coordinated before it are still the trigger's subjects.
   */
  private static int skipUnknownNumber(List<Token> tokens, int k) {
    for (int j = k - 1; j >= Math.max(2, k - 8); j--) {
      if (tokens.get(j).lower().equals("number") && tokens.get(j - 1).lower().equals("unknown")) {
        int start = j - 1;
        if (start > 0 && (tokens.get(start - 1).lower().equals("an")
            || tokens.get(start - 1).lower().equals("the"))) {
          start--;
        }
        if (start > 0 && tokens.get(start - 1).lower().equals("and")) {
          return start - 1;
        }
        return k;
      }
    }
    return k;
  }

  /**
   * "The other 10 elements are, for the time being, missing": a short aside between commas
   * after the copula is skipped, with the copula.
   */
  private static int skipCommaAside(List<Token> tokens, int k) {
    if (k < 3 || !tokens.get(k - 1).text().equals(",")) {
      return k;
    }
    for (int c = k - 2; c >= Math.max(1, k - 8); c--) {
      Token t = tokens.get(c);
      if (t.text().equals(",")) {
        int j = c;
        boolean copula = false;
        while (j > 0 && AUX_AND_ADVERBS.contains(tokens.get(j - 1).lower())) {
          copula |= PASSIVE_AUX.contains(tokens.get(j - 1).lower());
          j--;
        }
        return copula ? j : k;
      }
      if (t.posStartsWith("VB") && !t.posStartsWith("VBG") || Triggers.startsAt(tokens, c)) {
        return k;
      }
    }
    return k;
  }

  /** Skips ", including two children," just before {@code k}. */
  private static int skipParenthetical(List<Token> tokens, int k) {
    if (k <= 0) {
      return k;
    }
    String last = tokens.get(k - 1).text();
    if (last.equals(",") || last.equals(")") || last.equals("—") || last.equals("--")) {
      for (int c = k - 2; c >= Math.max(0, k - 30); c--) {
        String w = tokens.get(c).lower();
        if (Triggers.startsAt(tokens, c) || tokens.get(c).posStartsWith("VBD")
            || tokens.get(c).posStartsWith("VBZ") || tokens.get(c).posStartsWith("VBP")) {
          break;
        }
        if (w.equals("(") && last.equals(")")) {
          return skipParenthetical(tokens, c);
        }
        if (w.equals("including") || w.equals("among") || w.equals("mostly") || w.equals("mainly")
            || w.equals("most") || w.equals("all") || w.equals("both")) {
          int start = c;
          if (start > 0 && (tokens.get(start - 1).text().equals(",")
              || tokens.get(start - 1).text().equals("—") || tokens.get(start - 1).text().equals("--"))) {
            start--;
          }
          return start;
        }
      }
    }
    return k;
  }

  /** "Five brave soldiers, who fought valiantly, embraced shahadat": the phrase before the clause. */
  private static VictimPhrase beforeCommaClause(List<Token> tokens, List<VictimPhrase> phrases, int k) {
    if (k <= 1 || !tokens.get(k - 1).text().equals(",")) {
      return null;
    }
    for (int c = k - 2; c >= Math.max(0, k - 16); c--) {
      if (tokens.get(c).text().equals(",")) {
        VictimPhrase p = endingAt(phrases, c);
        return p != null ? p : beforePrepositionalPhrase(tokens, phrases, c);
      }
      if (Triggers.startsAt(tokens, c)) {
        return null;
      }
    }
    return null;
  }

  /** "Five soldiers travelling in the convoy were killed": the phrase before the modifier. */
  private static VictimPhrase beforePrepositionalPhrase(
      List<Token> tokens, List<VictimPhrase> phrases, int k) {
    for (int j = k - 1; j >= Math.max(1, k - 25); j--) {
      Token t = tokens.get(j);
      String w = t.lower();
      if (w.equals(",") || t.posStartsWith("VBD") || t.posStartsWith("VBZ") || t.posStartsWith("VBP")
          || t.posStartsWith("MD")) {
        return null;
      }
      if (PP_PREPOSITIONS.contains(w) || t.posStartsWith("VBG")) {
        // "five soldiers travelling in the convoy", "two civilians living near the post"
        VictimPhrase p = endingAt(phrases, j);
        if (p != null) {
          return p;
        }
      }
    }
    return null;
  }

  /** The victim phrases that are the object of a trigger ending at {@code to}. */
  private static List<VictimPhrase> objects(List<Token> tokens, List<VictimPhrase> phrases, int to) {
    int k = to;
    while (k < tokens.size() && OBJECT_SKIPS.contains(tokens.get(k).lower())) {
      k++;
    }
    List<VictimPhrase> found = new ArrayList<>();
    VictimPhrase p = startingAt(phrases, k);
    while (p != null) {
      found.add(p);
      int c = p.to();
      if (c >= tokens.size()) {
        break;
      }
      String w = tokens.get(c).lower();
      if (w.equals(",") && c + 1 < tokens.size() && tokens.get(c + 1).lower().equals("and")) {
        c += 2;
      } else if (COORDINATORS.contains(w)) {
        c += 1;
      } else {
        break;
      }
      if (c >= tokens.size() || Triggers.startsAt(tokens, c)) {
        break;
      }
      VictimPhrase next = startingAt(phrases, c);
      if (next != null && w.equals(",") && next.victimText() != null && next.count() != null
          && next.count().text().equals(next.victimText()) && p.count() != null
          && p.count().low() == 1 && next.to() < tokens.size()
          && tokens.get(next.to()).text().equals(",")) {
        // "a teacher, Mohammad Amin, in Kanjarkhel": the name is the same victim
        c = next.to() + 1;
        next = c < tokens.size() ? startingAt(phrases, c) : null;
        if (next == null) {
          break;
        }
      }
      if (next != null && w.equals(",") && next.to() < tokens.size()
          && SPEECH.contains(tokens.get(next.to()).lower())) {
        // "killing at least 7 soldiers, a military official said": the source, no victim
        break;
      }
      if (next != null && subjectOfNextClause(tokens, next)) {
        // "… the death of the assailant, two soldiers were injured": a new clause begins
        break;
      }
      p = next;
    }
    return found;
  }

  /** The phrase ending at {@code comma}, past "of them" ("one of them, Ramesh Kurram,"). */
  private static VictimPhrase describedBefore(List<Token> tokens, List<VictimPhrase> phrases, int comma) {
    int k = comma;
    while (k > 0 && Set.of("of", "them", "those", "these", "whom").contains(tokens.get(k - 1).lower())) {
      k--;
    }
    VictimPhrase p = endingAt(phrases, k);
    return p != null ? p : endingAt(phrases, comma);
  }

  /** A named person ("Himmat, a district police chief"): one victim named by name. */
  private static boolean isNamed(VictimPhrase p) {
    return p.count() != null && p.victimText() != null && p.count().text().equals(p.victimText());
  }

  /** True when the phrase is followed by its own verb ("two soldiers were injured"). */
  private static boolean subjectOfNextClause(List<Token> tokens, VictimPhrase p) {
    int k = p.to();
    while (k < tokens.size() && AUX_AND_ADVERBS.contains(tokens.get(k).lower())) {
      k++;
    }
    return k > p.to() && k < tokens.size() && Triggers.startsAt(tokens, k)
        || k < tokens.size() && tokens.get(k).posStartsWith("VBD") && k == p.to();
  }

  private static VictimPhrase endingAt(List<VictimPhrase> phrases, int end) {
    for (VictimPhrase p : phrases) {
      if (p.to() == end) {
        return p;
      }
    }
    return null;
  }

  private static VictimPhrase startingAt(List<VictimPhrase> phrases, int start) {
    for (VictimPhrase p : phrases) {
      if (p.from() == start) {
        return p;
      }
    }
    return null;
  }

  private static boolean negatedOrHypothetical(List<Token> tokens, Trigger t) {
    for (int k = t.from() - 1; k >= Math.max(0, t.from() - 4); k--) {
      String w = tokens.get(k).lower();
      if (NEGATIONS.contains(w)) {
        return true;
      }
      if (MODALS.contains(w)) {
        // "may have been taken" hedges a claim; "could have been killed" denies one
        boolean hedge = (w.equals("may") || w.equals("might")) && k + 1 < tokens.size()
            && tokens.get(k + 1).lower().equals("have");
        if (!hedge) {
          return true;
        }
      }
      if (!AUX_AND_ADVERBS.contains(w) && !w.equals("killed") && !w.equals("and")) {
        break;
      }
    }
    return false;
  }

  /** "denied that anyone was killed": a denial governs the trigger unless a new statement starts. */
  private static boolean deniedBefore(List<Token> tokens, int from) {
    boolean denied = false;
    for (int k = 0; k < from; k++) {
      String w = tokens.get(k).lower();
      if (DENIALS.contains(w)) {
        denied = true;
      } else if (STATEMENT_STARTS.contains(w)) {
        denied = false;
      }
    }
    return denied;
  }

  /**
   * "The death toll rose to 58", "put the number of wounded at 30": a claim for the figure the
   * toll is given as (the last one linked to it, so "rose from 10 to 58" gives 58).
   */
  private static void tollClaims(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    for (int i = 0; i < tokens.size(); i++) {
      Outcome outcome = tollAt(tokens, i);
      if (outcome == null) {
        continue;
      }
      VictimPhrase chosen = null;
      for (int k = i + 1; k < Math.min(tokens.size(), i + 25); k++) {
        if (k > i + 1 && tollAt(tokens, k) != null) {
          break;
        }
        VictimPhrase p = startingAt(phrases, k);
        if (p != null && !p.negative() && p.count() != null && linkedToToll(tokens, k)) {
          chosen = p;
        }
      }
      if (chosen != null && used.add(chosen)) {
        VictimCategory group = chosen.bare() ? VictimPhrases.tollGroup(tokens, i) : null;
        VictimCategory category = !chosen.bare() ? category(chosen, phrases)
            : group != null ? group : forcesBefore(tokens, phrases, chosen);
        links.add(new Link(chosen, outcome, category, sentence));
      }
    }
  }

  private static final Set<String> TOLL_MODIFIERS =
      Set.of("a", "an", "the", "much", "lower", "higher", "new", "revised", "total", "of",
          "far", "slightly", "fresh", "final", "provisional");

  /** "rose to 58", "at a much lower 50": a link word before the figure, past its modifiers. */
  private static boolean linkedToToll(List<Token> tokens, int figure) {
    int k = figure - 1;
    while (k > 0 && TOLL_MODIFIERS.contains(tokens.get(k).lower())
        && !TOLL_LINKS.contains(tokens.get(k).lower())) {
      k--;
    }
    return k >= 0 && TOLL_LINKS.contains(tokens.get(k).lower());
  }

  /**
   * "nine soldiers were killed, but the toll was later lowered to eight": a bare toll counts the
   * forces or militants whose deaths the sentence stated before it, else people.
   */
  private static VictimCategory forcesBefore(List<Token> tokens, List<VictimPhrase> phrases,
      VictimPhrase toll) {
    VictimCategory found = VictimCategory.PEOPLE;
    for (VictimPhrase q : phrases) {
      if (q.to() > toll.from()) {
        break;
      }
      int k = q.to();
      while (k < tokens.size() && AUX_AND_ADVERBS.contains(tokens.get(k).lower())) {
        k++;
      }
      boolean stated = k < tokens.size() && Triggers.startsAt(tokens, k);
      if (stated && !q.negative() && q.count() != null && !q.subset()
          && (q.category().isStateForces() || q.category() == VictimCategory.MILITANTS)) {
        found = q.category();
      }
    }
    return found;
  }

  /**
   * "Four children were among 14 civilians killed", "a child was among three people killed": the
   * victims said to be among a figure are a part of it.
   */
  private static List<Link> amongParts(List<Token> tokens, List<VictimPhrase> phrases,
      List<Link> links, Set<VictimPhrase> used, int sentence) {
    List<Link> parts = new ArrayList<>();
    for (VictimPhrase p : phrases) {
      if (p.negative() || p.count() == null || p.anaphoric() || used.contains(p)) {
        continue;
      }
      int k = p.to();
      while (k < tokens.size() && AUX_AND_ADVERBS.contains(tokens.get(k).lower())
          && !tokens.get(k).lower().equals("among")) {
        k++;
      }
      if (k + 1 >= tokens.size() || !tokens.get(k).lower().equals("among")) {
        continue;
      }
      for (Link l : links) {
        if (l.phrase().from() == k + 1 && !l.part() && used.add(p)) {
          VictimCategory category =
              p.category() == VictimCategory.PEOPLE ? l.category() : p.category();
          parts.add(new Link(p, l.outcome(), category, sentence, true, false));
          break;
        }
      }
    }
    return parts;
  }

  /** A victim counted by a determiner ("a soldier", "the chief"), not by a number. */
  private static boolean singledOut(VictimPhrase p) {
    return DETERMINERS.contains(p.count().text().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Whether one member singled out ("including a policeman") adds a class its whole did not
   * count: a specific class among people, or forces or militants among civilians.
   */
  private static boolean newClass(VictimCategory whole, VictimCategory member) {
    return whole == VictimCategory.PEOPLE && member != VictimCategory.PEOPLE
        || whole == VictimCategory.CIVILIANS
            && (member.isStateForces() || member == VictimCategory.MILITANTS);
  }

  private static final Set<String> LIST_VERBS =
      Set.of("included", "include", "includes", "including", "were", "are", "was");

  /**
   * "The injured included 19 police officers, five rescuers and a child", "among the dead were
   * …": each group listed is a part of those killed or hurt.
   */
  private static void included(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      Outcome outcome = listedOutcome(tokens.get(i).lower());
      if (outcome == null || !tokens.get(i - 1).lower().equals("the")
          || !LIST_VERBS.contains(tokens.get(i + 1).lower())) {
        continue;
      }
      for (VictimPhrase p : objects(tokens, phrases, i + 2)) {
        if (!p.negative() && p.count() != null && !p.anaphoric() && used.add(p)) {
          links.add(new Link(p, outcome, category(p, phrases), sentence, true, false));
        }
      }
    }
  }

  private static Outcome listedOutcome(String w) {
    return switch (w) {
      case "dead", "killed", "deceased", "fatalities" -> Outcome.KILLED;
      case "injured", "wounded" -> Outcome.INJURED;
      case "abducted", "kidnapped", "hostages" -> Outcome.ABDUCTED;
      case "missing" -> Outcome.MISSING;
      default -> null;
    };
  }

  private static final Set<String> SITE_PREPOSITIONS = Set.of("in", "at", "from", "on", "inside");

  /**
   * "52 deaths were recorded at the main hospital, six at the clinic and one at the field unit":
   * counts listed after a figure, each with its place, are more figures of the same kind.
   */
  private static void elided(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    for (VictimPhrase p : phrases) {
      if (!p.bare() || p.count() == null || p.negative() || used.contains(p) || p.from() == 0
          || p.to() >= tokens.size() || !SITE_PREPOSITIONS.contains(tokens.get(p.to()).lower())) {
        continue;
      }
      String before = tokens.get(p.from() - 1).lower();
      if (!before.equals(",") && !before.equals("and")) {
        continue;
      }
      Link figure = null;
      for (Link l : links) {
        if (!l.part() && l.phrase().to() < p.from()
            && (figure == null || l.phrase().from() > figure.phrase().from())) {
          figure = l;
        }
      }
      if (figure != null && used.add(p)) {
        links.add(new Link(p, figure.outcome(), figure.category(), sentence, false,
            figure.ownSide()));
      }
    }
  }

  private static final Set<String> SPEECH =
      Set.of("said", "says", "told", "added", "confirmed", "stated", "reported", "claimed");

  private static final Set<String> EXCEPT_CUES = Set.of("than", "from", "besides");

  /**
   * "The assailants were the only reported casualties", "no casualties other than the bomber",
   * "In addition to the bomber, 12 recruits were killed": the attackers named there died.
   */
  private static void onlyCasualties(List<Token> tokens, List<VictimPhrase> phrases,
      Set<VictimPhrase> used, List<Link> links, int sentence) {
    String lower = joinedLower(tokens);
    boolean casualtyWords = lower.contains("casualt");
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).lower();
      VictimPhrase p = null;
      if (casualtyWords && EXCEPT_CUES.contains(w) && i > 0
          && Set.of("other", "aside", "apart", "besides").contains(tokens.get(i - 1).lower())) {
        p = startingAt(phrases, i + 1);
      } else if (casualtyWords && w.equals("besides")) {
        p = startingAt(phrases, i + 1);
      } else if (casualtyWords && w.equals("only") && i >= 2
          && Set.of("was", "were").contains(tokens.get(i - 2).lower())) {
        p = endingAt(phrases, i - 2);
      } else if (w.equals("addition") && i > 0 && tokens.get(i - 1).lower().equals("in")
          && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
        int k = i + 2;
        if (k + 2 < tokens.size() && tokens.get(k).lower().equals("the")
            && tokens.get(k + 1).lower().equals("death") && tokens.get(k + 2).lower().equals("of")) {
          k += 3;
        }
        VictimPhrase x = startingAt(phrases, k);
        if (x != null && x.category() == VictimCategory.MILITANTS) {
          p = x;
        }
      }
      if (p != null && p.count() != null && !p.negative() && used.add(p)) {
        links.add(new Link(p, Outcome.KILLED, category(p, phrases), sentence));
      }
    }
  }

  private static String joinedLower(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      sb.append(t.lower()).append(' ');
    }
    return sb.toString();
  }

  /** The outcome a toll word at token i counts, or null: "toll", "number of dead", ... */
  private static Outcome tollAt(List<Token> tokens, int i) {
    String w = tokens.get(i).lower();
    String before = i > 0 ? tokens.get(i - 1).lower() : "";
    if (w.equals("toll") || w.equals("tally")) {
      return before.startsWith("injur") || before.startsWith("wound") ? Outcome.INJURED
          : Outcome.KILLED;
    }
    if (w.equals("number") && i + 2 < tokens.size() && tokens.get(i + 1).lower().equals("of")) {
      int k = i + 2;
      if (Set.of("the", "those", "people").contains(tokens.get(k).lower()) && k + 1 < tokens.size()) {
        k++;
      }
      String what = tokens.get(k).lower();
      if (Set.of("dead", "deaths", "killed", "fatalities", "victims", "martyrs").contains(what)) {
        return Outcome.KILLED;
      }
      if (Set.of("wounded", "injured", "hurt", "injuries").contains(what)) {
        return Outcome.INJURED;
      }
      if (Set.of("abducted", "kidnapped", "hostages").contains(what)) {
        return Outcome.ABDUCTED;
      }
      if (Set.of("arrested", "detained", "arrests").contains(what)) {
        return Outcome.ARRESTED;
      }
      if (what.equals("missing")) {
        return Outcome.MISSING;
      }
      // "the number of security personnel killed", "the number of civilians wounded"
      for (int j = k + 1; j < Math.min(tokens.size(), k + 4); j++) {
        String after = tokens.get(j).lower();
        if (Set.of("killed", "dead", "slain", "martyred").contains(after)) {
          return Outcome.KILLED;
        }
        if (Set.of("wounded", "injured", "hurt").contains(after)) {
          return Outcome.INJURED;
        }
      }
    }
    return null;
  }

  private static CasualtyClaim toClaim(Link link, ClaimScope sentenceScope,
      Attribution attribution, Span evidence) {
    Claimant claimant = attribution == null ? null : attribution.claimant();
    String relayedBy = attribution == null ? null : attribution.relayedBy();
    VictimCategory victims = link.ownSide() ? ownSide(claimant) : link.category();
    boolean denial = link.phrase().count().qualifier() == Qualifier.DENIAL;
    return new CasualtyClaim(
        link.outcome(),
        victims,
        link.phrase().victimText(),
        link.phrase().count(),
        link.part() ? ClaimScope.PART : sentenceScope,
        claimant,
        relayedBy,
        denial ? deniesOwnLosses(claimant, victims)
            : selfInterested(claimant, victims, link.outcome()),
        evidence,
        List.of());
  }

  /** The victims a speaker means by "our casualties": its own side's. */
  private static VictimCategory ownSide(Claimant claimant) {
    if (claimant == null) {
      return VictimCategory.PEOPLE;
    }
    // police report on everyone's casualties; an army and an armed group on their own fighters'
    return switch (claimant.type()) {
      case STATE_MILITARY -> VictimCategory.SECURITY_FORCES;
      case ARMED_GROUP -> VictimCategory.MILITANTS;
      default -> VictimCategory.PEOPLE;
    };
  }

  /** A party to the fighting saying it lost no one: a figure that serves it. */
  static boolean deniesOwnLosses(Claimant claimant, VictimCategory victims) {
    if (claimant == null) {
      return false;
    }
    ClaimantType type = claimant.type();
    return type.isState() && victims.isStateForces()
        || type == ClaimantType.ARMED_GROUP && victims == VictimCategory.MILITANTS;
  }

  /** A party claiming losses it inflicted on its enemy. */
  static boolean selfInterested(Claimant claimant, VictimCategory victims, Outcome outcome) {
    if (claimant == null) {
      return false;
    }
    ClaimantType type = claimant.type();
    if (type.isState()) {
      return victims == VictimCategory.MILITANTS;
    }
    if (type == ClaimantType.ARMED_GROUP) {
      return victims.isStateForces() && outcome != Outcome.ARRESTED;
    }
    return false;
  }
}
