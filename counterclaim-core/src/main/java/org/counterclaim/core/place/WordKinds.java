package org.counterclaim.core.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.vocabulary.Vocabulary;

/**
 * A typed word list of the vocabulary: each entry a lower-case word TAB the kind it has there (a
 * word may have several kinds, one row each). The file's header says what its kinds mean; a kind
 * no code asks for is an error naming the file and line, so a typo in the file cannot go unseen.
 */
final class WordKinds {

  private final String name;
  private final Map<String, Set<String>> byKind = new HashMap<>();

  private WordKinds(String name) {
    this.name = name;
  }

  /** The words of vocabulary file {@code name}, whose kinds must all be among {@code kinds}. */
  static WordKinds of(Vocabulary vocabulary, String name, Set<String> kinds) {
    WordKinds words = new WordKinds(name);
    for (Vocabulary.Entry e : vocabulary.entries(name)) {
      String kind = Vocabulary.parse(e, cols -> {
        if (cols.size() < 2 || !kinds.contains(cols.get(1))) {
          throw new IllegalArgumentException("expected a word and one of " + kinds);
        }
        return cols.get(1);
      });
      words.byKind.computeIfAbsent(kind, k -> new HashSet<>())
          .add(e.key().toLowerCase(Locale.ROOT));
    }
    for (String kind : kinds) {
      words.byKind.putIfAbsent(kind, Set.of());
    }
    return words;
  }

  /** True when {@code lowerWord} has kind {@code kind}. */
  boolean is(String lowerWord, String kind) {
    return of(kind).contains(lowerWord);
  }

  /** The words of kind {@code kind}. */
  Set<String> of(String kind) {
    Set<String> words = byKind.get(kind);
    if (words == null) {
      throw new IllegalArgumentException(name + " has no kind " + kind);
    }
    return words;
  }
}
