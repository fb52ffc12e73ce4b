package org.brimine.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file, refusing what is not text: UTF-8 first, then GB18030 or
 * Windows-1252 where the bytes read as that charset's text.
 *
 * <p>A byte order mark decides the charset: a UTF-8 one is dropped, a UTF-16LE or UTF-16BE one
 * makes the file UTF-16 (whose ASCII bytes are NUL-padded, so it is never taken for binary).
 *
 * <p>NOTE: decoding is strict: a malformed sequence is an error, never a silent replacement
 * character. GB18030 and Windows-1252 decode most byte strings somehow, so each is accepted only
 * when its reading is plausible: GB18030 when nearly all the non-ASCII characters are CJK
 * ideographs or CJK punctuation written in runs, Windows-1252 when they are Latin letters or typographic
 * punctuation and stand between ASCII text. What no charset explains is rejected.
 */
final class TextDecoder {
  static final Charset GB18030 = Charset.forName("GB18030");
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  private static final double PLAUSIBLE = 0.9;

  /** Text and the charset it was decoded from. */
  record Decoded(String text, Charset charset) {}

  /**
   * Returns the text of {@code bytes}.
   *
   * @throws Rejection (binary, undecodable) when the bytes are not text in a charset we
   *     recognise
   */
  String decode(byte[] bytes) {
    return detect(bytes).text();
  }

  /** Like {@link #decode(byte[])}, also saying which charset the text was in. */
  Decoded detect(byte[] bytes) {
    Charset marked = byteOrderMark(bytes);
    if (marked != null && marked != StandardCharsets.UTF_8) {
      return new Decoded(decodeMarked(marked, bytes), marked);
    }
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw new Rejection(Rejection.Reason.BINARY, "a NUL byte at offset " + nul
          + "; this looks like a binary file, not text");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    String utf8 = strict(StandardCharsets.UTF_8, bytes, start);
    if (utf8 != null) {
      return new Decoded(utf8, StandardCharsets.UTF_8);
    }
    if (start > 0) {
      throw new Rejection(Rejection.Reason.UNDECODABLE, "the file starts with a UTF-8 byte order "
          + "mark but is not valid UTF-8 (malformed byte 0x" + String.format("%02x",
          bytes[firstMalformedUtf8(bytes, start)] & 0xff) + " at offset "
          + firstMalformedUtf8(bytes, start) + ")");
    }
    String gb = strict(GB18030, bytes, 0);
    if (gb != null && share(gb, TextDecoder::isCjk) >= PLAUSIBLE && inRuns(gb) >= 0.5) {
      return new Decoded(gb, GB18030);
    }
    String latin = strict(WINDOWS_1252, bytes, 0);
    if (latin != null && share(latin, TextDecoder::isLatinText) >= PLAUSIBLE
        && nonAsciiShare(latin) < 0.3) {
      return new Decoded(latin, WINDOWS_1252);
    }
    int bad = firstMalformedUtf8(bytes, start);
    throw new Rejection(Rejection.Reason.UNDECODABLE, "not valid UTF-8 (malformed byte 0x"
        + String.format("%02x", bytes[bad] & 0xff) + " at offset " + bad
        + "), and not GB18030 or Windows-1252 text either");
  }

  /**
   * The charset a byte order mark at the start of {@code bytes} declares (UTF-8, UTF-16LE or
   * UTF-16BE), or null when there is none.
   */
  static Charset byteOrderMark(byte[] bytes) {
    if (hasUtf8Bom(bytes)) {
      return StandardCharsets.UTF_8;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe) {
      return StandardCharsets.UTF_16LE;
    }
    if (bytes.length >= 2 && (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff) {
      return StandardCharsets.UTF_16BE;
    }
    return null;
  }

  /**
   * The text of {@code bytes}, which start with the byte order mark of {@code charset}, decoded
   * strictly in that charset; the mark is dropped.
   *
   * @throws Rejection (undecodable, binary) when the bytes are not text in that charset
   */
  static String decodeMarked(Charset charset, byte[] bytes) {
    int start = charset == StandardCharsets.UTF_8 ? 3 : 2;
    var decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    var out = java.nio.CharBuffer.allocate(bytes.length);
    var result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new Rejection(Rejection.Reason.UNDECODABLE, "the file starts with a " + charset.name()
          + " byte order mark but is not valid " + charset.name() + " (malformed bytes at offset "
          + in.position() + ")");
    }
    String text = out.flip().toString();
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      throw new Rejection(Rejection.Reason.BINARY, "a NUL character at character " + nul
          + " of the " + charset.name() + " text; this looks like a binary file, not text");
    }
    return text;
  }

  private static String strict(Charset charset, byte[] bytes, int start) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /** The share of the non-ASCII characters of {@code s} that pass {@code test}; 0 for none. */
  private static double share(String s, java.util.function.IntPredicate test) {
    long nonAscii = s.codePoints().filter(c -> c >= 0x80).count();
    long good = s.codePoints().filter(c -> c >= 0x80 && test.test(c)).count();
    return nonAscii == 0 ? 0 : (double) good / nonAscii;
  }

  /**
   * The share of non-ASCII characters next to another non-ASCII character. Chinese is written in
   * runs of ideographs; a Windows-1252 byte read as GB18030 swallows the ASCII letter after it
   * and stands alone.
   */
  private static double inRuns(String s) {
    int[] cps = s.codePoints().toArray();
    int nonAscii = 0;
    int inRun = 0;
    for (int i = 0; i < cps.length; i++) {
      if (cps[i] >= 0x80) {
        nonAscii++;
        if ((i > 0 && cps[i - 1] >= 0x80) || (i + 1 < cps.length && cps[i + 1] >= 0x80)) {
          inRun++;
        }
      }
    }
    return nonAscii == 0 ? 0 : (double) inRun / nonAscii;
  }

  private static double nonAsciiShare(String s) {
    return s.isEmpty() ? 0 : (double) s.chars().filter(c -> c >= 0x80).count() / s.length();
  }

  private static boolean isCjk(int c) {
    Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
    return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
        || block == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
        || block == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
        || block == Character.UnicodeBlock.GENERAL_PUNCTUATION;
  }

  private static boolean isLatinText(int c) {
    return (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN)
        || "‘’‚“”„–—…•€£§°±·×÷©®™¡¿«»".indexOf(c) >= 0 || c == 0xa0;
  }

  private static int firstMalformedUtf8(byte[] bytes, int start) {
    var decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    var out = java.nio.CharBuffer.allocate(bytes.length + 1);
    var result = decoder.decode(in, out, true);
    return result.isError() ? in.position() : Math.max(0, bytes.length - 1);
  }

  private static boolean hasUtf8Bom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf;
  }

  private static int indexOf(byte[] bytes, byte value) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
