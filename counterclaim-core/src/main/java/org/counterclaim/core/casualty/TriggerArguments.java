package org.counterclaim.core.casualty;

import static org.counterclaim.core.casualty.VictimPhrase.startingAt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.counterclaim.core.nlp.Token;

/**
 * Finds the victim phrases a trigger applies to, by its form: the objects after "killing" or
 * "killed", the subjects before "died" or "were killed".
 */
final class TriggerArguments {

  private final CasualtyVocabulary words;
  private final TriggerSubjects subjectFinder;
  private final Set<String> objectSkips;
  private final Set<String> speechVerbs;

  /** Arguments found with the words of {@code words}. */
  TriggerArguments(CasualtyVocabulary words) {
    this.words = words;
    this.subjectFinder = new TriggerSubjects(words);
    this.objectSkips = words.words("object-skips.txt");
    this.speechVerbs = words.words("speech-verbs.txt");
  }

  /** The victim phrases of {@code phrases} that trigger {@code t} applies to. */
  List<VictimPhrase> victimsOf(
      List<Token> tokens, List<VictimPhrase> phrases, Trigger t) {
    return switch (t.form()) {
      case PROGRESSIVE, FINITE, NOMINAL -> objects(tokens, phrases, t.to());
      case INTRANSITIVE, ADJECTIVE -> subjectFinder.subjects(tokens, phrases, t.from());
      case PARTICIPLE, CAPTURE -> {
        if (hasPassiveAux(tokens, t.from())) {
          List<VictimPhrase> subjects =
              new ArrayList<>(subjectFinder.subjects(tokens, phrases, t.from()));
          subjects.addAll(alongWith(tokens, phrases, t.to()));
          yield subjects;
        }
        List<VictimPhrase> objects = objects(tokens, phrases, t.to());
        yield objects.isEmpty() ? subjectFinder.subjects(tokens, phrases, t.from()) : objects;
      }
    };
  }

  /** The victim phrases that are the object of a trigger ending at {@code to}. */
  List<VictimPhrase> objects(List<Token> tokens, List<VictimPhrase> phrases, int to) {
    int k = to;
    while (k < tokens.size() && objectSkips.contains(tokens.get(k).lower())) {
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
      } else if (words.coordinators.contains(w)) {
        c += 1;
      } else {
        break;
      }
      if (c >= tokens.size() || words.triggerAt(tokens, c)) {
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
          && speechVerbs.contains(tokens.get(next.to()).lower())) {
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

  /** "was killed along with his deputy and five other people". */
  private List<VictimPhrase> alongWith(List<Token> tokens, List<VictimPhrase> phrases, int to) {
    if (to + 2 < tokens.size() && tokens.get(to).lower().equals("along")
        && tokens.get(to + 1).lower().equals("with")) {
      return objects(tokens, phrases, to + 2);
    }
    if (to + 1 < tokens.size() && tokens.get(to).lower().equals("alongside")) {
      return objects(tokens, phrases, to + 1);
    }
    return List.of();
  }

  /** True when the phrase is followed by its own verb ("two soldiers were injured"). */
  private boolean subjectOfNextClause(List<Token> tokens, VictimPhrase p) {
    int k = p.to();
    while (k < tokens.size() && words.auxAndAdverbs.contains(tokens.get(k).lower())) {
      k++;
    }
    return k > p.to() && k < tokens.size() && words.triggerAt(tokens, k)
        || k < tokens.size() && tokens.get(k).posStartsWith("VBD") && k == p.to();
  }

  /** True when a passive auxiliary stands before token {@code from}, past adverbs ("were also"). */
  boolean hasPassiveAux(List<Token> tokens, int from) {
    for (int k = from - 1; k >= Math.max(0, from - 4); k--) {
      String w = tokens.get(k).lower();
      if (words.passiveAux.contains(w)) {
        return true;
      }
      if (!words.auxAndAdverbs.contains(w)) {
        return false;
      }
    }
    return false;
  }
}
