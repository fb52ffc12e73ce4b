package org.brimine.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.brimine.model.AnnotatedText;
import org.brimine.model.EntityMention;
import org.brimine.model.Romanisation;
import org.brimine.model.Sentence;

/**
 * Annotates a text: CoreNLP's sentences, tokens and statistical mentions, merged with the
 * gazetteer's names.
 *
 * <p>Where a gazetteer name and a statistical mention overlap, the gazetteer wins: it knows the
 * domain's names whole ("Belt and Road", not LOCATION "Road") and their types. A statistical
 * mention that the entity filter knows as a mistake is dropped (pronouns among them). Every
 * mention gets a canonical name: the gazetteer's, else the text without a leading "the" or a
 * trailing possessive; a person's without titles, and a short form of a name the full name met
 * in the same text ({@link PersonNames}). A statistical name written in Chinese takes its English
 * name from {@link ChineseNames}: the listed one with the list's type, or a Chinese person's
 * romanised.
 *
 * <p>A long text is annotated in chunks of at most {@value #CHUNK_CHARS} characters cut at
 * paragraph breaks ({@link TextChunks}): CoreNLP's annotations of a chunk are released before
 * the next, so its memory does not grow with the text.
 */
public final class TextAnnotator {
  /** The statistical types kept: the named ones; numbers and dates are not entities here. */
  private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");
  /** The longest text CoreNLP annotates at once. */
  static final int CHUNK_CHARS = 100_000;

  private final Lazy<CoreNlp> nlp;
  private final Lazy<CoreNlp> chinese;
  private final Gazetteer gazetteer;
  private final EntityFilter filter;
  private final PersonNames names;
  private final int chunkChars;

  public TextAnnotator(CoreNlp nlp, Gazetteer gazetteer, EntityFilter filter, PersonNames names) {
    this(nlp, () -> CoreNlp.chinese(NerMode.PRODUCT), gazetteer, filter, names, CHUNK_CHARS);
  }

  /**
   * @param chinese gives the Chinese pipeline; called when the first Chinese paragraph is met,
   *     at most once, so that English texts never load it
   */
  public TextAnnotator(CoreNlp nlp, Supplier<CoreNlp> chinese, Gazetteer gazetteer,
      EntityFilter filter, PersonNames names) {
    this(nlp, chinese, gazetteer, filter, names, CHUNK_CHARS);
  }

  TextAnnotator(CoreNlp nlp, Gazetteer gazetteer, EntityFilter filter, PersonNames names,
      int chunkChars) {
    this(nlp, () -> CoreNlp.chinese(NerMode.PRODUCT), gazetteer, filter, names, chunkChars);
  }

  TextAnnotator(CoreNlp nlp, Supplier<CoreNlp> chinese, Gazetteer gazetteer,
      EntityFilter filter, PersonNames names, int chunkChars) {
    this(() -> nlp, chinese, gazetteer, filter, names, chunkChars);
  }

  private TextAnnotator(Supplier<CoreNlp> english, Supplier<CoreNlp> chinese,
      Gazetteer gazetteer, EntityFilter filter, PersonNames names, int chunkChars) {
    this.nlp = Lazy.of(english);
    this.chinese = Lazy.of(chinese);
    this.gazetteer = gazetteer;
    this.filter = filter;
    this.names = names;
    this.chunkChars = chunkChars;
  }

  /** Loads CoreNLP in the given configuration with the bundled gazetteer and filters. */
  public static TextAnnotator load(NerMode mode) {
    return new TextAnnotator(new CoreNlp(mode), () -> CoreNlp.chinese(mode), Gazetteer.load(),
        EntityFilter.load(), PersonNames.load());
  }

  /**
   * CoreNLP's own statistical NER in the given configuration, without gazetteer or filters:
   * the baseline the product's pipeline is measured against.
   */
  public static TextAnnotator coreNlpOnly(NerMode mode) {
    return new TextAnnotator(new CoreNlp(mode), () -> CoreNlp.chinese(mode), Gazetteer.empty(),
        EntityFilter.none(), PersonNames.none());
  }

  /**
   * For Chinese texts: the Chinese pipeline of the given configuration loaded now, the English
   * one when an English paragraph is met. In the product's configuration with the bundled
   * gazetteer and filters; in CoreNLP's default, without (the benchmark's baseline).
   */
  public static TextAnnotator loadChinese(NerMode mode) {
    return loadChinese(mode, CoreNlp.chinese(mode));
  }

  /**
   * As {@link #loadChinese(NerMode)}, with CoreNLP's default Chinese properties file but only
   * the given annotators, or the product's with other annotators, segmenter or NER model: for
   * the benchmark.
   *
   * @param variant "annotators=A+B+C", "segmenter=MODEL" or "ner=MODEL"
   */
  public static TextAnnotator loadChinese(NerMode mode, String variant) {
    return loadChinese(mode, new CoreNlp(PipelineProperties.chineseVariant(mode, variant)));
  }

  private static TextAnnotator loadChinese(NerMode mode, CoreNlp chinese) {
    boolean product = mode == NerMode.PRODUCT;
    return new TextAnnotator(() -> new CoreNlp(mode), () -> chinese,
        product ? Gazetteer.load() : Gazetteer.empty(),
        product ? EntityFilter.load() : EntityFilter.none(),
        product ? PersonNames.load() : PersonNames.none(), CHUNK_CHARS);
  }

  /** Whether the Chinese pipeline was needed (and loaded) so far. */
  public boolean loadedChinese() {
    return chinese.isLoaded();
  }

  /**
   * Annotates one text, each run of Chinese paragraphs with the Chinese pipeline and the rest
   * with the English one. Thread-safe.
   */
  public AnnotatedText annotate(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (LanguageRuns.Run run : LanguageRuns.of(text)) {
      CoreNlp pipeline = run.chinese() ? chinese.get() : nlp.get();
      String part = text.substring(run.start(), run.end());
      for (TextChunks.Chunk c : TextChunks.of(part, chunkChars)) {
        TextChunks.Chunk chunk = new TextChunks.Chunk(run.start() + c.start(),
            run.start() + c.end());
        CoreNlp.Result result = pipeline.annotate(text, chunk, sentences.size());
        sentences.addAll(result.sentences());
        mentions.addAll(mentions(text, result));
      }
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start));
    return new AnnotatedText(text, sentences, names.link(mentions));
  }

  /** The mentions of one chunk: the gazetteer's, and the statistical ones that none overlaps. */
  private List<EntityMention> mentions(String text, CoreNlp.Result result) {
    List<EntityMention> mentions = new ArrayList<>();
    int firstSentence = result.sentences().isEmpty() ? 0 : result.sentences().get(0).index();
    for (int s = 0; s < result.tokens().size(); s++) {
      List<CoreLabel> tokens = result.tokens().get(s);
      for (Gazetteer.Match m : gazetteer.find(text, result.base(), tokens)) {
        int start = m.start();
        int end = m.end();
        mentions.add(new EntityMention(m.entry().type(), text.substring(start, end),
            m.entry().canonical(), firstSentence + s, start, end, "gazetteer"));
      }
    }
    SpanIndex named = SpanIndex.of(mentions);
    for (CoreNlp.NerSpan span : result.mentions()) {
      String type = coarse(span.type());
      if (NAMED_TYPES.contains(type)
          && !named.overlaps(span.start(), span.end())
          && !filter.rejects(type, span.text(), span.tags())) {
        String canonical = canonical(span.text());
        Optional<ChineseNames.Name> listed = Romanisation.hasHan(canonical)
            ? names.chinese().listed(canonical) : Optional.empty();
        if (listed.isPresent()) {
          type = listed.get().type();
          canonical = listed.get().canonical();
        } else if (type.equals("PERSON")) {
          canonical = personCanonical(canonical);
        }
        mentions.add(new EntityMention(type, span.text(), canonical, span.sentence(),
            span.start(), span.end(), "ner"));
      }
    }
    return mentions;
  }

  /**
   * The canonical of a person's name: without titles; written in Chinese, the listed English
   * name or the romanised Chinese one ({@link ChineseNames}), else as written.
   */
  String personCanonical(String name) {
    return Romanisation.hasHan(name)
        ? names.chinese().person(names.withoutChineseTitle(name))
        : names.withoutTitles(name);
  }

  /** Whether an author's name written in Chinese names an institution (国家统计局), not a person. */
  boolean namesInstitution(String author) {
    return names.chinese().institution(author);
  }

  /**
   * CoreNLP's fine-grained location types (default pipeline only) and the Chinese models'
   * geo-political entities as LOCATION, so that all pipelines are compared on the same three
   * types (the gazetteer, which wins where it overlaps, knows which places are countries).
   */
  static String coarse(String type) {
    return switch (type) {
      case "COUNTRY", "CITY", "STATE_OR_PROVINCE", "GPE" -> "LOCATION";
      default -> type;
    };
  }

  static String canonical(String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    s = s.replaceFirst("^(?i)the ", "");
    s = s.replaceFirst("['’]s?$", "");
    return s.isEmpty() ? surface : s;
  }
}
