package org.brimine.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The Belt and Road gazetteer: domain entities with their aliases, matched on tokens.
 *
 * <p>Loaded once from {@code gazetteer.tsv} (format in the README beside it) into an immutable
 * trie over name pieces. Matching ignores case, except for aliases marked {@code =}; folds
 * dashes; and takes the longest name that starts at each token, leftmost first.
 */
public final class Gazetteer {
  /** The entity types a gazetteer line may have. */
  public static final Set<String> TYPES = Set.of("INITIATIVE", "FIN_INSTITUTION", "REGIONAL_ORG",
      "AGREEMENT", "CURRENCY", "PROJECT", "COUNTRY", "LOCATION", "ORGANIZATION", "PUBLICATION",
      "PERSON");
  private static final String RESOURCE = "gazetteer.tsv";

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byCanonical;
  private final NameTrie trie;

  private Gazetteer(List<GazetteerEntry> entries, NameTrie trie) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> canonical = new HashMap<>();
    entries.forEach(e -> canonical.put(e.canonical(), e));
    this.byCanonical = Map.copyOf(canonical);
    this.trie = trie;
  }

  /** A gazetteer that knows no names: CoreNLP's statistical NER alone. */
  static Gazetteer empty() {
    return new Gazetteer(List.of(), new NameTrie.Builder().build());
  }

  /** Loads the gazetteer bundled with bri-miner. */
  public static Gazetteer load() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("gazetteer resource missing: " + RESOURCE);
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)),
          new StanfordCoreNLP(PipelineProperties.tokenizeOnly()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a gazetteer file.
   *
   * @throws IllegalArgumentException on a malformed line or a name given to two entities; the
   *     message quotes the line
   */
  static Gazetteer parse(BufferedReader reader, StanfordCoreNLP tokenizer) throws IOException {
    List<GazetteerEntry> entries = new ArrayList<>();
    NameTrie.Builder trie = new NameTrie.Builder();
    Map<String, String> owner = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#") || line.startsWith("canonical\t")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 || cols[0].isBlank() || !TYPES.contains(cols[1])) {
        throw new IllegalArgumentException("gazetteer line " + number
            + ": expected canonical<TAB>TYPE<TAB>aliases with a known TYPE, got '" + line + "'");
      }
      List<String> aliases = cols[2].isBlank() ? List.of()
          : List.of(cols[2].split("\\|"));
      GazetteerEntry entry = new GazetteerEntry(cols[0].strip(), cols[1], aliases);
      entries.add(entry);
      List<String> names = new ArrayList<>();
      names.add(entry.canonical());
      names.addAll(aliases);
      for (String name : names) {
        boolean exact = name.startsWith("=");
        String plain = (exact ? name.substring(1) : name).strip();
        String key = exact ? "=" + plain : plain.toLowerCase(Locale.ROOT);
        String previous = owner.putIfAbsent(key, entry.canonical());
        if (previous != null && !previous.equals(entry.canonical())) {
          throw new IllegalArgumentException("gazetteer line " + number + ": the name '" + plain
              + "' is given to both '" + previous + "' and '" + entry.canonical() + "'");
        }
        trie.add(pieces(CoreNlp.tokenize(tokenizer, plain)), exact, entry);
      }
    }
    return new Gazetteer(entries, trie.build());
  }

  /** A gazetteer name found in a token sequence: tokens {@code [first, last]}. */
  record Match(GazetteerEntry entry, int first, int last) {}

  /** Finds gazetteer names in a sentence's tokens, leftmost-longest, without overlaps. */
  List<Match> find(List<CoreLabel> tokens) {
    List<String> pieces = new ArrayList<>();
    List<Integer> tokenOf = new ArrayList<>();
    List<Integer> firstPieceOf = new ArrayList<>();
    for (int t = 0; t < tokens.size(); t++) {
      firstPieceOf.add(pieces.size());
      for (String piece : NamePieces.of(tokens.get(t).originalText())) {
        pieces.add(piece);
        tokenOf.add(t);
      }
    }
    List<Match> matches = new ArrayList<>();
    int t = 0;
    while (t < tokens.size()) {
      NameTrie.Hit hit = trie.longestAt(pieces, firstPieceOf.get(t), tokenOf);
      if (hit != null) {
        matches.add(new Match(hit.entry(), t, hit.lastToken()));
        t = hit.lastToken() + 1;
      } else {
        t++;
      }
    }
    return matches;
  }

  /** The entry whose canonical name this is. */
  public Optional<GazetteerEntry> byCanonical(String canonical) {
    return Optional.ofNullable(byCanonical.get(canonical));
  }

  /** All entries, in file order. */
  public List<GazetteerEntry> entries() {
    return entries;
  }

  private static List<String> pieces(List<CoreLabel> tokens) {
    List<String> pieces = new ArrayList<>();
    tokens.forEach(t -> pieces.addAll(NamePieces.of(t.originalText())));
    return pieces;
  }
}
