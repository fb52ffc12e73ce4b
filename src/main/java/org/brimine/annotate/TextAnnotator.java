package org.brimine.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.brimine.model.AnnotatedText;
import org.brimine.model.EntityMention;
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
 * in the same text ({@link PersonNames}).
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

  private final CoreNlp nlp;
  private final Gazetteer gazetteer;
  private final EntityFilter filter;
  private final PersonNames names;
  private final int chunkChars;

  public TextAnnotator(CoreNlp nlp, Gazetteer gazetteer, EntityFilter filter, PersonNames names) {
    this(nlp, gazetteer, filter, names, CHUNK_CHARS);
  }

  TextAnnotator(CoreNlp nlp, Gazetteer gazetteer, EntityFilter filter, PersonNames names,
      int chunkChars) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
    this.filter = filter;
    this.names = names;
    this.chunkChars = chunkChars;
  }

  /** Loads CoreNLP in the given configuration with the bundled gazetteer and filters. */
  public static TextAnnotator load(NerMode mode) {
    return new TextAnnotator(new CoreNlp(mode), Gazetteer.load(), EntityFilter.load(),
        PersonNames.load());
  }

  /**
   * CoreNLP's own statistical NER in the given configuration, without gazetteer or filters:
   * the baseline the product's pipeline is measured against.
   */
  public static TextAnnotator coreNlpOnly(NerMode mode) {
    return new TextAnnotator(new CoreNlp(mode), Gazetteer.empty(), EntityFilter.none(),
        PersonNames.none());
  }

  /** Annotates one text. Thread-safe. */
  public AnnotatedText annotate(String text) {
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (TextChunks.Chunk chunk : TextChunks.of(text, chunkChars)) {
      CoreNlp.Result result = nlp.annotate(text, chunk, sentences.size());
      sentences.addAll(result.sentences());
      mentions.addAll(mentions(text, result));
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
        if (type.equals("PERSON")) {
          canonical = names.withoutTitles(canonical);
        }
        mentions.add(new EntityMention(type, span.text(), canonical, span.sentence(),
            span.start(), span.end(), "ner"));
      }
    }
    return mentions;
  }

  /**
   * CoreNLP's fine-grained location types (default pipeline only) as LOCATION, so that both
   * pipelines are compared on the same three types.
   */
  static String coarse(String type) {
    return switch (type) {
      case "COUNTRY", "CITY", "STATE_OR_PROVINCE" -> "LOCATION";
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
