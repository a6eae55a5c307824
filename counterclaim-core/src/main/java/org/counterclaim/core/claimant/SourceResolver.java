package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.report.Span;
import org.counterclaim.core.actor.ClaimantType;

/**
 * Resolves source phrases of one report, in reading order, to sources: registry actors, named
 * people with their roles, unnamed officials, witnesses. Pronouns go to the last compatible
 * source, surnames to the full name seen before, "the ministry" to the ministry named before.
 * One instance per report; feed it every sentence in order with {@link #observe}.
 */
public final class SourceResolver {

  private final SourceResolvers words;
  private final ActorRegistry registry;
  private final ClaimantClassifier classifier;
  private final String text;
  private final List<Source> sources = new ArrayList<>();
  private final People people;
  private final Parties parties;

  /** A resolver for the report whose text is {@code text}, with what {@code shared} holds. */
  SourceResolver(SourceResolvers shared, String text) {
    this.words = shared;
    this.registry = shared.registry();
    this.classifier = shared.classifier();
    this.text = Objects.requireNonNull(text, "text");
    this.people = new People(registry, classifier.personRoles(), classifier.roles());
    this.parties = new Parties(registry, text);
  }

  /** Notes the armed groups and people a sentence names, for later references. */
  public void observe(Sentence s) {
    people.read(s);
    parties.observe(s);
  }

  /** The source named by {@code phrase} in sentence {@code s}, or null when it names none. */
  public Source resolve(Sentence s, SourcePhrase phrase) {
    return resolve(s, phrase, true);
  }

  /**
   * The source named by {@code phrase} in sentence {@code s}, or null when it names none, without
   * remembering it for later references: a source named inside a quotation is the quoted
   * speaker's, and a later "he" of the report does not point to it.
   */
  public Source resolveAside(Sentence s, SourcePhrase phrase) {
    return resolve(s, phrase, false);
  }

  private Source resolve(Sentence s, SourcePhrase phrase, boolean remember) {
    people.read(s);
    List<Token> tokens = s.tokens().subList(phrase.from(), phrase.to());
    if (tokens.size() == 1 && (tokens.get(0).lower().equals("who") || tokens.get(0).lower().equals("which"))) {
      // "Trump, who said ...": the speaker is the phrase before the relative pronoun
      int[] antecedent = antecedent(s.tokens(), phrase.from());
      if (antecedent[0] == antecedent[1]) {
        return null;
      }
      Span mention = Span.of(text, tokens.get(0).start(), tokens.get(0).end());
      Source src = resolve(s, new SourcePhrase(antecedent[0], antecedent[1], phrase.relayFrom(),
          phrase.relayTo(), phrase.cueFrom(), phrase.cueTo()), remember);
      return src == null ? null : src.at(mention);
    }
    Span mention = Span.of(text, tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
    String toldTo = phrase.hasRelay() ? relayName(s.tokens().subList(phrase.relayFrom(), phrase.relayTo()))
        : null;
    Source found = earlier(beforeRelativeClause(tokens));
    if (found != null) {
      found = found.at(mention).toldTo(toldTo);
    } else {
      found = fresh(tokens, mention, toldTo, parties.referent(s, phrase.from(), tokens));
    }
    if (found != null && found.name() != null) {
      found = people.withKnownRole(found, beforeRelativeClause(tokens));
    }
    if (found != null && headlineColon(s, phrase) && found.actor() == null
        && found.type() == ClaimantType.OTHER && (capitals(tokens) || tokens.stream().noneMatch(
            w -> w.entity() == EntityType.PERSON || w.entity() == EntityType.ORGANIZATION))) {
      // "Khuzdār: children among dead": a headline's place or topic, not its speaker; "DERA
      // ISMAIL KHAN: …" a dateline in capitals, whatever the tagger made of it
      return null;
    }
    if (found != null && remember) {
      sources.add(found);
    }
    return found;
  }

  /** True when every word of {@code tokens} is written in capitals ("DERA ISMAIL KHAN"). */
  private static boolean capitals(List<Token> tokens) {
    return tokens.stream().allMatch(w -> w.text().chars().anyMatch(Character::isLetter)
        && w.text().equals(w.text().toUpperCase(Locale.ROOT)));
  }

  private static boolean headlineColon(Sentence s, SourcePhrase phrase) {
    return phrase.cueTo() == phrase.cueFrom() + 1
        && s.tokens().get(phrase.cueFrom()).text().equals(":");
  }

  private static int commaBefore(List<Token> t, int i) {
    return i > 0 && t.get(i - 1).text().equals(",") ? 1 : 0;
  }

  /**
   * The token bounds (start, end exclusive) of the noun phrase before a relative pronoun at {@code
   * i} ("Hillary Clinton, who"); equal bounds when there is none.
   */
  private static int[] antecedent(List<Token> t, int i) {
    int end = i - commaBefore(t, i);
    if (end > 0 && t.get(end - 1).text().equals(")")) {
      // "the Balochistan Liberation Army (BLA), which said"
      int open = end - 1;
      while (open > 0 && !t.get(open).text().equals("(") && end - open < 6) {
        open--;
      }
      if (t.get(open).text().equals("(")) {
        end = open;
      }
    }
    int start = end;
    while (start > 0 && end - start < 6) {
      Token k = t.get(start - 1);
      if (!(k.posStartsWith("NN") || k.posStartsWith("JJ") || k.pos().equals("DT")
          || k.pos().equals("POS") || k.lower().equals("of"))) {
        break;
      }
      start--;
    }
    return new int[] {start, end};
  }

  /** A pronoun, surname or "the ministry" that points back to a source named before. */
  private Source earlier(List<Token> tokens) {
    String first = tokens.get(0).lower();
    if (tokens.size() <= 4 && words.definite.contains(first)
        && words.documents.contains(tokens.get(tokens.size() - 1).lower())) {
      // "the statement added", "the message says": the statement of the source named last
      for (int k = sources.size() - 1; k >= 0; k--) {
        if (sources.get(k).type() != ClaimantType.WITNESS) {
          return sources.get(k);
        }
      }
      return null;
    }
    if (tokens.size() == 1 && words.personPronouns.contains(first)) {
      // he, she: the last person or unnamed official
      for (int k = sources.size() - 1; k >= 0; k--) {
        Source src = sources.get(k);
        boolean person = people.isPerson(src.name());
        boolean organisation = src.actor() != null && src.role() == null
            || src.type() == ClaimantType.MEDIA;
        if (person || !organisation && src.type() != ClaimantType.OTHER) {
          return src;
        }
      }
      return null;
    }
    if (tokens.size() == 1 && words.groupPronouns.contains(first)) {
      // "it claimed": an organisation, not the residents or a person quoted since
      boolean singular = first.equals("it") || first.equals("its");
      for (int k = sources.size() - 1; k >= 0; k--) {
        Source src = sources.get(k);
        boolean person = src.name() != null && people.isPerson(src.name());
        boolean people = src.type() == ClaimantType.WITNESS
            || src.type() == ClaimantType.OFFICIAL_UNNAMED
            || src.actor() == null && src.description().toLowerCase(Locale.ROOT).endsWith("s");
        if ((src.actor() != null || src.name() == null || !person)
            && !(singular && (person || people))) {
          return singular ? parties.laterParty(src) : src;
        }
      }
      return singular ? parties.laterParty(null)
          : sources.isEmpty() ? null : sources.get(sources.size() - 1);
    }
    if (tokens.size() <= 2 && Character.isUpperCase(tokens.get(0).text().charAt(0))
        && !first.equals("the") && registry.at(tokens, 0) == null) {
      String surname = tokens.get(tokens.size() - 1).text();
      for (int k = sources.size() - 1; k >= 0; k--) {
        Source src = sources.get(k);
        if (src.name() != null && People.sameSurname(src.name(), surname)) {
          return src;
        }
      }
      return null;
    }
    if (tokens.size() >= 2 && tokens.size() <= 3 && first.equals("the")) {
      String head = tokens.get(tokens.size() - 1).lower();
      for (int k = sources.size() - 1; k >= 0; k--) {
        Source src = sources.get(k);
        if (src.description().toLowerCase(Locale.ROOT).contains(head)
            && src.type() != ClaimantType.OFFICIAL_UNNAMED) {
          return src;
        }
      }
    }
    return null;
  }

  private Source fresh(List<Token> phrase, Span mention, String toldTo, Actor referent) {
    List<Token> tokens = ClaimantClassifier.firstConjunct(beforeRelativeClause(phrase));
    Claimant previous = sources.isEmpty() ? null : sources.get(sources.size() - 1).claimant();
    Claimant c = classifier.classify(tokens, referent, previous);
    if (c == null) {
      return null;
    }
    String description = Token.join(tokens);
    ActorRegistry.Match named = registry.speakerIn(tokens);
    Actor actor = named == null ? null : named.actor();
    String person = classifier.person(tokens);
    String name;
    String role;
    if (c.type() == ClaimantType.OFFICIAL_UNNAMED
        || c.type() == ClaimantType.WITNESS && person == null) {
      name = null;
      role = withoutDeterminers(description);
    } else if (person != null) {
      name = people.fullName(person);
      people.add(name);
      role = actor == null ? role(tokens) : roleBeside(tokens, named);
    } else {
      name = c.name();
      role = actor == null ? null : roleBeside(tokens, named);
    }
    if (actor == null && c.type() == ClaimantType.ARMED_GROUP && referent != null
        && c.name().equals(referent.name())) {
      actor = referent;
    }
    String party = actor != null && c.type() != ClaimantType.OFFICIAL_UNNAMED ? actor.name() : null;
    return new Source(name, role, actor == null ? null : actor.id(), c.type(), toldTo, mention,
        description, party);
  }


  /** "Ann Fry, who founded a justice group,": the words before a relative or participle clause. */
  private static List<Token> beforeRelativeClause(List<Token> phrase) {
    for (int i = 1; i + 1 < phrase.size(); i++) {
      String w = phrase.get(i + 1).lower();
      if (phrase.get(i).text().equals(",") && (w.equals("who") || w.equals("whose")
          || w.equals("which") || phrase.get(i + 1).pos().equals("VBG"))) {
        // "…, which relies on a network of activists,", "…, speaking on condition of anonymity,"
        return phrase.subList(0, i);
      }
    }
    return phrase;
  }

  /** The words beside the actor's name: "spokesman" in "Taliban spokesman". */
  private String roleBeside(List<Token> tokens, ActorRegistry.Match m) {
    if (m == null) {
      return null;
    }
    List<Token> rest = new ArrayList<>(tokens.subList(0, m.from()));
    rest.addAll(tokens.subList(m.to(), tokens.size()));
    return role(rest);
  }


  /** The words of the phrase that are not the person's name: "Defence Minister". */
  private String role(List<Token> tokens) {
    StringBuilder sb = new StringBuilder();
    for (Token t : tokens) {
      if (t.entity() == EntityType.PERSON || words.roleSkip.contains(t.lower())) {
        if (sb.length() > 0 && t.text().equals(",")) {
          break;
        }
        continue;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t.text());
    }
    return sb.length() == 0 ? null : sb.toString();
  }

  private String withoutDeterminers(String description) {
    return words.descriptionOpener.matcher(description).replaceFirst("");
  }

  private String relayName(List<Token> tokens) {
    for (int k = 1; k < tokens.size(); k++) {
      if (tokens.get(k).text().equals(",")) {
        // "told Frontier Wire, the latest in a string of attacks": the outlet, not what follows
        tokens = tokens.subList(0, k);
        break;
      }
    }
    ActorRegistry.Match m = registry.firstIn(tokens);
    if (m != null) {
      return m.actor().name();
    }
    boolean named = tokens.stream().anyMatch(t -> Character.isUpperCase(t.text().charAt(0)));
    return named ? Token.join(tokens) : null;
  }
}
