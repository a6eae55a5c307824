package org.counterclaim.app.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterclaim.core.read.FileNames;
import picocli.CommandLine;

/**
 * The command line as the process was given it. Java decodes the arguments in the locale's
 * charset: under the C locale every non-ASCII byte, and in any locale every byte that is not of
 * its charset (a Latin-1 file name in a UTF-8 locale), becomes U+FFFD, so "café.txt" names no
 * file and "Zürich" is no word. Where the operating system still has the arguments' bytes
 * (Linux's {@code /proc/self/cmdline}), such an argument is read again from them as UTF-8 ({@link
 * FileNames#name}: "café.txt", or "lat\xE9.txt" for bytes that are not UTF-8), and a file or
 * folder it names is found by its bytes — each folder on its way listed and the entry with those
 * very bytes taken — so that it is read and named as it is on disk.
 */
public final class RawArguments {

  private static final Path CMDLINE = Path.of("/proc/self/cmdline");

  private final String[] args;
  private final Map<String, Path> paths;

  private RawArguments(String[] args, Map<String, Path> paths) {
    this.args = args;
    this.paths = paths;
  }

  /** The arguments as Java decoded them, every path taken as it reads. */
  public static RawArguments none() {
    return new RawArguments(new String[0], Map.of());
  }

  /**
   * The arguments {@code args}, those that lost bytes in decoding read again from the bytes the
   * operating system kept, when it kept them.
   */
  public static RawArguments of(String[] args) {
    if (Arrays.stream(args).noneMatch(a -> a.indexOf('\uFFFD') >= 0)) {
      return new RawArguments(args, Map.of());
    }
    List<byte[]> raw = cmdline(args);
    if (raw == null) {
      return new RawArguments(args, Map.of());
    }
    String[] fixed = args.clone();
    Map<String, Path> paths = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (args[i].indexOf('\uFFFD') < 0) {
        continue;
      }
      byte[] bytes = raw.get(i);
      int eq = args[i].startsWith("-") ? indexOf(bytes, (byte) '=') : -1;
      byte[] value = eq < 0 ? bytes : Arrays.copyOfRange(bytes, eq + 1, bytes.length);
      String name = FileNames.name(value);
      fixed[i] = eq < 0 ? name : new String(bytes, 0, eq + 1, StandardCharsets.US_ASCII) + name;
      Path found = find(value);
      if (found != null) {
        paths.put(name, found);
      }
    }
    return new RawArguments(fixed, paths);
  }

  /** The arguments to run: as given, but those read again from their bytes. */
  public String[] args() {
    return args.clone();
  }

  /**
   * The path {@code value} names: the file found by its bytes when the value was read again from
   * them, else the value as it reads.
   *
   * @throws CommandLine.TypeConversionException when the locale's charset cannot name it
   */
  public Path path(String value) {
    Path found = paths.get(value);
    if (found != null) {
      return found;
    }
    try {
      return Path.of(value);
    } catch (InvalidPathException e) {
      throw new CommandLine.TypeConversionException("'" + value + "' cannot be named in this"
          + " locale's charset; run under a UTF-8 locale (LC_ALL=C.UTF-8)");
    }
  }

  /**
   * The bytes of the program's arguments (the last ones of the process, after the JVM's own),
   * when they are known and decode to {@code args}; else null.
   */
  private static List<byte[]> cmdline(String[] args) {
    Charset charset;
    byte[] cmdline;
    try {
      charset = Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
      cmdline = Files.readAllBytes(CMDLINE);
    } catch (IOException | IllegalArgumentException | UnsupportedOperationException e) {
      return null;
    }
    List<byte[]> all = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < cmdline.length; i++) {
      if (cmdline[i] == 0) {
        all.add(Arrays.copyOfRange(cmdline, start, i));
        start = i + 1;
      }
    }
    if (all.size() < args.length) {
      return null;
    }
    List<byte[]> tail = all.subList(all.size() - args.length, all.size());
    for (int i = 0; i < args.length; i++) {
      if (!new String(tail.get(i), charset).equals(args[i])) {
        return null;
      }
    }
    return tail;
  }

  private static int indexOf(byte[] bytes, byte b) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The existing path whose bytes are {@code bytes}, or null. */
  static Path find(byte[] bytes) {
    Path at = bytes.length > 0 && bytes[0] == '/' ? Path.of("/") : Path.of("");
    int start = 0;
    for (int i = 0; i <= bytes.length; i++) {
      if (i == bytes.length || bytes[i] == '/') {
        if (i > start) {
          at = child(at, Arrays.copyOfRange(bytes, start, i));
          if (at == null) {
            return null;
          }
        }
        start = i + 1;
      }
    }
    return at;
  }

  /** The entry of folder {@code at} named by {@code name}'s bytes, or null. */
  private static Path child(Path at, byte[] name) {
    boolean ascii = true;
    for (byte b : name) {
      ascii &= b >= 0;
    }
    if (ascii) {
      return at.resolve(new String(name, StandardCharsets.US_ASCII));
    }
    String wanted = FileNames.name(name);
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(at.toString().isEmpty() ? Path.of(".") : at)) {
      for (Path e : entries) {
        if (FileNames.of(e.getFileName()).equals(wanted)) {
          return at.resolve(e.getFileName());
        }
      }
    } catch (IOException e) {
      return null;
    }
    return null;
  }
}
