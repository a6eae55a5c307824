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
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The typed vocabularies that tell what kind of party a phrase names, whoever and wherever it is:
 * roles and bodies ({@code claimant/roles.tsv}: "county commissioner", "health ministry", "Second
 * Division", "separatists", "hospital", "rights group"), ranks and titles ({@code
 * claimant/ranks.tsv}: "Capt.", "Lt. Col.", "Sergeant"), and capital cities that speak for their
 * governments ({@code claimant/capitals.tsv}: "Moscow said").
 */
public final class RoleVocabulary {

  private final PhraseTable<ClaimantType> roles;
  private final PhraseTable<ClaimantType> ranks;
  private final Map<String, String> capitals;
  /** Words that end one noun group and begin another: "of", "for", "and", a comma, "'s". */
  private final Set<String> groupBreaks;
  /**
   * Roles that name a person, which a possessor keeps ("the group's military spokesman" is the
   * group's), where a body possessed is its own ("the Red Crescent's ambulance service").
   */
  private final Set<String> persons;
  /** Roles that say little of whose they are: "an official", "the agency". */
  private final Set<String> weakRoles;

  /** The roles, ranks and capitals of {@code vocabulary}. */
  public RoleVocabulary(Vocabulary vocabulary) {
    this.roles = table(vocabulary, "claimant/roles.tsv");
    this.ranks = table(vocabulary, "claimant/ranks.tsv");
    Map<String, String> capitals = new HashMap<>();
    for (Vocabulary.Entry e : vocabulary.entries("claimant/capitals.tsv")) {
      capitals.put(e.key().toLowerCase(Locale.ROOT), Vocabulary.parse(e, cols -> cols.get(1)));
    }
    this.capitals = capitals;
    this.groupBreaks = vocabulary.words("claimant/group-breaks.txt");
    this.persons = vocabulary.words("claimant/person-roles.txt");
    this.weakRoles = vocabulary.words("claimant/weak-roles.txt");
  }

  /**
   * The kind of party the words of {@code phrase} name, else null. Roles and bodies come before
   * ranks and titles. The first noun group that names one decides ("police" in "police and
   * hospital sources", "the health ministry" in "head of the health ministry of …"); within a
   * group its last role or body, the head, decides ("District Headquarters Hospital" is a
   * hospital), a bare "official" or "agency" only when nothing else does ("rebel official").
   */
  ClaimantType typeOf(List<Token> phrase) {
    PhraseTable.Match<ClaimantType> role = roleIn(phrase);
    if (role != null) {
      return role.value();
    }
    PhraseTable.Match<ClaimantType> rank = head(ranks, phrase);
    return rank == null ? null : rank.value();
  }

  /** The role or body of roles.tsv that decides what {@code phrase} names (see {@link #typeOf}). */
  PhraseTable.Match<ClaimantType> roleIn(List<Token> phrase) {
    return head(roles, phrase);
  }

  /**
   * The match that decides: greedy longest matches left to right, grouped into noun groups by
   * the words between them; the first group's last strong match, else its last match.
   */
  private PhraseTable.Match<ClaimantType> head(PhraseTable<ClaimantType> table,
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
          && !persons.contains(phrase.get(m.to() - 1).lower());
      if (last != null && breakBetween(phrase, last.to(), m.from()) && !possessed) {
        // the first noun group decides, but "the Red Crescent's ambulance service" is the
        // service: a possessor yields to what it possesses
        break;
      }
      if (possessed) {
        weak = null;
        strong = null;
      }
      if (m.to() - m.from() == 1 && weakRoles.contains(phrase.get(m.from()).lower())) {
        weak = m;
      } else {
        strong = m;
      }
      last = m;
      i = m.to();
    }
    return strong != null ? strong : weak;
  }

  private boolean possessiveBetween(List<Token> phrase, int from, int to) {
    for (int k = from; k < to; k++) {
      String w = phrase.get(k).lower();
      if (w.equals("'s") || w.equals("’s") || w.equals("'") || w.equals("’")) {
        return !breakBetween(phrase, k + 1, to);
      }
      if (groupBreaks.contains(w)) {
        return false;
      }
    }
    return false;
  }

  private boolean breakBetween(List<Token> phrase, int from, int to) {
    for (int k = from; k < to; k++) {
      if (groupBreaks.contains(phrase.get(k).lower())) {
        return true;
      }
    }
    return false;
  }

  /** The longest role, body, rank or title starting at token {@code i}, or null. */
  PhraseTable.Match<ClaimantType> at(List<Token> tokens, int i) {
    PhraseTable.Match<ClaimantType> role = roles.longestAt(tokens, i);
    PhraseTable.Match<ClaimantType> rank = ranks.longestAt(tokens, i);
    if (role == null) {
      return rank;
    }
    return rank != null && rank.to() > role.to() ? rank : role;
  }

  /**
   * The country code of the capital city that is the whole of {@code phrase} ("Kiev", "Moscow"),
   * or null; a name the tagger took for a person's is no capital.
   */
  String capitalCountry(List<Token> phrase) {
    for (Token t : phrase) {
      if (t.entity() == EntityType.PERSON) {
        return null;
      }
    }
    return capitals.get(Token.join(phrase).toLowerCase(Locale.ROOT));
  }

  private static PhraseTable<ClaimantType> table(Vocabulary vocabulary, String name) {
    PhraseTable<ClaimantType> table = new PhraseTable<>();
    for (Vocabulary.Entry e : vocabulary.entries(name)) {
      ClaimantType type = Vocabulary.parse(e, cols -> ClaimantType.fromLabel(cols.get(1)));
      for (String phrase : spellings(e.key())) {
        table.put(phrase, type);
      }
    }
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
}
