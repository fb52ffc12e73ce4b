package org.brimine.annotate;

import java.util.ArrayList;
import java.util.List;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.EntityMention;
import org.brimine.model.Sentence;
import org.brimine.model.Token;

/**
 * What the annotation cache keeps for one text, in a compact form: sentences as offsets, and
 * tokens as parallel arrays (their words are cut from the text again when read), so that a
 * rebuild spends its time indexing, not parsing JSON.
 *
 * @param sentences the sentences
 * @param mentions the entity mentions
 * @param entities the entities, counted once each
 */
record CachedAnnotation(List<CompactSentence> sentences, List<EntityMention> mentions,
    List<Entity> entities) {

  /** A sentence: its span, and its tokens' spans, lemmas and part-of-speech tags. */
  record CompactSentence(int start, int end, int[] starts, int[] ends, String[] lemmas,
      String[] tags) {}

  CachedAnnotation {
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    entities = List.copyOf(entities);
  }

  static CachedAnnotation of(AnnotatedText text, List<Entity> entities) {
    List<CompactSentence> sentences = new ArrayList<>(text.sentences().size());
    for (Sentence s : text.sentences()) {
      int n = s.tokens().size();
      int[] starts = new int[n];
      int[] ends = new int[n];
      String[] lemmas = new String[n];
      String[] tags = new String[n];
      for (int i = 0; i < n; i++) {
        Token t = s.tokens().get(i);
        starts[i] = t.start();
        ends[i] = t.end();
        lemmas[i] = t.lemma();
        tags[i] = t.pos();
      }
      sentences.add(new CompactSentence(s.start(), s.end(), starts, ends, lemmas, tags));
    }
    return new CachedAnnotation(sentences, text.mentions(), entities);
  }

  /** The annotated text again, given the text it was made from. */
  AnnotatedText toText(String text) {
    List<Sentence> out = new ArrayList<>(sentences.size());
    for (CompactSentence s : sentences) {
      List<Token> tokens = new ArrayList<>(s.starts().length);
      for (int i = 0; i < s.starts().length; i++) {
        tokens.add(new Token(text.substring(s.starts()[i], s.ends()[i]), s.lemmas()[i],
            s.tags()[i], s.starts()[i], s.ends()[i]));
      }
      out.add(new Sentence(out.size(), text.substring(s.start(), s.end()), s.start(), s.end(),
          tokens));
    }
    return new AnnotatedText(text, out, mentions);
  }
}
