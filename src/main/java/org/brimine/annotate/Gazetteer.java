package org.brimine.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brimine.model.EntityType;

/**
 * The Belt and Road gazetteer: domain entities with their aliases, matched on tokens, and their
 * Chinese names matched by character.
 *
 * <p>Loaded once from {@code gazetteer.tsv} (format in the README beside it) into an immutable
 * trie over name pieces, and the names with a Han character into a trie over characters
 * ({@link CharTrie}), found at any position whatever the tokens (so with the English tokenizer
 * and with a Chinese segmenter alike). {@code not-names.txt} lists Chinese words that contain a
 * name without being one (发展中国家). Matching ignores case, except for aliases marked
 * {@code =}; folds dashes; and takes the longest name, leftmost first, over both tries.
 */
public final class Gazetteer {
  /** The entity types a gazetteer line may have: those {@link EntityType} defines. */
  public static final Set<String> TYPES = EntityType.all().stream().map(EntityType::type)
      .collect(java.util.stream.Collectors.toUnmodifiableSet());
  private static final String RESOURCE = "gazetteer.tsv";
  private static final String NOT_NAMES = "not-names.txt";

  private final List<GazetteerEntry> entries;
  private final Map<String, GazetteerEntry> byCanonical;
  private final NameTrie trie;
  private final CharTrie han;

  private Gazetteer(List<GazetteerEntry> entries, NameTrie trie, CharTrie han) {
    this.entries = List.copyOf(entries);
    Map<String, GazetteerEntry> canonical = new HashMap<>();
    entries.forEach(e -> canonical.put(e.canonical(), e));
    this.byCanonical = Map.copyOf(canonical);
    this.trie = trie;
    this.han = han;
  }

  /** A gazetteer that knows no names: CoreNLP's statistical NER alone. */
  static Gazetteer empty() {
    return new Gazetteer(List.of(), new NameTrie.Builder().build(),
        new CharTrie.Builder().build());
  }

  /** Loads the gazetteer bundled with bri-miner. */
  public static Gazetteer load() {
    try (BufferedReader names = resource(RESOURCE);
        BufferedReader notNames = resource(NOT_NAMES)) {
      return parse(names, new StanfordCoreNLP(PipelineProperties.tokenizeOnly()), notNames);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static BufferedReader resource(String name) {
    InputStream in = Gazetteer.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException("gazetteer resource missing: " + name);
    }
    return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
  }

  /** Reads a gazetteer file without "not a name" words. */
  static Gazetteer parse(BufferedReader reader, StanfordCoreNLP tokenizer) throws IOException {
    return parse(reader, tokenizer, new BufferedReader(new StringReader("")));
  }

  /**
   * Reads a gazetteer file, and the Chinese words that contain a name without being one (one
   * a line, {@code #} comments).
   *
   * @throws IllegalArgumentException on a malformed line or a name given to two entities; the
   *     message quotes the line
   */
  static Gazetteer parse(BufferedReader reader, StanfordCoreNLP tokenizer,
      BufferedReader notNames) throws IOException {
    List<GazetteerEntry> entries = new ArrayList<>();
    NameTrie.Builder trie = new NameTrie.Builder();
    CharTrie.Builder han = new CharTrie.Builder();
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
        if (CharTrie.isHan(plain)) {
          han.add(plain, entry);
        } else {
          trie.add(pieces(CoreNlp.tokenize(tokenizer, plain)), exact, entry);
        }
      }
    }
    String word;
    while ((word = notNames.readLine()) != null) {
      word = word.strip();
      if (!word.isEmpty() && !word.startsWith("#")) {
        han.add(word, null);
      }
    }
    return new Gazetteer(entries, trie.build(), han.build());
  }

  /** A gazetteer name found in a text: characters {@code [start, end)}. */
  record Match(GazetteerEntry entry, int start, int end) {}

  /**
   * Finds gazetteer names in a sentence, leftmost-longest, without overlaps: names on its tokens,
   * and Chinese names anywhere in its characters.
   *
   * @param text the text the sentence is in
   * @param base the offset in {@code text} that the tokens' positions count from
   * @param tokens the sentence's tokens
   */
  List<Match> find(String text, int base, List<CoreLabel> tokens) {
    List<Match> found = new ArrayList<>(onTokens(base, tokens));
    if (!tokens.isEmpty()) {
      int from = base + tokens.get(0).beginPosition();
      int to = base + tokens.get(tokens.size() - 1).endPosition();
      String folded = CharTrie.fold(text.substring(from, to));
      for (int i = 0; i < folded.length(); i++) {
        CharTrie.Hit hit = han.longestAt(folded, i, folded.length());
        if (hit != null) {
          found.add(new Match(hit.entry(), from + hit.start(), from + hit.end()));
        }
      }
    }
    found.sort(Comparator.comparingInt(Match::start)
        .thenComparing(Comparator.comparingInt(Match::end).reversed()));
    List<Match> matches = new ArrayList<>();
    int taken = Integer.MIN_VALUE;
    for (Match m : found) {
      if (m.start() >= taken) {
        taken = m.end();
        if (m.entry() != null) {
          matches.add(m);
        }
      }
    }
    return matches;
  }

  /** The names on the tokens, leftmost-longest. */
  private List<Match> onTokens(int base, List<CoreLabel> tokens) {
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
        matches.add(new Match(hit.entry(), base + tokens.get(t).beginPosition(),
            base + tokens.get(hit.lastToken()).endPosition()));
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
