package org.counterclaim.core.place;

import java.util.ArrayList;
import java.util.List;
import org.counterclaim.core.nlp.EntityType;
import org.counterclaim.core.nlp.Sentence;
import org.counterclaim.core.nlp.Token;

/**
 * Hand-written sentences for the place finders' unit tests: words separated by spaces, a word
 * written {@code Word/LOC}, {@code /PER} or {@code /ORG} carrying that entity tag.
 */
final class Sentences {

  private Sentences() {}

  /** Sentence number {@code index} of the words of {@code text}. */
  static Sentence sentence(int index, String text) {
    List<Token> tokens = new ArrayList<>();
    int at = 0;
    for (String w : text.split(" ")) {
      EntityType type = EntityType.NONE;
      String word = w;
      int slash = w.lastIndexOf('/');
      if (slash > 0) {
        word = w.substring(0, slash);
        type = switch (w.substring(slash + 1)) {
          case "LOC" -> EntityType.LOCATION;
          case "PER" -> EntityType.PERSON;
          case "ORG" -> EntityType.ORGANIZATION;
          default -> throw new IllegalArgumentException(w);
        };
      }
      tokens.add(new Token(word, at, at + word.length(), "", "", type));
      at += word.length() + 1;
    }
    return new Sentence(index, 0, 0, at, tokens, List.of(), false);
  }

  /** The sentence of {@code text}, numbered 0. */
  static Sentence sentence(String text) {
    return sentence(0, text);
  }
}
