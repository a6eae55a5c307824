package org.counterclaim.core.actor;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.counterclaim.core.nlp.PhraseTable;
import org.counterclaim.core.nlp.Token;

/**
 * The known actors (armed groups, state forces, police, governments, media) and the names they go
 * by. The shipped registry is {@code actors.yaml}; users add entries from their own YAML files,
 * which win over shipped entries with the same id.
 */
public final class ActorRegistry {

  /** An actor named in a sentence: tokens {@code from} (inclusive) to {@code to} (exclusive). */
  public record Match(int from, int to, Actor actor) {}

  private record Alias(Actor actor, String[] words) {}

  private static final TypeReference<List<Actor>> ACTOR_LIST = new TypeReference<>() {};

  private final Map<String, Actor> byId;
  private final PhraseTable<Alias> names = new PhraseTable<>();

  private ActorRegistry(Map<String, Actor> byId) {
    this.byId = byId;
    for (Actor a : byId.values()) {
      addName(a, a.name());
      for (String alias : a.aliases()) {
        addName(a, alias);
      }
    }
  }

  /** The registry shipped with Counterclaim. */
  public static ActorRegistry shipped() {
    try (InputStream in = ActorRegistry.class.getResourceAsStream("actors.yaml")) {
      Objects.requireNonNull(in, "actors.yaml missing from the classpath");
      return new ActorRegistry(index(new LinkedHashMap<>(), read(in, "actors.yaml")));
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the shipped actor registry: " + e.getMessage(), e);
    }
  }

  /**
   * The shipped registry extended with the entries of {@code userFile}.
   *
   * @throws IllegalArgumentException naming the file and the reason when it cannot be read
   */
  public ActorRegistry extendedWith(Path userFile) {
    List<Actor> extra;
    try (InputStream in = Files.newInputStream(userFile)) {
      extra = read(in, userFile.toString());
    } catch (IOException e) {
      throw new IllegalArgumentException(userFile + ": cannot read actor file: " + e.getMessage(), e);
    }
    return new ActorRegistry(index(new LinkedHashMap<>(byId), extra));
  }

  private static List<Actor> read(InputStream in, String source) throws IOException {
    ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    try {
      List<Actor> actors = yaml.readValue(in, ACTOR_LIST);
      return actors == null ? List.of() : actors;
    } catch (com.fasterxml.jackson.core.JacksonException e) {
      throw new IllegalArgumentException(
          source + ": not a valid actor list: " + e.getOriginalMessage(), e);
    }
  }

  private static Map<String, Actor> index(Map<String, Actor> into, List<Actor> actors) {
    for (Actor a : actors) {
      into.put(a.id(), a);
    }
    return into;
  }

  private void addName(Actor actor, String name) {
    String[] words = words(name);
    if (words.length > 0) {
      names.put(String.join(" ", words), new Alias(actor, words));
    }
  }

  /**
   * Splits a name the way the tokenizer splits text: at spaces, around brackets, slashes and
   * commas, and before a final "'s" or a final apostrophe.
   */
  static String[] words(String name) {
    List<String> out = new ArrayList<>();
    String spaced = name.trim().replaceAll("([()/,])", " $1 ").replaceAll("(s)'(\\s|$)", "$1 ' ");
    for (String w : spaced.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      String suffix = null;
      if (w.endsWith("'s") || w.endsWith("’s")) {
        suffix = w.substring(w.length() - 2);
        w = w.substring(0, w.length() - 2);
      }
      out.add(w);
      if (suffix != null) {
        out.add(suffix);
      }
    }
    return out.toArray(String[]::new);
  }

  /** The first registered actor named in {@code text} ("National Liberation Army (ELN)"). */
  public Optional<Actor> lookup(String text) {
    return Optional.ofNullable(firstIn(tokensOf(text))).map(Match::actor);
  }

  /**
   * Every registered actor named in {@code text}, left to right ("NewsRescue (PRNigeria press
   * release of the Nigerian Army)" names PRNigeria and the Nigerian Army).
   */
  public List<Actor> allIn(String text) {
    return find(tokensOf(text)).stream().map(Match::actor).toList();
  }

  private static List<Token> tokensOf(String text) {
    List<Token> tokens = new ArrayList<>();
    int offset = 0;
    for (String w : words(text)) {
      tokens.add(new Token(w, offset, offset + w.length(), "", "", org.counterclaim.core.nlp.EntityType.NONE));
      offset += w.length() + 1;
    }
    return tokens;
  }

  /**
   * The party an actor speaks for: a group's own outlet (Amaq for the Islamic State) speaks for
   * the group, so it is typed as its armed-group parent.
   */
  public ClaimantType speakingType(Actor actor) {
    if (actor.type() == ClaimantType.MEDIA && actor.parent() != null) {
      Actor parent = byId.get(actor.parent());
      if (parent != null && parent.type() == ClaimantType.ARMED_GROUP) {
        return ClaimantType.ARMED_GROUP;
      }
    }
    return actor.type();
  }

  /** The actor with this id, if registered. */
  public Optional<Actor> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** All registered actors. */
  public List<Actor> all() {
    return List.copyOf(byId.values());
  }

  /** The actor named at token {@code i}, longest name first; capitalised names must be capitalised. */
  public Match at(List<Token> tokens, int i) {
    if (!names.startsWith(tokens.get(i).lower())) {
      return null;
    }
    for (PhraseTable.Match<Alias> m : names.allAt(tokens, i)) {
      if (caseFits(tokens, i, m.value().words())) {
        return new Match(m.from(), m.to(), m.value().actor());
      }
    }
    return null;
  }

  /** The first actor named in the tokens, or null. */
  public Match firstIn(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      Match m = at(tokens, i);
      if (m != null) {
        return m;
      }
    }
    return null;
  }

  /**
   * The actor a source phrase speaks for: the first actor it names, unless that one is only the
   * possessor of another it names after ("Al-Qaeda's Sahel branch, JNIM" speaks for JNIM); null
   * when it names none.
   */
  public Match speakerIn(List<Token> tokens) {
    List<Match> all = find(tokens);
    for (int k = 0; k < all.size(); k++) {
      Match m = all.get(k);
      boolean possessor = m.to() < tokens.size()
          && (tokens.get(m.to()).text().equals("'s") || tokens.get(m.to()).text().equals("’s"));
      if (!possessor || k == all.size() - 1) {
        return m;
      }
    }
    return null;
  }

  /** Every actor named in the tokens, left to right, not overlapping. */
  public List<Match> find(List<Token> tokens) {
    List<Match> found = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Match m = at(tokens, i);
      if (m == null) {
        i++;
      } else {
        found.add(m);
        i = m.to();
      }
    }
    return found;
  }

  private static boolean caseFits(List<Token> tokens, int i, String[] words) {
    for (int k = 0; k < words.length; k++) {
      String w = words[k];
      String t = tokens.get(i + k).text();
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !Character.isUpperCase(t.charAt(0))) {
        return false;
      }
      if (w.length() >= 2 && isAllCaps(w) && !isAllCaps(t)) {
        // acronyms match acronyms only: "IS" is not "Is", "ANA" is not "Ana"
        return false;
      }
    }
    return true;
  }

  private static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** The number of registered actors. */
  public int size() {
    return byId.size();
  }

}
