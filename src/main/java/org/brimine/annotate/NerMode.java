package org.brimine.annotate;

/** Which CoreNLP NER configuration a pipeline runs. */
public enum NerMode {
  /**
   * The product's pipeline, chosen by measurement (see BENCHMARKS.md): the 3-class CRF model
   * alone (PERSON, ORGANIZATION, LOCATION), without SUTime, the numeric classifiers and the
   * fine-grained KBP gazetteers; the BRI gazetteer supplies the domain's types instead.
   */
  PRODUCT,
  /**
   * CoreNLP's default {@code tokenize,ssplit,pos,lemma,ner}: three CRF models, SUTime, numeric
   * classifiers and fine-grained NER. Kept for the benchmark and the quality comparison.
   */
  DEFAULT
}
