package org.counterclaim.core.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.counterclaim.core.nlp.PhraseTable;

/**
 * A typed vocabulary read from a data file of this package: each row a lower-case word TAB the
 * kind it has there (a word may have several kinds, one row each). The file's header says what
 * its kinds mean; a kind no code asks for is an error, so a typo in the file cannot go unseen.
 */
final class WordKinds {

  private final String resource;
  private final Map<String, Set<String>> byKind = new HashMap<>();

  private WordKinds(String resource) {
    this.resource = resource;
  }

  /** The vocabulary of {@code resource}, whose kinds must all be among {@code kinds}. */
  static WordKinds load(String resource, Set<String> kinds) {
    WordKinds words = new WordKinds(resource);
    PhraseTable.readRows(WordKinds.class, resource, cols -> {
      if (cols.length < 2 || !kinds.contains(cols[1].strip())) {
        throw new IllegalArgumentException("expected a word and one of " + kinds);
      }
      words.byKind.computeIfAbsent(cols[1].strip(), k -> new HashSet<>())
          .add(cols[0].strip().toLowerCase(Locale.ROOT));
    });
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
      throw new IllegalArgumentException(resource + " has no kind " + kind);
    }
    return words;
  }
}
