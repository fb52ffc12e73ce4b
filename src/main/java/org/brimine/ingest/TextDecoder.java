package org.brimine.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the bytes of a text file, refusing what is not text.
 *
 * <p>NOTE: decoding is strict: a malformed UTF-8 sequence is an error, never a silent
 * replacement character, so a file in another charset is noticed rather than indexed as garbage.
 */
final class TextDecoder {

  /**
   * Returns the text of {@code bytes}.
   *
   * @throws IllegalArgumentException with a reason code as its message prefix ("binary:",
   *     "undecodable:") when the bytes are not UTF-8 text
   */
  String decode(byte[] bytes) {
    int nul = indexOf(bytes, (byte) 0);
    if (nul >= 0) {
      throw new IllegalArgumentException("binary: a NUL byte at offset " + nul
          + "; this looks like a binary file, not text");
    }
    int start = hasUtf8Bom(bytes) ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("undecodable: not valid UTF-8 (" + e.getMessage() + ")", e);
    }
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
