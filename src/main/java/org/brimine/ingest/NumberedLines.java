package org.brimine.ingest;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a UTF-8 text file line by line, skipping blank lines and counting from 1, for the
 * line-oriented formats bri reads (JSON Lines, gold files, TSV queries, TREC qrels), so that
 * every problem can name its line. A UTF-8 byte order mark is dropped; a UTF-16LE or UTF-16BE
 * one makes the file UTF-16.
 *
 * <p>NOTE: UTF-8 is decoded strictly one line at a time (a line break byte never occurs inside a
 * UTF-8 sequence), so a line that is not UTF-8 is named by its number and the lines after it can
 * still be read. A UTF-16 file is decoded whole: a malformed one is rejected as a whole.
 */
public final class NumberedLines {
  /** What is done with each non-blank line. */
  @FunctionalInterface
  public interface Visitor {
    void line(int number, String line) throws IOException;
  }

  /** What is done with a line that is not valid UTF-8. */
  @FunctionalInterface
  public interface Undecodable {
    /**
     * @param number the line's number
     * @param detail why, quoting the bad byte: "line 3 is not valid UTF-8 (malformed byte 0xe9
     *     at offset 14 of the line)"
     */
    void line(int number, String detail) throws IOException;
  }

  private NumberedLines() {}

  /**
   * Calls {@code visitor} with every non-blank line of {@code file} and its number.
   *
   * @throws Rejection (undecodable, "line N is not valid UTF-8 ...") at the first line that is
   *     not text
   */
  public static void read(Path file, Visitor visitor) throws IOException {
    read(file, visitor, (number, detail) -> {
      throw new Rejection(Rejection.Reason.UNDECODABLE, detail);
    });
  }

  /**
   * Calls {@code visitor} with every non-blank line of {@code file} and its number, and
   * {@code undecodable} with every line that is not valid UTF-8.
   *
   * @throws Rejection (undecodable) when the file has a UTF-16 byte order mark and is not valid
   *     UTF-16
   */
  public static void read(Path file, Visitor visitor, Undecodable undecodable)
      throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      byte[] head = in.readNBytes(3);
      var marked = TextDecoder.byteOrderMark(head);
      if (marked != null && marked != StandardCharsets.UTF_8) {
        byte[] all = concat(head, in.readAllBytes());
        readText(TextDecoder.decodeMarked(marked, all), visitor);
        return;
      }
      Utf8Lines lines = new Utf8Lines(in, marked == null ? head : new byte[0]);
      byte[] bytes;
      int number = 0;
      while ((bytes = lines.next()) != null) {
        number++;
        String line = lines.decode(bytes);
        if (line == null) {
          undecodable.line(number, "line " + number + " is not valid UTF-8 (malformed byte 0x"
              + String.format("%02x", bytes[lines.malformedAt] & 0xff) + " at offset "
              + lines.malformedAt + " of the line)");
        } else if (!line.isBlank()) {
          visitor.line(number, line);
        }
      }
    }
  }

  private static void readText(String text, Visitor visitor) throws IOException {
    BufferedReader in = new BufferedReader(new StringReader(text));
    String line;
    int number = 0;
    while ((line = in.readLine()) != null) {
      number++;
      if (!line.isBlank()) {
        visitor.line(number, line);
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] all = new byte[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  /** The lines of a UTF-8 stream as bytes, without their line ends ({@code \n}, {@code \r\n}). */
  private static final class Utf8Lines {
    private final InputStream in;
    private final byte[] buffer = new byte[64 * 1024];
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    private int pos;
    private int end;
    private boolean eof;
    int malformedAt;

    Utf8Lines(InputStream in, byte[] head) {
      this.in = in;
      System.arraycopy(head, 0, buffer, 0, head.length);
      this.end = head.length;
    }

    /** The next line's bytes, or null at the end of the stream. */
    byte[] next() throws IOException {
      line.reset();
      while (true) {
        if (pos == end) {
          if (eof || (end = in.read(buffer, 0, buffer.length)) < 0) {
            eof = true;
            end = 0;
            pos = 0;
            return line.size() == 0 ? null : trimCr(line.toByteArray());
          }
          pos = 0;
        }
        int start = pos;
        while (pos < end && buffer[pos] != '\n') {
          pos++;
        }
        line.write(buffer, start, pos - start);
        if (pos < end) {
          pos++;
          return trimCr(line.toByteArray());
        }
      }
    }

    /** The line as text, or null (with {@link #malformedAt} set) when it is not UTF-8. */
    String decode(byte[] bytes) {
      ByteBuffer input = ByteBuffer.wrap(bytes);
      CharBuffer out = CharBuffer.allocate(bytes.length);
      decoder.reset();
      CoderResult result = decoder.decode(input, out, true);
      if (result.isError()) {
        malformedAt = input.position();
        return null;
      }
      return out.flip().toString();
    }

    private static byte[] trimCr(byte[] bytes) {
      return bytes.length > 0 && bytes[bytes.length - 1] == '\r'
          ? java.util.Arrays.copyOf(bytes, bytes.length - 1) : bytes;
    }
  }
}
