package org.counterclaim.core.claimant;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.actor.ClaimantType;

/**
 * Decides who a source phrase names and what kind of party it is: a registered actor ("ISPR"), an
 * unnamed official ("a security official"), a witness, a person with a role ("Ahmad Zia, the
 * district governor"), or a reference back to an actor named earlier ("the group").
 */
public final class ClaimantClassifier {

  private static final Set<String> UNNAMED_HEADS =
      Set.of("official", "officials", "source", "sources", "officer", "officers", "person",
          "persons", "member", "members", "authority", "diplomat", "diplomats", "insider");
  private static final Set<String> INDEFINITE =
      Set.of("a", "an", "one", "two", "three", "several", "some", "unnamed", "anonymous",
          "senior", "many", "other");
  private static final Set<String> NOT_SOURCES =
      Set.of("statement", "statements", "report", "reports", "figures", "figure", "toll", "tally",
          "account", "data", "it", "which", "that", "this", "attack", "list", "video", "post",
          "anonymity", "condition", "phone", "telephone", "group");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their");
  /** Records, counts and studies that can be a statement's source when the text says which. */
  private static final Set<String> DOCUMENTS =
      Set.of("report", "reports", "data", "figures", "records", "statistics", "poll", "polls",
          "survey", "surveys", "study", "studies", "returns", "census", "analysis", "estimates",
          "count", "tally", "documents", "filings", "transcript", "audit", "review", "index",
          "investigation", "inquiry");
  /** Words that say which record, not what it is about ("this report" names none). */
  private static final Set<String> BARE =
      Set.of("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her",
          "same", "new", "latest", "recent", "initial", "final", "one", "another", "such");

  private final ActorRegistry registry;

  /** A classifier that knows the actors of {@code registry}. */
  public ClaimantClassifier(ActorRegistry registry) {
    this.registry = registry;
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
    if (phrase.size() == 1 && Set.of("he", "she", "they", "we", "i").contains(lower)) {
      return previous;
    }
    Actor actor = actorIn(phrase);
    String person = person(phrase);
    ClaimantType role = role(phrase);
    String head = phrase.get(headIndex(phrase)).lower();
    String first0 = phrase.get(0).lower();
    if (first0.equals("no") || first0.equals("nobody") || first0.equals("none")
        || phrase.size() > 1 && Set.of("his", "her", "its", "their", "my", "our").contains(first0)
            && !PEOPLE_OF.contains(head)) {
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
    if (NOT_SOURCES.contains(head) && !head.equals("group") && actor == null && person == null
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
        && RoleVocabulary.capitalCountry(withoutDeterminerTokens(phrase)) != null) {
      // "Moscow said", "Kiev, which said …": a capital speaks for its government
      return new Claimant(withoutDeterminer(phrase), ClaimantType.STATE_GOVERNMENT);
    }
    // an unnamed official speaks for the state unless the words say whose it is: "a Taliban
    // official" is the Taliban's, "hospital sources" are medical, "school officials" are the
    // school's
    boolean stateOrNobody = actor != null ? registry.speakingType(actor).isState()
        : role == null || role.isState();
    boolean unnamed = person == null && !spokesman && stateOrNobody
        && (UNNAMED_HEADS.contains(head) || lower.contains("official") || lower.contains("source"))
        && (INDEFINITE.contains(first0) || head.endsWith("s") || UNNAMED_HEADS.contains(first0)
            || first0.equals("the") && UNNAMED_HEADS.contains(head) && phrase.size() <= 3);
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

  private static final Set<String> POST_HEAD = Set.of("of", "in", "at", "from", "with", "for", ",");

  /**
   * The head noun of a phrase: the last word before what follows it ("sources" in "the sources of
   * this ministry", "officials" in "officials in Jonglei state").
   */
  private static int headIndex(List<Token> phrase) {
    for (int i = 1; i < phrase.size(); i++) {
      if (POST_HEAD.contains(phrase.get(i).lower())) {
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

  /** Whom a possessive can introduce as a source: "her advisers", "his campaign". */
  private static final Set<String> PEOPLE_OF =
      Set.of("advisers", "advisors", "aides", "allies", "supporters", "lawyers", "attorneys",
          "spokesman", "spokeswoman", "spokesperson", "campaign", "family", "friends",
          "relatives", "colleagues", "staff", "lawyer", "attorney", "aide", "adviser", "advisor",
          "critics", "opponents", "rivals", "backers", "office", "government", "party");

  /** "leader", "elder", "spokesman", "lawmaker": a noun that names a person by role. */
  private static boolean isHumanRole(String head) {
    return Set.of("leader", "leaders", "chief", "elder", "elders", "head", "spokesman",
            "spokeswoman", "spokesperson", "official", "officials", "chairman", "president",
            "commander", "imam", "cleric", "father", "mother", "brother", "son", "daughter",
            "judge", "judges", "candidate", "candidates", "senator", "senators", "aide", "aides",
            "critics", "experts", "staff", "campaign", "company", "committee", "party", "court",
            "council", "commission", "board", "office", "bureau", "institute", "foundation",
            "union", "coalition", "alliance", "poll", "survey", "study", "police", "army",
            "military", "ministry", "government", "administration", "agency", "newspaper",
            "allies", "analysts", "companies", "people", "groups", "scholars", "advocates",
            "colleagues", "friends", "family", "relatives", "democrats", "republicans",
            "economists", "lawmakers", "diplomats", "observers", "authorities")
        .contains(head)
        || head.length() > 4
            && head.matches(".*(er|ers|or|ors|ist|ists|ian|ians|ant|ants|ent|ents)");
  }


  private static ClaimantType role(List<Token> phrase) {
    return RoleVocabulary.typeOf(phrase);
  }

  /** The longest run of PERSON tokens, or null. */
  static String person(List<Token> phrase) {
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
        boolean place = i > 0 && Set.of("in", "at", "from").contains(phrase.get(i - 1).lower());
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

  private static final Set<String> SHARES =
      Set.of("percent", "%", "most", "many", "some", "half", "majority", "majorities", "third",
          "thirds", "two-thirds", "quarter", "few", "minority", "plurality");
  /** Whose share a "most of …" names when they are people. */
  private static final Set<String> SHARED_PEOPLE =
      Set.of("them", "whom", "those", "us", "voters", "americans", "respondents", "democrats",
          "republicans", "people", "adults");
  private static final Set<String> ASKED = Set.of("surveyed", "polled", "asked", "questioned",
      "interviewed");

  /**
   * A share of people polled or named before: "67 percent of Americans", "most of them", "about
   * four in 10", "those surveyed". Not a share of things: "some of the bodies" has no people.
   */
  private static boolean share(List<Token> phrase) {
    List<String> w = phrase.stream().map(Token::lower).toList();
    int n = w.size();
    if (n == 2 && w.get(0).equals("those") && ASKED.contains(w.get(1))) {
      return true;
    }
    for (int i = 0; i + 2 < n; i++) {
      if (w.get(i + 1).equals("in") && w.get(i + 2).equals("10") && i + 3 == n) {
        // "four in 10"
        return true;
      }
    }
    int of = w.indexOf("of");
    if (of < 1 || of + 1 >= n || !SHARES.contains(w.get(of - 1))) {
      return false;
    }
    String whose = w.get(n - 1);
    return SHARED_PEOPLE.contains(whose) || isHumanRole(whose) && whose.endsWith("s");
  }

  /** "exit polls", "a survey of displaced families": a record heads the phrase. */
  private static boolean isRecord(List<Token> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      if (DOCUMENTS.contains(phrase.get(i).lower()) && (i == phrase.size() - 1
          || Set.of("of", "by", "from", "for").contains(phrase.get(i + 1).lower()))) {
        return true;
      }
    }
    return false;
  }

  /** True when a record's phrase says whose or which it is ("exit polls", "the FBI data"). */
  private static boolean described(List<Token> phrase) {
    for (int i = 0; i < phrase.size() - 1; i++) {
      if (!BARE.contains(phrase.get(i).lower())) {
        return true;
      }
    }
    return false;
  }

  private static String withoutDeterminer(List<Token> phrase) {
    return Token.join(withoutDeterminerTokens(phrase));
  }

  private static List<Token> withoutDeterminerTokens(List<Token> phrase) {
    int from = 0;
    while (from < phrase.size() - 1 && DETERMINERS.contains(phrase.get(from).lower())) {
      from++;
    }
    return phrase.subList(from, phrase.size());
  }

  /**
   * True when a phrase names a group of its own rather than pointing back to one: a capitalised
   * word that is not where a sentence starts ("the Arakan Liberation Army", not "Rebels said").
   */
  private static boolean namesItself(List<Token> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      Token w = phrase.get(i);
      boolean capital = Character.isUpperCase(w.text().charAt(0));
      if (capital && !DETERMINERS.contains(w.lower()) && (i > 0 || phrase.size() > 1
          && Character.isUpperCase(phrase.get(phrase.size() - 1).text().charAt(0)))) {
        return true;
      }
    }
    return false;
  }
}
