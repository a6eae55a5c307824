package org.counterclaim.core.vocabulary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;
import org.counterclaim.core.nlp.PhraseTable;

/**
 * The word lists and phrase tables extraction reads, by name ({@code "casualty/triggers.tsv"}):
 * the files shipped with Counterclaim (listed in {@code vocabulary/index.txt}), each extended by a
 * user's file of the same name under a folder given with {@code --vocabulary}. Immutable; build
 * once and hand it to every stage.
 *
 * <p>A file holds one entry a line, columns separated by tabs; blank lines and lines starting
 * with {@code #} are skipped (every shipped file opens with such a header saying what it holds).
 * In a user's file, a line {@code -phrase} removes the shipped entries whose first column is
 * {@code phrase}.
 */
public final class Vocabulary {

  private static final String ROOT = "/org/counterclaim/core/";
  private static final String INDEX = ROOT + "vocabulary/index.txt";

  /** One entry: its columns and where it was read ("casualty/triggers.tsv:12"). */
  public record Entry(List<String> columns, String where) {

    /** The first column: the word or phrase. */
    public String key() {
      return columns.get(0);
    }
  }

  private static Vocabulary shipped;

  private final Map<String, List<Entry>> files;

  private Vocabulary(Map<String, List<Entry>> files) {
    this.files = files;
  }

  /** The shipped vocabulary, read once per process. */
  public static synchronized Vocabulary shipped() {
    if (shipped == null) {
      Map<String, List<Entry>> files = new LinkedHashMap<>();
      for (String name : readLines(INDEX, "vocabulary/index.txt")) {
        List<Entry> entries = new ArrayList<>();
        List<String> lines = readLines(ROOT + name, name);
        addLines(entries, lines, name, false);
        files.put(name, List.copyOf(entries));
      }
      shipped = new Vocabulary(Collections.unmodifiableMap(files));
    }
    return shipped;
  }

  /**
   * This vocabulary with each file under {@code folder} (named as a shipped one, e.g. {@code
   * folder/casualty/triggers.tsv}) added to the shipped file of the same name.
   *
   * @throws IllegalArgumentException naming the file and the reason when a file is not a
   *     vocabulary file or cannot be read
   */
  public Vocabulary extendedWith(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new IllegalArgumentException(folder + ": no such vocabulary folder");
    }
    Map<String, List<Entry>> out = new LinkedHashMap<>(files);
    List<Path> found;
    try (Stream<Path> walk = Files.walk(folder)) {
      found = walk.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new IllegalArgumentException(folder + ": cannot read the vocabulary folder: "
          + e.getMessage(), e);
    }
    for (Path file : found) {
      String name = folder.relativize(file).toString().replace('\\', '/');
      List<Entry> shippedEntries = out.get(name);
      if (shippedEntries == null) {
        throw new IllegalArgumentException(file + ": not a vocabulary file (the shipped ones are "
            + String.join(", ", new TreeSet<>(files.keySet())) + ")");
      }
      List<String> lines;
      try {
        lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new IllegalArgumentException(file + ": cannot read: " + e.getMessage(), e);
      }
      List<Entry> entries = new ArrayList<>(shippedEntries);
      addLines(entries, lines, file.toString(), true);
      out.put(name, List.copyOf(entries));
    }
    return new Vocabulary(Collections.unmodifiableMap(out));
  }

  /**
   * The shipped vocabulary, extended with the files under {@code folder} when it is not null.
   *
   * @throws IllegalArgumentException naming the file and the reason when a user's file is bad
   */
  public static Vocabulary of(Path folder) {
    return folder == null ? shipped() : shipped().extendedWith(folder);
  }

  /** The names of the files this vocabulary holds, as in the index. */
  public Set<String> names() {
    return files.keySet();
  }

  /** The entries of file {@code name}, in file order (shipped first, then the user's). */
  public List<Entry> entries(String name) {
    List<Entry> entries = files.get(name);
    if (entries == null) {
      throw new IllegalStateException("no vocabulary file " + name + " in vocabulary/index.txt");
    }
    return entries;
  }

  /** The first column of every entry of file {@code name}, lower-cased. */
  public Set<String> words(String name) {
    Set<String> words = new LinkedHashSet<>();
    for (Entry e : entries(name)) {
      words.add(e.key().toLowerCase(java.util.Locale.ROOT));
    }
    return Collections.unmodifiableSet(words);
  }

  /** The first column of every entry of file {@code name}, as written, in file order. */
  public List<String> list(String name) {
    return entries(name).stream().map(Entry::key).toList();
  }

  /**
   * The entries of file {@code name} as a phrase table: the first column is the phrase and
   * {@code value} turns the entry's columns into its value; an entry {@code value} rejects is
   * named by file and line.
   */
  public <V> PhraseTable<V> table(String name, Function<List<String>, V> value) {
    PhraseTable<V> table = new PhraseTable<>();
    for (Entry e : entries(name)) {
      table.put(e.key(), parse(e, value));
    }
    return table;
  }

  /** {@code value} applied to entry {@code e}; a rejection names the entry's file and line. */
  public static <V> V parse(Entry e, Function<List<String>, V> value) {
    try {
      return value.apply(e.columns());
    } catch (IndexOutOfBoundsException ex) {
      throw new IllegalArgumentException(e.where() + ": " + e.columns().size()
          + (e.columns().size() == 1 ? " column" : " columns")
          + " (separated by tabs), fewer than this file's entries need", ex);
    } catch (RuntimeException ex) {
      throw new IllegalArgumentException(e.where() + ": " + ex.getMessage(), ex);
    }
  }

  private static void addLines(List<Entry> entries, List<String> lines, String where,
      boolean user) {
    int lineNo = 0;
    for (String line : lines) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      List<String> columns = List.of(line.strip().split("\t"));
      if (user && line.startsWith("-")) {
        String key = columns.get(0).substring(1).strip();
        entries.removeIf(e -> e.key().equalsIgnoreCase(key));
        continue;
      }
      entries.add(new Entry(columns.stream().map(String::strip).toList(), where + ":" + lineNo));
    }
  }

  private static List<String> readLines(String resource, String name) {
    try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing vocabulary resource " + name);
      }
      return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
