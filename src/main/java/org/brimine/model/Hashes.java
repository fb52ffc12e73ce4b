package org.brimine.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of text, in hex: the content hashes and stable ids of every stage. */
public final class Hashes {
  private Hashes() {}

  /** The hex SHA-256 of the text's UTF-8 bytes. */
  public static String sha256(String text) {
    return HexFormat.of().formatHex(digest(text));
  }

  /** The first {@code bytes} bytes of the SHA-256, in hex: a short, stable tag. */
  public static String sha256Prefix(String text, int bytes) {
    return HexFormat.of().formatHex(digest(text), 0, bytes);
  }

  /** The first {@code bytes} bytes of a digest of several parts, in hex: a short, stable tag. */
  public static String prefix(MessageDigest digest, int bytes) {
    return HexFormat.of().formatHex(digest.digest(), 0, bytes);
  }

  /** A new SHA-256 digest, for hashing several parts. */
  public static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static byte[] digest(String text) {
    return newDigest().digest(text.getBytes(StandardCharsets.UTF_8));
  }
}
