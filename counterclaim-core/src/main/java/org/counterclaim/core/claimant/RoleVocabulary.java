package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.actor.ClaimantType;

/**
 * The typed vocabularies that tell what kind of party a phrase names, whoever and wherever it is:
 * roles and bodies ({@code roles.tsv}: "county commissioner", "health ministry", "Second
 * Division", "separatists", "hospital", "rights group"), ranks and titles ({@code ranks.tsv}:
 * "Capt.", "Lt. Col.", "Sergeant"), and capital cities that speak for their governments ({@code
 * capitals.tsv}: "Moscow said").
 */
final class RoleVocabulary {

  private static final PhraseTable<ClaimantType> ROLES = load("roles.tsv");
  private static final PhraseTable<ClaimantType> RANKS = load("ranks.tsv");
  private static final Map<String, String> CAPITALS = capitals();

  private RoleVocabulary() {}

  /**
   * The kind of party the words of {@code phrase} name, else null. Roles and bodies come before
   * ranks and titles. The first noun group that names one decides ("police" in "police and
   * hospital sources", "the health ministry" in "head of the health ministry of …"); within a
   * group its last role or body, the head, decides ("District Headquarters Hospital" is a
   * hospital), a bare "official" or "agency" only when nothing else does ("rebel official").
   */
  static ClaimantType typeOf(List<Token> phrase) {
    PhraseTable.Match<ClaimantType> role = roleIn(phrase);
    if (role != null) {
      return role.value();
    }
    PhraseTable.Match<ClaimantType> rank = head(RANKS, phrase);
    return rank == null ? null : rank.value();
  }

  /** The role or body of roles.tsv that decides what {@code phrase} names (see {@link #typeOf}). */
  static PhraseTable.Match<ClaimantType> roleIn(List<Token> phrase) {
    return head(ROLES, phrase);
  }

  /** Words that end one noun group and begin another: "of", "for", "and", a comma, "'s". */
  private static final Set<String> GROUP_BREAKS =
      Set.of("of", "for", "at", "in", "with", "from", "and", "&", "or", ",", "(", ")",
          "'s", "’s", "'", "’", "--", "-", "—", "–", "who", "which");
  /**
   * Roles that name a person, which a possessor keeps ("the group's military spokesman" is the
   * group's), where a body possessed is its own ("the Red Crescent's ambulance service").
   */
  private static final Set<String> PERSONS =
      Set.of("spokesman", "spokeswoman", "spokesperson", "official", "officials", "officer",
          "officers", "commander", "chief", "head", "director", "source", "sources");

  /** Roles that say little of whose they are: "an official", "the agency". */
  private static final Set<String> WEAK =
      Set.of("official", "officials", "authority", "authorities", "agency", "group",
          "organisation", "organization", "department", "directorate", "administration");

  /**
   * The match that decides: greedy longest matches left to right, grouped into noun groups by
   * the words between them; the first group's last strong match, else its last match.
   */
  private static PhraseTable.Match<ClaimantType> head(PhraseTable<ClaimantType> table,
      List<Token> phrase) {
    PhraseTable.Match<ClaimantType> weak = null;
    PhraseTable.Match<ClaimantType> strong = null;
    PhraseTable.Match<ClaimantType> last = null;
    int i = 0;
    while (i < phrase.size()) {
      PhraseTable.Match<ClaimantType> m = table.longestAt(phrase, i);
      if (m == null) {
        i++;
        continue;
      }
      boolean possessed = last != null && possessiveBetween(phrase, last.to(), m.from())
          && !PERSONS.contains(phrase.get(m.to() - 1).lower());
      if (last != null && breakBetween(phrase, last.to(), m.from()) && !possessed) {
        // the first noun group decides, but "the Red Crescent's ambulance service" is the
        // service: a possessor yields to what it possesses
        break;
      }
      if (possessed) {
        weak = null;
        strong = null;
      }
      if (m.to() - m.from() == 1 && WEAK.contains(phrase.get(m.from()).lower())) {
        weak = m;
      } else {
        strong = m;
      }
      last = m;
      i = m.to();
    }
    return strong != null ? strong : weak;
  }

  private static boolean possessiveBetween(List<Token> phrase, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = phrase.get(k).lower();
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        return !breakBetween(phrase, k + 1, to);
      }
      if (GROUP_BREAKS.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private static boolean breakBetween(List<Token> phrase, int from, int to) {
    for (int k = from; k < to; k++) {
      if (GROUP_BREAKS.contains(phrase.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The longest role, body, rank or title starting at token {@code i}, or null. */
  static PhraseTable.Match<ClaimantType> at(List<Token> tokens, int i) {
    PhraseTable.Match<ClaimantType> role = ROLES.longestAt(tokens, i);
    PhraseTable.Match<ClaimantType> rank = RANKS.longestAt(tokens, i);
    if (role == null) {
      return rank;
    }
    return rank != null && rank.to() > role.to() ? rank : role;
  }

  /**
   * The country code of the capital city that is the whole of {@code phrase} ("Kiev", "Moscow"),
   * or null; a name the tagger took for a person's is no capital.
   */
  static String capitalCountry(List<Token> phrase) {
    for (Token t : phrase) {
      if (t.entity() == EntityType.PERSON) {
        return null;
      }
    }
    return CAPITALS.get(Token.join(phrase).toLowerCase(Locale.ROOT));
  }

  private static PhraseTable<ClaimantType> load(String resource) {
    PhraseTable<ClaimantType> table = new PhraseTable<>();
    PhraseTable.readRows(RoleVocabulary.class, resource, cols -> {
      ClaimantType type = ClaimantType.fromLabel(cols[1].trim());
      for (String phrase : spellings(cols[0])) {
        table.put(phrase, type);
      }
    });
    return table;
  }

  /**
   * A phrase as the tokenizer splits it ("governor's office" is "governor 's office", "doctors'
   * network" is "doctors ' network"), with a straight and a curly apostrophe.
   */
  static List<String> spellings(String phrase) {
    String split = phrase.trim().replaceAll("(\\S)(['’]s)(\\s|$)", "$1 $2$3")
        .replaceAll("(s)(['’])(\\s|$)", "$1 $2$3");
    List<String> out = new ArrayList<>();
    out.add(split);
    if (split.contains("'")) {
      out.add(split.replace('\'', '’'));
    } else if (split.contains("’")) {
      out.add(split.replace('’', '\''));
    }
    return out;
  }

  private static Map<String, String> capitals() {
    Map<String, String> map = new HashMap<>();
    PhraseTable.readRows(RoleVocabulary.class, "capitals.tsv",
        cols -> map.put(cols[0].trim().toLowerCase(Locale.ROOT), cols[1].trim()));
    return map;
  }
}
