package org.counterclaim.core.claimant;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.Token;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * Verbs whose subject is the source of what their complement says ("the ministry rejected the
 * claims", "Sanders wants to break up the banks"), read from {@code
 * claimant/attribution-verbs.tsv}: each lemma with its kind and every written form of it.
 */
public final class AttributionVerbs {

  /** What a verb needs beside its subject to attribute something. */
  public enum Kind {
    /** Any complement: a clause, an object or a prepositional object. */
    SPEECH,
    /** A clause: "thinks that …", "wants to …". */
    CLAUSAL,
    /** A clause, or a topic after about/of/on: "spoke about the wall". */
    TOPIC
  }

  private final Map<String, Kind> byLemma;
  private final Set<String> forms;

  /** The attribution verbs of {@code vocabulary}. */
  public AttributionVerbs(Vocabulary vocabulary) {
    Map<String, Kind> byLemma = new HashMap<>();
    Set<String> forms = new HashSet<>();
    for (Vocabulary.Entry e : vocabulary.entries("claimant/attribution-verbs.tsv")) {
      Vocabulary.parse(e, cols -> {
        if (cols.size() < 2) {
          throw new IllegalArgumentException("expected lemma and kind");
        }
        String lemma = cols.get(0).toLowerCase(Locale.ROOT);
        byLemma.put(lemma, Kind.valueOf(cols.get(1).toUpperCase(Locale.ROOT)));
        forms.addAll(regularForms(lemma));
        if (cols.size() > 2) {
          for (String f : cols.get(2).split(",")) {
            forms.add(f.trim().toLowerCase(Locale.ROOT));
          }
        }
        return lemma;
      });
    }
    this.byLemma = Map.copyOf(byLemma);
    this.forms = Set.copyOf(forms);
  }

  /** True when {@code lowerWord} is a written form of one of the verbs ("endorsed", "told"). */
  public boolean isForm(String lowerWord) {
    return forms.contains(lowerWord);
  }

  /** The kind of the verb {@code token} is a form of, or null when it is none of them. */
  public Kind kindOf(Token token) {
    if (!token.posStartsWith("VB")) {
      return null;
    }
    return byLemma.get(token.lemma());
  }

  /** The lemma, its third person, past and -ing forms by the regular rules of English spelling. */
  static Set<String> regularForms(String lemma) {
    Set<String> out = new HashSet<>();
    out.add(lemma);
    char last = lemma.charAt(lemma.length() - 1);
    boolean consonantY = last == 'y' && lemma.length() > 1
        && "aeiou".indexOf(lemma.charAt(lemma.length() - 2)) < 0;
    if (consonantY) {
      String stem = lemma.substring(0, lemma.length() - 1);
      out.add(stem + "ies");
      out.add(stem + "ied");
      out.add(lemma + "ing");
    } else if (last == 'e') {
      out.add(lemma + "s");
      out.add(lemma + "d");
      out.add(lemma.substring(0, lemma.length() - 1) + "ing");
    } else {
      boolean sibilant = lemma.endsWith("s") || lemma.endsWith("x") || lemma.endsWith("z")
          || lemma.endsWith("ch") || lemma.endsWith("sh");
      out.add(lemma + (sibilant ? "es" : "s"));
      out.add(lemma + "ed");
      out.add(lemma + "ing");
    }
    return out;
  }
}
