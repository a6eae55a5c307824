package org.counterclaim.core.casualty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Links the victim phrases of one sentence to the casualty triggers that apply to them, each
 * with its outcome and victims, adding tolls, parts, context figures and zero figures.
 */
final class SentenceLinks {

  private final CasualtyVocabulary words;
  private final Triggers triggerFinder;
  private final TriggerNegation negation;
  private final TriggerArguments arguments;
  private final VictimCategories categories;
  private final TollFigures tolls;
  private final PartFigures partFigures;
  private final ContextFigures context;
  private final Denials denials;

  /** Verbs that take things as often as people: only victims the vocabulary names count. */
  private final Set<String> strictTriggers;

  /** Nominal triggers that need a number ("the body of one more person", not "of a person"). */
  private final Set<String> countedNominals;
  private final Set<String> freedWords;
  private final Set<String> ownPossessives;
  private final Set<String> genericOwnNouns;
  private final Set<String> relativePronouns;
  private final Set<String> clauseBreaks;
  private final Set<String> ownSideModifiers;
  private final Set<String> ownSideNouns;

  /** Links read with the words of {@code words}. */
  SentenceLinks(CasualtyVocabulary words) {
    this.words = words;
    this.triggerFinder = new Triggers(words);
    this.negation = new TriggerNegation(words);
    this.arguments = new TriggerArguments(words);
    this.categories = new VictimCategories(words);
    this.tolls = new TollFigures(words, categories);
    this.partFigures = new PartFigures(words, arguments, categories);
    this.context = new ContextFigures(words, categories);
    this.denials = new Denials(words);
    this.strictTriggers = words.words("strict-triggers.txt");
    this.countedNominals = words.words("counted-nominals.txt");
    this.freedWords = words.words("freed-words.txt");
    this.ownPossessives = words.words("own-possessives.txt");
    this.genericOwnNouns = words.words("generic-own-nouns.txt");
    this.relativePronouns = words.words("relative-pronouns.txt");
    this.clauseBreaks = words.words("clause-breaks.txt");
    this.ownSideModifiers = words.words("own-side-modifiers.txt");
    this.ownSideNouns = words.words("own-side-nouns.txt");
  }

  /** The links of sentence {@code s}, whose victim phrases are {@code phrases}, in text order. */
  List<Link> links(Sentence s, List<VictimPhrase> phrases) {
    List<Token> tokens = s.tokens();
    List<Trigger> triggers = triggerFinder.find(tokens);
    List<Link> links = new ArrayList<>();
    Set<VictimPhrase> used = new HashSet<>();
    // a toll's figure is the toll's ("the security forces toll in Tuesday's attacks climbs to
    // 31"), before any trigger nearby can take it
    tolls.tollClaims(tokens, phrases, used, links, s.index());
    Link previous = null;
    for (Trigger t : triggers) {
      if (negation.statesNone(tokens, t)) {
        continue;
      }
      boolean strict = t.to() == t.from() + 1
          && strictTriggers.contains(tokens.get(t.from()).lower());
      boolean counted = countedNominals.contains(tokens.get(t.from()).lower());
      List<Link> ofTrigger = new ArrayList<>();
      for (VictimPhrase p : arguments.victimsOf(tokens, phrases, t)) {
        if (p.negative() || p.count() == null || strict && !countedVictims(p)
            || counted && words.singledOut(p)
            || freedAfter(tokens, p, t) || !used.add(p)) {
          continue;
        }
        // "we lost 17 men": the loser's own people
        // "we lost nine men": whoever loses people or generic "men" loses its own
        boolean own = ownPossessive(tokens, p) || strict
            && (p.category() == VictimCategory.PEOPLE
                || genericOwnNouns.contains(EarlierFigures.lastWord(p.victimText())))
            && !tokens.get(t.from()).lower().equals("destroyed")
            // "five of our men assassinated and 10 wounded": the bare count is theirs too
            || p.bare() && previous != null && previous.ownSide();
        // "the bodies of eight victims and one injured person": a phrase that says its own outcome
        Outcome outcome = p.implied() != null && p.implied() != t.outcome() ? p.implied()
            : outcome(mainVerb(tokens, phrases, triggers, p, t), p);
        VictimCategory category = categories.category(p, phrases);
        if (category == VictimCategory.PEOPLE && p.bare()) {
          // "suffered 1 dead and 19 wounded": the second count is of the same victims
          category = previous != null && previous.phrase().bare() ? previous.category()
              : categories.sufferer(tokens, p);
        }
        Link link = new Link(p, outcome, category, s.index(), false, own);
        ofTrigger.add(link);
        previous = link;
      }
      links.addAll(summed(ofTrigger, tokens));
    }
    context.onlyCasualties(tokens, phrases, used, links, s.index());
    partFigures.included(tokens, phrases, used, links, s.index());
    for (VictimPhrase p : phrases) {
      // "the martyred policemen" mentions victims again; it is not a new figure
      if (p.implied() != null && !p.negative() && !p.anaphoric() && p.count() != null
          && used.add(p)) {
        links.add(new Link(p, p.implied(), categories.category(p, phrases), s.index()));
      }
    }
    context.elided(tokens, phrases, used, links, s.index());
    links.replaceAll(l -> l.category() == VictimCategory.PEOPLE && !l.ownSide()
        ? new Link(l.phrase(), l.outcome(), categories.sideOf(tokens, l.phrase()), l.sentence(),
            l.part(), false)
        : l);
    links.addAll(partFigures.parts(phrases, links, used, s.index()));
    links.addAll(partFigures.amongParts(tokens, phrases, links, used, s.index()));
    for (Denials.Denial d : denials.find(tokens)) {
      VictimPhrase zero = new VictimPhrase(d.from(), d.to(),
          new CountRange(0, 0, Qualifier.DENIAL, d.text()), false, d.victims(), null, false);
      links.add(new Link(zero, d.outcome(), d.victims(), s.index(), false, d.ownSide()));
    }
    links.sort((a, b) -> Integer.compare(a.phrase().from(), b.phrase().from()));
    return links;
  }

  /**
   * "five policemen, three traffic officers and four recruits were killed": conjoined counts of
   * one victim group make one figure (8 police, 4 people); different groups stay apart.
   */
  private List<Link> summed(List<Link> conjuncts, List<Token> tokens) {
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

  /**
   * A counted victim phrase whose noun the vocabulary names ("lost seven soldiers"; not "lost
   * his brother", nor "destroyed two hideouts").
   */
  private boolean countedVictims(VictimPhrase p) {
    if (p.bare() || words.singledOut(p)) {
      return false;
    }
    String[] words = p.victimText().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return p.category() != VictimCategory.PEOPLE
        || this.words.victims.contains(words[words.length - 1]);
  }

  /**
   * "130 children held captive were freed", "rescued 63 captives": people set free are no
   * figure of people taken.
   */
  private boolean freedAfter(List<Token> tokens, VictimPhrase p, Trigger t) {
    if (t.outcome() != Outcome.ABDUCTED) {
      return false;
    }
    int from = Math.max(0, Math.min(p.from(), t.from()) - 3);
    int to = Math.min(tokens.size(), Math.max(p.to(), t.to()) + 4);
    for (int k = from; k < to; k++) {
      if (freedWords.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "five of our men", "their members": the speaker's own people, whose side the claimant
   * decides.
   */
  private boolean ownPossessive(List<Token> tokens, VictimPhrase p) {
    if (p.category() != VictimCategory.PEOPLE && p.category() != VictimCategory.CIVILIANS) {
      return false;
    }
    for (int k = 0; k + 1 < p.from(); k++) {
      // "Friendly side: 11 dead and 22 wounded", "our own losses: …"
      if (ownSideModifiers.contains(tokens.get(k).lower())
          && ownSideNouns.contains(tokens.get(k + 1).lower())) {
        return true;
      }
    }
    if (p.bare()) {
      return false;
    }
    String[] words = p.victimText().toLowerCase(java.util.Locale.ROOT).split("\\s+");
    if (!genericOwnNouns.contains(words[words.length - 1])) {
      return false;
    }
    for (int k = p.from(); k < p.to(); k++) {
      if (ownPossessives.contains(tokens.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /**
   * The trigger that says what happened to the subject {@code p} of {@code t}: {@code t} itself,
   * unless {@code t} sits in a relative clause of {@code p} and the main verb that follows it is
   * another trigger ("a shopkeeper who had suffered burns succumbed" was killed).
   */
  private Trigger mainVerb(List<Token> tokens, List<VictimPhrase> phrases,
      List<Trigger> triggers, VictimPhrase p, Trigger t) {
    int r = p.to() < tokens.size() && tokens.get(p.to()).text().equals(",") ? p.to() + 1 : p.to();
    if (r >= t.from() || !relativePronouns.contains(tokens.get(r).lower())) {
      return t;
    }
    for (Trigger main : triggers) {
      if (main.from() < t.to() || main.from() - t.to() > 8
          || main.form() != Trigger.Form.INTRANSITIVE
          && !(main.form() == Trigger.Form.PARTICIPLE && arguments.hasPassiveAux(tokens, main.from()))) {
        continue;
      }
      for (int k = t.to(); k < main.from(); k++) {
        if (clauseBreaks.contains(tokens.get(k).lower()) || startsPhrase(phrases, k)) {
          return t;
        }
      }
      return main;
    }
    return t;
  }

  private boolean startsPhrase(List<VictimPhrase> phrases, int k) {
    return phrases.stream().anyMatch(v -> v.from() == k);
  }

  private Outcome outcome(Trigger t, VictimPhrase p) {
    if (t.form() == Trigger.Form.CAPTURE && p.category() == VictimCategory.MILITANTS) {
      return Outcome.ARRESTED;
    }
    return t.outcome();
  }
}
