package org.brimine.annotate;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreEntityMention;
import edu.stanford.nlp.pipeline.CoreSentence;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
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
    this.pipeline = new StanfordCoreNLP(PipelineProperties.of(mode));
  }

  /** A statistical mention: where it is in the text and CoreNLP's type for it. */
  record NerSpan(String type, int sentence, int start, int end, String text) {}

  /** What the pipeline found in a text. */
  record Result(List<Sentence> sentences, List<List<CoreLabel>> tokens, List<NerSpan> mentions) {}

  /** Annotates a text. */
  Result annotate(String text) {
    CoreDocument doc = new CoreDocument(text);
    pipeline.annotate(doc);
    List<Sentence> sentences = new ArrayList<>();
    List<List<CoreLabel>> tokens = new ArrayList<>();
    int index = 0;
    for (CoreSentence s : doc.sentences()) {
      List<Token> kept = new ArrayList<>(s.tokens().size());
      for (CoreLabel t : s.tokens()) {
        kept.add(new Token(t.originalText(), t.lemma(), t.tag(), t.beginPosition(),
            t.endPosition()));
      }
      int start = s.charOffsets().first();
      int end = s.charOffsets().second();
      sentences.add(new Sentence(index++, text.substring(start, end), start, end, kept));
      tokens.add(s.tokens());
    }
    List<NerSpan> mentions = new ArrayList<>();
    for (CoreEntityMention m : doc.entityMentions()) {
      int sentence = sentenceAt(sentences, m.charOffsets().first());
      mentions.add(new NerSpan(m.entityType(), sentence, m.charOffsets().first(),
          m.charOffsets().second(), m.text()));
    }
    return new Result(sentences, tokens, mentions);
  }

  private static int sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (offset < s.end()) {
        return s.index();
      }
    }
    return sentences.size() - 1;
  }

  /** The number of tokens the pipeline would make of a text: tokenization only. */
  static List<CoreLabel> tokenize(StanfordCoreNLP tokenizer, String text) {
    CoreDocument doc = new CoreDocument(text);
    tokenizer.annotate(doc);
    return doc.tokens();
  }
}
