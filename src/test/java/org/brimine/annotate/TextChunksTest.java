package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting long texts into chunks for CoreNLP. */
class TextChunksTest {
  private static List<String> pieces(String text, int max) {
    return TextChunks.of(text, max).stream().map(c -> text.substring(c.start(), c.end())).toList();
  }

  @Test
  void keepsAShortTextWhole() {
    assertEquals(List.of(new TextChunks.Chunk(0, 5)), TextChunks.of("Hello", 10));
    assertEquals(List.of(new TextChunks.Chunk(0, 0)), TextChunks.of("", 10));
  }

  @Test
  void cutsAfterTheLastBlankLineThatFits() {
    String text = "One para.\n\nTwo para.\n\nThree para.";
    assertEquals(List.of("One para.\n\nTwo para.\n\n", "Three para."), pieces(text, 25));
    assertEquals(List.of("One para.\n\n", "Two para.\n\n", "Three para."), pieces(text, 12));
  }

  @Test
  void cutsALongParagraphAtALineBreakThenAtASpace() {
    assertEquals(List.of("aaa bbb\n", "ccc ddd"), pieces("aaa bbb\nccc ddd", 10));
    assertEquals(List.of("aaa bbb ", "ccc ddd"), pieces("aaa bbb ccc ddd", 10));
  }

  @Test
  void neverSplitsASurrogatePair() {
    String text = "abcd\uD83D\uDE00efgh";
    List<String> pieces = pieces(text, 5);
    assertEquals(text, String.join("", pieces));
    assertTrue(pieces.stream().noneMatch(p -> Character.isHighSurrogate(p.charAt(p.length() - 1))),
        pieces.toString());
  }

  @Test
  void coversTheTextWithChunksNoLongerThanTheLimit() {
    String text = "Lorem ipsum dolor sit amet.\n\n".repeat(50) + "x".repeat(300);
    List<TextChunks.Chunk> chunks = TextChunks.of(text, 100);
    int at = 0;
    for (TextChunks.Chunk c : chunks) {
      assertEquals(at, c.start());
      assertTrue(c.end() - c.start() <= 100 && c.end() > c.start(), c.toString());
      at = c.end();
    }
    assertEquals(text.length(), at);
  }

  @Test
  void refusesALimitTooSmallToCut() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> TextChunks.of("abc", 1));
    assertTrue(e.getMessage().contains("got 1"), e.getMessage());
  }
}
