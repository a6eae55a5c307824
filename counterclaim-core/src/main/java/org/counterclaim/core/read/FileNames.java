package org.counterclaim.core.read;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file's path as a name: the report key of a file and the name in messages. It is made from
 * the path's own bytes, read as UTF-8, whatever the locale the program runs in (under the C
 * locale Java shows every non-ASCII byte of a name as U+FFFD, so "café.txt" and "cafè.txt" would
 * look alike). It is lossless: a name that is valid UTF-8 and holds no backslash is itself; in
 * any other, a backslash is written {@code \\} and each byte that is not UTF-8 {@code \xHH}
 * ("lat\xE9.txt" for a Latin-1 name), so two paths never share a name.
 */
public final class FileNames {

  private FileNames() {}

  /** The name of {@code path}, relative or absolute as the path is. */
  public static String of(Path path) {
    String shown = path.toString();
    if (plain(shown)) {
      return shown;
    }
    return name(bytes(path));
  }

  /** The name of a path whose bytes are {@code bytes}. */
  public static String name(byte[] bytes) {
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      if (text.indexOf('\\') < 0) {
        return text;
      }
    } catch (CharacterCodingException e) {
      // not UTF-8 throughout: escaped below
    }
    return escaped(bytes);
  }

  /** Whether {@code s} is ASCII without a backslash: what Java shows is then the name. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** The path's bytes as the file system has them (the URI form keeps them). */
  static byte[] bytes(Path path) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (path.getRoot() != null) {
      out.write('/');
    }
    Path root = path.getFileSystem().getRootDirectories().iterator().next();
    boolean first = true;
    for (Path element : path) {
      if (!first) {
        out.write('/');
      }
      first = false;
      // the root with one element: its URI holds the element's bytes, percent-encoded
      String raw = root.resolve(element).toUri().getRawPath();
      int end = raw.endsWith("/") && raw.length() > 1 ? raw.length() - 1 : raw.length();
      for (int i = 1; i < end; i++) {
        char c = raw.charAt(i);
        if (c == '%' && i + 2 < end) {
          out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          out.write(c);
        }
      }
    }
    return out.toByteArray();
  }

  private static String escaped(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < bytes.length) {
      int n = utf8Length(bytes, i);
      if (n == 0) {
        out.append(String.format("\\x%02X", bytes[i] & 0xff));
        i++;
      } else {
        String c = new String(bytes, i, n, StandardCharsets.UTF_8);
        out.append(c.equals("\\") ? "\\\\" : c);
        i += n;
      }
    }
    return out.toString();
  }

  /** The length of the well-formed UTF-8 character at {@code i}, or 0 when there is none. */
  private static int utf8Length(byte[] b, int i) {
    int lead = b[i] & 0xff;
    int n;
    int min;
    if (lead < 0x80) {
      return 1;
    } else if (lead >= 0xc2 && lead <= 0xdf) {
      n = 2;
      min = 0x80;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      n = 3;
      min = 0x800;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      n = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + n > b.length) {
      return 0;
    }
    int cp = lead & (0xff >> (n + 1));
    for (int k = 1; k < n; k++) {
      int c = b[i + k] & 0xff;
      if ((c & 0xc0) != 0x80) {
        return 0;
      }
      cp = (cp << 6) | (c & 0x3f);
    }
    boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
    return cp < min || cp > 0x10ffff || surrogate ? 0 : n;
  }
}
