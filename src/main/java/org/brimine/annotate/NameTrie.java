package org.brimine.annotate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A trie over lower-cased name pieces; each name that ends at a node remembers whether it must
 * match case-sensitively, and its pieces as written.
 */
final class NameTrie {
  private record Name(GazetteerEntry entry, boolean exact, List<String> pieces) {}

  private static final class Node {
    final Map<String, Node> children = new HashMap<>();
    final List<Name> names = new ArrayList<>();
  }

  /** A name found: its entry and the token it ends on. */
  record Hit(GazetteerEntry entry, int lastToken) {}

  private final Node root;

  private NameTrie(Node root) {
    this.root = root;
  }

  /**
   * The longest name starting at piece {@code start} that ends at the end of a token.
   *
   * @param pieces the pieces of the sentence
   * @param start the first piece of a token
   * @param tokenOf for each piece, the index of its token
   */
  Hit longestAt(List<String> pieces, int start, List<Integer> tokenOf) {
    Node node = root;
    Hit best = null;
    for (int p = start; p < pieces.size(); p++) {
      node = node.children.get(pieces.get(p).toLowerCase(Locale.ROOT));
      if (node == null) {
        break;
      }
      boolean tokenEnds = p + 1 == pieces.size() || !tokenOf.get(p + 1).equals(tokenOf.get(p));
      if (!tokenEnds) {
        continue;
      }
      for (Name name : node.names) {
        if (!name.exact() || name.pieces().equals(pieces.subList(start, p + 1))) {
          best = new Hit(name.entry(), tokenOf.get(p));
          break;
        }
      }
    }
    return best;
  }

  /** Collects names, then freezes them into a trie. */
  static final class Builder {
    private final Node root = new Node();

    void add(List<String> pieces, boolean exact, GazetteerEntry entry) {
      if (pieces.isEmpty()) {
        throw new IllegalArgumentException("empty gazetteer name for '" + entry.canonical() + "'");
      }
      Node node = root;
      for (String piece : pieces) {
        node = node.children.computeIfAbsent(piece.toLowerCase(Locale.ROOT), k -> new Node());
      }
      node.names.add(new Name(entry, exact, List.copyOf(pieces)));
    }

    NameTrie build() {
      return new NameTrie(root);
    }
  }
}
