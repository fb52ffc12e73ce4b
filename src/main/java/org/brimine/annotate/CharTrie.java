package org.brimine.annotate;

import java.util.HashMap;
import java.util.Map;

/**
 * A trie over the characters of the gazetteer's Chinese names, matched at any position of a
 * text: Chinese has no spaces, and a name must be found whatever the tokenizer or segmenter
 * made of it. Characters are folded one for one ({@link #fold}), so offsets are kept. A
 * "not a name" (发展中国家, which contains 中国) is a name without an entry: found longest-first
 * like the others, it hides the names inside it.
 */
final class CharTrie {
  private static final class Node {
    final Map<Character, Node> children = new HashMap<>();
    GazetteerEntry entry;
    boolean ends;
  }

  /** A name found at {@code [start, end)}; {@code entry} is null for a "not a name". */
  record Hit(GazetteerEntry entry, int start, int end) {}

  private final Node root;

  private CharTrie(Node root) {
    this.root = root;
  }

  /** The longest name that starts at {@code start} of a folded text, or null. */
  Hit longestAt(String folded, int start, int end) {
    Node node = root;
    Hit best = null;
    for (int i = start; i < end; i++) {
      node = node.children.get(folded.charAt(i));
      if (node == null) {
        break;
      }
      if (node.ends) {
        best = new Hit(node.entry, start, i + 1);
      }
    }
    return best;
  }

  /**
   * A text with the case and dashes folded, one character for one: full-width and CJK dashes
   * (－ — – ‐ −) as {@code -}, full-width ASCII letters and digits as ASCII.
   */
  static String fold(CharSequence text) {
    StringBuilder s = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '－' || c == '—' || c == '–' || c == '‐' || c == '−' || c == '‑') {
        c = '-';
      } else if (c >= '！' && c <= '～' && Character.isLetterOrDigit(c)) {
        c = (char) (c - '！' + '!');
      }
      s.append(Character.toLowerCase(c));
    }
    return s.toString();
  }

  /** Whether a name has a Han character, and so is matched by character. */
  static boolean isHan(String name) {
    return name.codePoints()
        .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }

  /** Collects names, then freezes them into a trie. */
  static final class Builder {
    private final Node root = new Node();

    /** Adds a name of an entry, or a "not a name" when the entry is null. */
    void add(String name, GazetteerEntry entry) {
      String folded = fold(name.strip());
      if (folded.isEmpty()) {
        throw new IllegalArgumentException("empty gazetteer name for '"
            + (entry == null ? "not a name" : entry.canonical()) + "'");
      }
      Node node = root;
      for (int i = 0; i < folded.length(); i++) {
        node = node.children.computeIfAbsent(folded.charAt(i), k -> new Node());
      }
      if (!node.ends || node.entry == null) {
        node.entry = entry;
      }
      node.ends = true;
    }

    CharTrie build() {
      return new CharTrie(root);
    }
  }
}
