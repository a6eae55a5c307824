package org.counterclaim.core.claimant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.actor.Actor;
import org.counterclaim.core.actor.ActorRegistry;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.actor.ClaimantType;

/**
 * The people a report names, in full, and the roles it gives them anywhere ("Dau Gueny, the
 * county commissioner"), so that a surname or a later mention speaks with that role.
 */
final class People {

  private final ActorRegistry registry;
  private final List<String> names = new ArrayList<>();
  private final Map<String, List<Token>> roles = new HashMap<>();
  private final PersonRoles personRoles;
  private final RoleVocabulary roleWords;
  private int read = -1;

  /**
   * The people of one report: actors from {@code registry}, roles given as {@code personRoles}
   * reads them, of the kinds {@code roleWords} tells.
   */
  People(ActorRegistry registry, PersonRoles personRoles, RoleVocabulary roleWords) {
    this.registry = registry;
    this.personRoles = personRoles;
    this.roleWords = roleWords;
  }

  /** Notes the people sentence {@code s} names and the roles it gives them, once per sentence. */
  void read(Sentence s) {
    if (s.index() == read) {
      return;
    }
    read = s.index();
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size()) {
      if (t.get(i).entity() != EntityType.PERSON) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.size() && t.get(j).entity() == EntityType.PERSON) {
        j++;
      }
      add(Token.join(t.subList(i, j)));
      i = j;
    }
    for (Map.Entry<String, List<Token>> e : personRoles.in(t).entrySet()) {
      if (typeOfRole(e.getValue()) != null) {
        String name = fullName(e.getKey());
        add(name);
        roles.putIfAbsent(name, e.getValue());
      }
    }
  }

  /** Notes a person's full name (two words or more). */
  void add(String name) {
    if (name.contains(" ") && !names.contains(name)) {
      names.add(name);
    }
  }

  /** True when {@code name} is a person's name the report gave in full. */
  boolean isPerson(String name) {
    return names.contains(name);
  }

  /** "Asif" becomes "Khawaja Asif" when the report named him in full before. */
  String fullName(String person) {
    for (int k = names.size() - 1; k >= 0; k--) {
      String full = names.get(k);
      if (full.equals(person) || sameSurname(full, person)) {
        return full;
      }
    }
    return person;
  }

  /** "Ashraf al-Qudra" is "Qudra" and "al-Qudra"; "Khawaja Asif" is "Asif". */
  static boolean sameSurname(String full, String surname) {
    return full.endsWith(" " + surname) || full.endsWith("-" + surname)
        && full.lastIndexOf(' ') < full.lastIndexOf('-');
  }

  /**
   * A named person's source typed by the role the report gave them, where the words naming the
   * source do not say it themselves ("Gueny said" after "Dau Gueny, the county commissioner").
   */
  Source withKnownRole(Source src, List<Token> phrase) {
    List<Token> role = src.name() == null ? null : roles.get(fullName(src.name()));
    if (role == null || registry.firstIn(phrase) != null || roleWords.roleIn(phrase) != null
        && src.type() != ClaimantType.OTHER) {
      return src;
    }
    ActorRegistry.Match m = registry.firstIn(role);
    Actor actor = m == null ? null : m.actor();
    return new Source(src.name(), Token.join(role), actor == null ? null : actor.id(),
        typeOfRole(role), src.toldTo(), src.mention(), src.description(),
        actor == null ? null : actor.name());
  }

  /** The kind of party role words name: the actor they name, else the role vocabulary's. */
  private ClaimantType typeOfRole(List<Token> role) {
    ActorRegistry.Match m = registry.firstIn(role);
    return m != null ? registry.speakingType(m.actor()) : roleWords.typeOf(role);
  }
}
