package org.counterclaim.core.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a text's UTF-8 bytes, in lower-case hex: the one place such keys are made. */
public final class TextHashes {

  private TextHashes() {}

  /** The whole digest (64 hex digits). */
  public static String sha256(String text) {
    return sha256(text, 32);
  }

  /** The first {@code bytes} bytes of the digest (2 × bytes hex digits), for short stable ids. */
  public static String sha256(String text, int bytes) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("no SHA-256 in this Java", e);
    }
  }
}
