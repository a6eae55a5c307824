package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.actor.ClaimantType;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Decides who a source phrase names and what kind of party it is: a registered actor ("ISPR"), an
 * unnamed official ("a security official"), a witness, a person with a role ("Ahmad Zia, the
 * district governor"), or a reference back to an actor named earlier ("the group").
 */
public final class ClaimantClassifier {

  private final ActorRegistry registry;
  private final RoleVocabulary roles;
  private final PersonRoles personRoles;
  private final Set<String> unnamedHeads;
  private final Set<String> indefinite;
  private final Set<String> notSources;
  private final Set<String> determiners;
  /** Records, counts and studies that can be a statement's source when the text says which. */
  private final Set<String> documents;
  /** Words that say which record, not what it is about ("this report" names none). */
  private final Set<String> bare;
  private final Set<String> postHead;
  /** Whom a possessive can introduce as a source: "her advisers", "his campaign". */
  private final Set<String> peopleOf;
  private final Set<String> shares;
  /** Whose share a "most of …" names when they are people. */
  private final Set<String> sharedPeople;
  private final Set<String> asked;
  private final Set<String> humanRoles;
  private final Set<String> pronouns;
  private final Set<String> possessives;
  private final Set<String> placing;
  private final Set<String> recordPrepositions;

  /**
   * A classifier that knows the actors of {@code registry}, the roles of {@code roles} and the
   * words of {@code vocabulary}.
   */
  public ClaimantClassifier(ActorRegistry registry, Vocabulary vocabulary, RoleVocabulary roles) {
    this.registry = registry;
    this.roles = roles;
    this.personRoles = new PersonRoles(vocabulary, roles);
    this.unnamedHeads = vocabulary.words("claimant/unnamed-heads.txt");
    this.indefinite = vocabulary.words("claimant/indefinite-openers.txt");
    this.notSources = vocabulary.words("claimant/not-sources.txt");
    this.determiners = vocabulary.words("claimant/phrase-determiners.txt");
    this.documents = vocabulary.words("claimant/source-records.txt");
    this.bare = vocabulary.words("claimant/bare-record-words.txt");
    this.postHead = vocabulary.words("claimant/post-head-words.txt");
    this.peopleOf = vocabulary.words("claimant/people-of.txt");
    this.shares = vocabulary.words("claimant/shares.txt");
    this.sharedPeople = vocabulary.words("claimant/shared-people.txt");
    this.asked = vocabulary.words("claimant/asked.txt");
    this.humanRoles = vocabulary.words("claimant/human-roles.txt");
    this.pronouns = vocabulary.words("claimant/speaker-pronouns.txt");
    this.possessives = vocabulary.words("claimant/possessives.txt");
    this.placing = vocabulary.words("claimant/placing-prepositions.txt");
    this.recordPrepositions = vocabulary.words("claimant/record-prepositions.txt");
  }

  /** The roles, ranks and capitals this classifier types parties by. */
  RoleVocabulary roles() {
    return roles;
  }

  /** How this classifier reads the roles a report gives the people it names. */
  PersonRoles personRoles() {
    return personRoles;
  }

  /**
   * The claimant named by {@code phrase}. {@code lastArmedGroup} (nullable) is the armed group
   * most recently named in the report, for "the group said"; {@code previous} (nullable) the last
   * claimant, for "he said".
   */
  public Claimant classify(List<Token> phrase, Actor lastArmedGroup, Claimant previous) {
    phrase = firstConjunct(phrase);
    String text = Token.join(phrase);
    String lower = text.toLowerCase(Locale.ROOT);
    if (phrase.size() == 1 && (lower.equals("it") || lower.equals("its"))) {
      // "it claimed", with no organisation speaking before: the armed group named last
      return lastArmedGroup == null ? null
          : new Claimant(lastArmedGroup.name(), ClaimantType.ARMED_GROUP);
    }
    if (phrase.size() == 1 && pronouns.contains(lower)) {
      return previous;
    }
    Actor actor = actorIn(phrase);
    String person = person(phrase);
    ClaimantType role = role(phrase);
    String head = phrase.get(headIndex(phrase)).lower();
    String first0 = phrase.get(0).lower();
    if (first0.equals("no") || first0.equals("nobody") || first0.equals("none")
        || phrase.size() > 1 && possessives.contains(first0)
            && !peopleOf.contains(head)) {
      // "no group", "his Twitter", "her account": nobody who speaks ("her advisers" do)
      return null;
    }
    if (isRecord(phrase) && actor == null && person == null && described(phrase)) {
      // "exit polls", "a recent election commission report": a record that is its own source,
      // typed by its keeper when the words name one ("hospital records", "Russian military
      // estimates"); a bare "the report" or "the data" names none
      return new Claimant(withoutDeterminer(phrase),
          role == null || role == ClaimantType.WITNESS ? ClaimantType.OTHER : role);
    }
    if (share(phrase)) {
      // "about four in 10", "most of them", "those surveyed", "67 percent of Americans"
      return new Claimant(withoutDeterminer(phrase), ClaimantType.OTHER);
    }
    Token last = phrase.get(phrase.size() - 1);
    boolean properHead = last.posStartsWith("NNP") || last.entity() == EntityType.ORGANIZATION;
    if (notSources.contains(head) && !head.equals("group") && actor == null && person == null
        && !properHead) {
      // "the statement said", "a tally": no party; but "a Reuters tally" is Reuters, "The
      // Huffington Post" a newspaper, and "a government statement" the government's
      ClaimantType keeper = phrase.size() > 1 ? role(phrase.subList(0, phrase.size() - 1)) : null;
      return keeper == null || keeper == ClaimantType.WITNESS ? null
          : new Claimant(withoutDeterminer(phrase), keeper);
    }
    boolean spokesman = lower.contains("spokes");

    if (role == ClaimantType.WITNESS && actor == null && person == null) {
      return new Claimant(text, ClaimantType.WITNESS);
    }
    if (actor == null && person == null
        && roles.capitalCountry(withoutDeterminerTokens(phrase)) != null) {
      // "Moscow said", "Kiev, which said …": a capital speaks for its government
      return new Claimant(withoutDeterminer(phrase), ClaimantType.STATE_GOVERNMENT);
    }
    // an unnamed official speaks for the state unless the words say whose it is: "a Taliban
    // official" is the Taliban's, "hospital sources" are medical, "school officials" are the
    // school's
    boolean stateOrNobody = actor != null ? registry.speakingType(actor).isState()
        : role == null || role.isState();
    boolean unnamed = person == null && !spokesman && stateOrNobody
        && (unnamedHeads.contains(head) || lower.contains("official") || lower.contains("source"))
        && (indefinite.contains(first0) || head.endsWith("s") || unnamedHeads.contains(first0)
            || first0.equals("the") && unnamedHeads.contains(head) && phrase.size() <= 3);
    if (unnamed) {
      return new Claimant(text, ClaimantType.OFFICIAL_UNNAMED);
    }
    if (actor != null) {
      return new Claimant(actor.name(), registry.speakingType(actor));
    }
    if (role == ClaimantType.ARMED_GROUP && person == null && !namesItself(phrase)) {
      // "the group", "the separatist forces", "rebels": the armed group named last, if any
      return lastArmedGroup != null
          ? new Claimant(lastArmedGroup.name(), ClaimantType.ARMED_GROUP)
          : new Claimant(withoutDeterminer(phrase), ClaimantType.ARMED_GROUP);
    }
    if (role != null) {
      return new Claimant(person != null ? person : withoutDeterminer(phrase), role);
    }
    if (person != null) {
      return new Claimant(person, ClaimantType.OTHER);
    }
    boolean proper = phrase.stream().anyMatch(t -> t.entity() != EntityType.NONE
        || t.posStartsWith("NNP") || t.pos().isEmpty() && Character.isUpperCase(t.text().charAt(0)));
    if (!proper && !isHumanRole(head)) {
      // "the exchange of fire", "the report": no party speaks
      return null;
    }
    return new Claimant(withoutDeterminer(phrase), ClaimantType.OTHER);
  }

  /**
   * The head noun of a phrase: the last word before what follows it ("sources" in "the sources of
   * this ministry", "officials" in "officials in Jonglei state").
   */
  private int headIndex(List<Token> phrase) {
    for (int i = 1; i < phrase.size(); i++) {
      if (postHead.contains(phrase.get(i).lower())) {
        return i - 1;
      }
    }
    return phrase.size() - 1;
  }

  /**
   * "The ombudsman's office and the bar association's rights commission told AFP": two parties
   * named together speak as the first ("police and hospital officials" share one head and stay).
   */
  static List<Token> firstConjunct(List<Token> phrase) {
    for (int i = 1; i + 1 < phrase.size(); i++) {
      if (phrase.get(i).lower().equals("and")
          && Set.of("the", "a", "an").contains(phrase.get(i + 1).lower())) {
        return phrase.subList(0, i);
      }
    }
    return phrase;
  }

  /**
   * The kind of party a name's role words suggest ("Afghan Ministry of National Defense" is
   * state_military), if any; witness roles do not count here.
   */
  public java.util.Optional<ClaimantType> roleOf(String name) {
    List<Token> tokens = new java.util.ArrayList<>();
    int offset = 0;
    for (String w : name.split("[\\s()]+")) {
      if (!w.isEmpty()) {
        tokens.add(new Token(w, offset, offset + w.length(), "", "", EntityType.NONE));
        offset += w.length() + 1;
      }
    }
    ClaimantType t = tokens.isEmpty() ? null : role(tokens);
    return t == null || t == ClaimantType.WITNESS || t == ClaimantType.OTHER
        ? java.util.Optional.empty() : java.util.Optional.of(t);
  }

  private Actor actorIn(List<Token> phrase) {
    ActorRegistry.Match m = registry.speakerIn(phrase);
    return m == null ? null : m.actor();
  }

  /** "leader", "elder", "spokesman", "lawmaker": a noun that names a person by role. */
  private boolean isHumanRole(String head) {
    return humanRoles.contains(head)
        || head.length() > 4
            && head.matches(".*(er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents)");
  }


  private ClaimantType role(List<Token> phrase) {
    return roles.typeOf(phrase);
  }

  /** The longest run of PERSON tokens, or null. */
  String person(List<Token> phrase) {
    int bestFrom = -1;
    int bestTo = -1;
    int i = 0;
    while (i < phrase.size()) {
      if (phrase.get(i).entity() == EntityType.PERSON) {
        int j = i;
        while (j < phrase.size() && phrase.get(j).entity() == EntityType.PERSON) {
          j++;
        }
        // "a police official in Mir Ali": a name after "in" is a place the tagger mistook
        boolean place = i > 0 && placing.contains(phrase.get(i - 1).lower());
        if (!place && j - i > bestTo - bestFrom) {
          bestFrom = i;
          bestTo = j;
        }
        i = j;
      } else {
        i++;
      }
    }
    return bestFrom < 0 ? null : Token.join(phrase.subList(bestFrom, bestTo));
  }

  /**
   * A share of people polled or named before: "67 percent of Americans", "most of them", "about
   * four in 10", "those surveyed". Not a share of things: "some of the bodies" has no people.
   */
  private boolean share(List<Token> phrase) {
    List<String> w = phrase.stream().map(Token::lower).toList();
    int n = w.size();
    if (n == 2 && w.get(0).equals("those") && asked.contains(w.get(1))) {
      return true;
    }
    for (int i = 0; i + 2 < n; i++) {
      if (w.get(i + 1).equals("in") && w.get(i + 2).equals("10") && i + 3 == n) {
        // "four in 10"
        return true;
      }
    }
    int of = w.indexOf("of");
    if (of < 1 || of + 1 >= n || !shares.contains(w.get(of - 1))) {
      return false;
    }
    String whose = w.get(n - 1);
    return sharedPeople.contains(whose) || isHumanRole(whose) && whose.endsWith("s");
  }

  /** "exit polls", "a survey of displaced families": a record heads the phrase. */
  private boolean isRecord(List<Token> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      if (documents.contains(phrase.get(i).lower()) && (i == phrase.size() - 1
          || recordPrepositions.contains(phrase.get(i + 1).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** True when a record's phrase says whose or which it is ("exit polls", "the FBI data"). */
  private boolean described(List<Token> phrase) {
    for (int i = 0; i < phrase.size() - 1; i++) {
      if (!bare.contains(phrase.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private String withoutDeterminer(List<Token> phrase) {
    return Token.join(withoutDeterminerTokens(phrase));
  }

  private List<Token> withoutDeterminerTokens(List<Token> phrase) {
    int from = 0;
    while (from < phrase.size() - 1 && determiners.contains(phrase.get(from).lower())) {
      from++;
    }
    return phrase.subList(from, phrase.size());
  }

  /**
   * True when a phrase names a group of its own rather than pointing back to one: a capitalised
   * word that is not where a sentence starts ("the Arakan Liberation Army", not "Rebels said").
   */
  private boolean namesItself(List<Token> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      Token w = phrase.get(i);
      boolean capital = Character.isUpperCase(w.text().charAt(0));
      if (capital && !determiners.contains(w.lower()) && (i > 0 || phrase.size() > 1
          && Character.isUpperCase(phrase.get(phrase.size() - 1).text().charAt(0)))) {
        return true;
      }
    }
    return false;
  }
}
