package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * The roles a sentence gives the people it names, wherever it names them and whether or not they
 * speak there: titles and roles before the name ("district health official X", "Capt. X", "NPA
 * spokesman X"), an apposition after it ("X, head of the presidential office,", "X of the county
 * police", "X, who is described as the group's spokesman,") or before it ("The head of the
 * president's office, X,"). The words are returned as written; what kind of party they name is
 * for the caller to tell.
 */
final class PersonRoles {

  private static final int MAX_BEFORE = 8;
  private static final int MAX_AFTER = 15;
  private final Set<String> determiners;
  /** Words that end an apposition: a clause or another phrase begins. */
  private final Set<String> ends;
  /** "X, who is referred to as the PRO of …": the verbs that name a role in a relative clause. */
  private final Set<String> naming;
  private final Set<String> relativeCopulas;
  private final Set<String> phrasePrepositions;
  private final RoleVocabulary roles;

  /** The role phrases of {@code vocabulary}, whose kind {@code roles} tells. */
  PersonRoles(Vocabulary vocabulary, RoleVocabulary roles) {
    this.determiners = vocabulary.words("claimant/phrase-determiners.txt");
    this.ends = vocabulary.words("claimant/apposition-ends.txt");
    this.naming = vocabulary.words("claimant/naming-verbs.txt");
    this.relativeCopulas = vocabulary.words("claimant/relative-copulas.txt");
    this.phrasePrepositions = vocabulary.words("claimant/apposition-prepositions.txt");
    this.roles = roles;
  }

  /** The role words given to each person named in {@code t}, by the name as written. */
  Map<String, List<Token>> in(List<Token> t) {
    Map<String, List<Token>> out = new LinkedHashMap<>();
    int i = 0;
    while (i < t.size()) {
      int j = i;
      while (j < t.size() && t.get(j).entity() == EntityType.PERSON) {
        j++;
      }
      if (j == i) {
        // a name the tagger missed, known by the clause that describes it: "Sumi, who is …";
        // in an untagged sentence, two or more capitalised words before ", the …"
        boolean tagged = !t.get(i).pos().isEmpty();
        while (j < t.size() && (tagged ? t.get(j).posStartsWith("NNP") : j - i < 4)
            && t.get(j).entity() == EntityType.NONE
            && Character.isUpperCase(t.get(j).text().charAt(0))) {
          j++;
        }
        boolean described = j > i && j + 1 < t.size() && t.get(j).text().equals(",")
            && (t.get(j + 1).lower().equals("who")
                || !tagged && j - i >= 2 && determiners.contains(t.get(j + 1).lower()));
        if (!described) {
          i = Math.max(j, i + 1);
          continue;
        }
      }
      List<Token> role = new ArrayList<>(before(t, i));
      role.addAll(after(t, j));
      if (!role.isEmpty()) {
        out.putIfAbsent(Token.join(t.subList(i, j)), role);
      }
      i = j;
    }
    return out;
  }

  /**
   * Titles just before the name ("Badghis Governor", "police Major", "Lt. Col."), and a phrase
   * set off by a comma before those ("The head of the president's office, X").
   */
  private List<Token> before(List<Token> t, int name) {
    int k = name;
    while (k > 0 && name - k < MAX_BEFORE && titleWord(t.get(k - 1))) {
      k--;
    }
    List<Token> role = new ArrayList<>(t.subList(k, name));
    if (k >= 2 && t.get(k - 1).text().equals(",")) {
      int end = k - 1;
      int start = end;
      while (start > 0 && end - start < MAX_AFTER) {
        if (t.get(start - 1).text().equals(")")) {
          // "the Police Public Relations Officer (PPRO) of the state command, SP X"
          int open = start - 1;
          while (open > 0 && !t.get(open).text().equals("(") && start - open < 6) {
            open--;
          }
          if (!t.get(open).text().equals("(")) {
            break;
          }
          start = open;
        } else if (phraseWord(t.get(start - 1))) {
          start--;
        } else {
          break;
        }
      }
      while (start < end && Set.of("of", "for").contains(t.get(start).lower())) {
        start++;
      }
      if (start < end && roles.typeOf(t.subList(start, end)) != null) {
        role.addAll(0, t.subList(start, end));
      }
    }
    return role;
  }

  /** ", the county commissioner," / " of the provincial police" / ", who is known as the …". */
  private List<Token> after(List<Token> t, int end) {
    int k = end;
    if (k < t.size() && t.get(k).lower().equals("of")) {
      return phraseFrom(t, k);
    }
    if (k + 1 >= t.size() || !t.get(k).text().equals(",")) {
      return List.of();
    }
    k++;
    if (t.get(k).lower().equals("who") && k + 2 < t.size()
        && relativeCopulas.contains(t.get(k + 1).lower())) {
      k += 2;
      if (k + 1 < t.size() && naming.contains(t.get(k).lower())) {
        k++;
        if (t.get(k).lower().equals("to")) {
          k++;
        }
        if (k < t.size() && t.get(k).lower().equals("as")) {
          k++;
        }
      }
      if (k >= t.size() || !determiners.contains(t.get(k).lower())) {
        return List.of();
      }
    }
    Token first = t.get(k);
    boolean opens = determiners.contains(first.lower())
        || Character.isLowerCase(first.text().charAt(0)) && first.posStartsWith("NN")
        || Character.isLowerCase(first.text().charAt(0)) && first.posStartsWith("JJ")
        || roles.at(t, k) != null;
    return opens ? phraseFrom(t, k) : List.of();
  }

  /** The noun phrase from {@code k} to the first word that ends an apposition. */
  private List<Token> phraseFrom(List<Token> t, int k) {
    int j = k;
    while (j < t.size() && j - k < MAX_AFTER && !ends.contains(t.get(j).lower())
        && !(t.get(j).posStartsWith("VB") && !t.get(j).pos().equals("VBN")
            && !t.get(j).pos().equals("VBG"))
        && t.get(j).entity() != EntityType.PERSON
        && !(t.get(j).pos().equals("IN") && !phrasePrepositions.contains(t.get(j).lower()))) {
      j++;
    }
    return t.subList(k, j);
  }

  /** A word of a title before a name: "Governor", "district", "health", "official", "Capt.". */
  private static boolean titleWord(Token w) {
    if (w.entity() == EntityType.PERSON) {
      return false;
    }
    String pos = w.pos();
    if (pos.isEmpty()) {
      return Character.isUpperCase(w.text().charAt(0)) && Character.isLetter(w.text().charAt(0));
    }
    return pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS")
        || w.text().endsWith(".") && w.text().length() > 1 && Character.isLetter(w.text().charAt(0));
  }

  /** A word of a noun phrase before a comma: "The head of the President's Office". */
  private static boolean phraseWord(Token w) {
    String pos = w.pos();
    return pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("POS") || pos.equals("DT")
        || pos.equals("PRP$") || w.lower().equals("of") || w.lower().equals("for")
        || w.entity() == EntityType.PERSON;
  }
}
