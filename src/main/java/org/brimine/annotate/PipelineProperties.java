package org.brimine.annotate;

import java.util.Properties;

/** Builds CoreNLP's Properties: the one place they are set. */
final class PipelineProperties {
  static final String THREE_CLASS_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private PipelineProperties() {}

  static Properties of(NerMode mode) {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
    if (mode == NerMode.PRODUCT) {
      props.setProperty("ner.model", THREE_CLASS_MODEL);
      props.setProperty("ner.applyNumericClassifiers", "false");
      props.setProperty("ner.useSUTime", "false");
      props.setProperty("ner.applyFineGrained", "false");
      props.setProperty("ner.statisticalOnly", "true");
    }
    return props;
  }

  /** Tokenization alone, as the full pipeline tokenizes, for gazetteer names. */
  static Properties tokenizeOnly() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize");
    return props;
  }
}
