package org.brimine.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.brimine.model.Sentence;
import org.brimine.model.Token;

/**
 * Runs a CoreNLP pipeline on a text and reads its sentences, tokens and statistical entity
 * mentions out of CoreNLP's types.
 *
 * <p>NOTE: loading the models takes seconds and about 1 GB of heap: build one and share it. It is
 * safe to call from several threads at once.
 */
public final class CoreNlp {
  private final StanfordCoreNLP pipeline;

  /** Loads the pipeline of the given NER configuration. */
  public CoreNlp(NerMode mode) {
    this(PipelineProperties.of(mode));
  }

  /** Loads a pipeline of the given properties (see {@link PipelineProperties}). */
  CoreNlp(Properties props) {
    this.pipeline = new StanfordCoreNLP(props);
  }

  /** Loads the Chinese pipeline of the given configuration. */
  public static CoreNlp chinese(NerMode mode) {
    return new CoreNlp(PipelineProperties.chinese(mode));
  }

  /**
   * A statistical mention: where it is in the text, CoreNLP's type for it, and the
   * part-of-speech tags of its tokens.
   */
  record NerSpan(String type, int sentence, int start, int end, String text, List<String> tags) {}

  /**
   * What the pipeline found in a part of a text. Sentences and mentions carry offsets into the
   * whole text; the CoreNLP tokens keep offsets into the part, which starts at {@code base}.
   */
  record Result(List<Sentence> sentences, List<List<CoreLabel>> tokens, List<NerSpan> mentions,
      int base) {}

  /**
   * Annotates the characters {@code chunk} of a text, numbering its sentences from
   * {@code firstSentence}.
   */
  Result annotate(String text, TextChunks.Chunk chunk, int firstSentence) {
    int base = chunk.start();
    CoreDocument doc = new CoreDocument(text.substring(chunk.start(), chunk.end()));
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<List<CoreLabel>> tokens = new ArrayList<>();
    int index = firstSentence;
    for (CoreSentence s : doc.sentences()) {
      List<Token> kept = new ArrayList<>(s.tokens().size());
      for (CoreLabel t : s.tokens()) {
        // Chinese has no lemmas: the word stands for itself
        String lemma = t.lemma() != null ? t.lemma() : t.originalText();
        kept.add(new Token(t.originalText(), lemma, t.tag(), base + t.beginPosition(),
            base + t.endPosition()));
      }
      int start = base + s.charOffsets().first();
      int end = base + s.charOffsets().second();
      sentences.add(new Sentence(index++, text.substring(start, end), start, end, kept));
      tokens.add(s.tokens());
    }
    List<NerSpan> mentions = new ArrayList<>();
    // null when the pipeline has no ner (a benchmark's variant)
    List<CoreEntityMention> found = doc.entityMentions() == null ? List.of()
        : doc.entityMentions();
    for (CoreEntityMention m : found) {
      int start = base + m.charOffsets().first();
      mentions.add(new NerSpan(m.entityType(), sentenceAt(sentences, start), start,
          base + m.charOffsets().second(), m.text(),
          m.tokens().stream().map(CoreLabel::tag).toList()));
    }
    return new Result(sentences, tokens, mentions, base);
  }

  /** The index of the sentence an offset is in: a binary search over the sentences' ends. */
  private static int sentenceAt(List<Sentence> sentences, int offset) {
    if (sentences.isEmpty()) {
      return -1;
    }
    int lo = 0;
    int hi = sentences.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (offset < sentences.get(mid).end()) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return sentences.get(lo).index();
  }

  /** The number of tokens the pipeline would make of a text: tokenization only. */
  static List<CoreLabel> tokenize(StanfordCoreNLP tokenizer, String text) {
    CoreDocument doc = new CoreDocument(text);
    tokenizer.annotate(doc);
    return doc.tokens();
  }
}
