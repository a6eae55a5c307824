package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

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
   * The kind of party the words of {@code phrase} name: the role or body at the first position
   * that has one ("police" in "police and hospital sources"), else the first rank or title
   * ("Capt."); null when they name none.
   */
  static ClaimantType typeOf(List<Token> phrase) {
    PhraseTable.Match<ClaimantType> role = first(ROLES, phrase);
    if (role != null) {
      return role.value();
    }
    PhraseTable.Match<ClaimantType> rank = first(RANKS, phrase);
    return rank == null ? null : rank.value();
  }

  /** The role or body of roles.tsv at the first position of {@code phrase} that has one, or null. */
  static PhraseTable.Match<ClaimantType> roleIn(List<Token> phrase) {
    return first(ROLES, phrase);
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

  private static PhraseTable.Match<ClaimantType> first(PhraseTable<ClaimantType> table,
      List<Token> phrase) {
    for (int i = 0; i < phrase.size(); i++) {
      PhraseTable.Match<ClaimantType> m = table.longestAt(phrase, i);
      if (m != null) {
        return m;
      }
    }
    return null;
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
