package org.brimine.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.brimine.model.AnnotatedText;
import org.brimine.model.EntityMention;

/**
 * Annotates a text: CoreNLP's sentences, tokens and statistical mentions, merged with the
 * gazetteer's names.
 *
 * <p>Where a gazetteer name and a statistical mention overlap, the gazetteer wins: it knows the
 * domain's names whole ("Belt and Road", not LOCATION "Road") and their types. A statistical
 * mention that the entity filter knows as a mistake is dropped. Every mention gets a canonical
 * name: the gazetteer's, else the text without a leading "the" or a trailing possessive.
 */
public final class TextAnnotator {
  /** The statistical types kept: the named ones; numbers and dates are not entities here. */
  private static final Set<String> NAMED_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  private final CoreNlp nlp;
  private final Gazetteer gazetteer;
  private final EntityFilter filter;

  public TextAnnotator(CoreNlp nlp, Gazetteer gazetteer, EntityFilter filter) {
    this.nlp = nlp;
    this.gazetteer = gazetteer;
    this.filter = filter;
  }

  /** Loads CoreNLP in the given configuration with the bundled gazetteer and filters. */
  public static TextAnnotator load(NerMode mode) {
    return new TextAnnotator(new CoreNlp(mode), Gazetteer.load(), EntityFilter.load());
  }

  /**
   * CoreNLP's own statistical NER in the given configuration, without gazetteer or filters:
   * the baseline the product's pipeline is measured against.
   */
  public static TextAnnotator coreNlpOnly(NerMode mode) {
    return new TextAnnotator(new CoreNlp(mode), Gazetteer.empty(), EntityFilter.none());
  }

  /** Annotates one text. Thread-safe. */
  public AnnotatedText annotate(String text) {
    CoreNlp.Result result = nlp.annotate(text);
    List<EntityMention> mentions = new ArrayList<>();
    for (int s = 0; s < result.tokens().size(); s++) {
      List<CoreLabel> tokens = result.tokens().get(s);
      for (Gazetteer.Match m : gazetteer.find(tokens)) {
        int start = tokens.get(m.first()).beginPosition();
        int end = tokens.get(m.last()).endPosition();
        mentions.add(new EntityMention(m.entry().type(), text.substring(start, end),
            m.entry().canonical(), s, start, end, "gazetteer"));
      }
    }
    List<EntityMention> named = new ArrayList<>(mentions);
    for (CoreNlp.NerSpan span : result.mentions()) {
      if (NAMED_TYPES.contains(coarse(span.type()))
          && !overlapsAny(span.start(), span.end(), named)
          && !filter.rejects(coarse(span.type()), span.text())) {
        mentions.add(new EntityMention(coarse(span.type()), span.text(), canonical(span.text()),
            span.sentence(), span.start(), span.end(), "ner"));
      }
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start));
    return new AnnotatedText(text, result.sentences(), mentions);
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

  static boolean overlapsAny(int start, int end, List<EntityMention> mentions) {
    for (EntityMention m : mentions) {
      if (start < m.end() && m.start() < end) {
        return true;
      }
    }
    return false;
  }

  static String canonical(String surface) {
    String s = surface.strip().replaceAll("\\s+", " ");
    s = s.replaceFirst("^(?i)the ", "");
    s = s.replaceFirst("['’]s?$", "");
    return s.isEmpty() ? surface : s;
  }
}
