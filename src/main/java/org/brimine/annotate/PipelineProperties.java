package org.brimine.annotate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.TreeMap;

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

  /** The Chinese segmenter model of the product's pipeline (see BENCHMARKS.md). */
  static final String CHINESE_SEGMENTER = "edu/stanford/nlp/models/segmenter/chinese/ctb.small.gz";
  /** CoreNLP's default Chinese pipeline, as shipped in its models-chinese jar. */
  static final String CHINESE_DEFAULT = "StanfordCoreNLP-chinese.properties";

  /**
   * The Chinese pipeline: CoreNLP's default properties file as shipped, or the product's
   * {@code tokenize,ssplit,pos,ner}: the CTB segmenter, the CTB tagger (for the keyphrases'
   * noun compounds) and the statistical CRF NER alone; no lemma (Chinese has none), parse,
   * coref, numeric classifiers or fine-grained regexner. Every file it names must be among the
   * {@code zh.models} that pom.xml unpacks.
   */
  static Properties chinese(NerMode mode) {
    return mode == NerMode.DEFAULT ? chineseDefault() : chinese(CHINESE_SEGMENTER);
  }

  /** The product's Chinese pipeline with the given segmenter model (for the benchmark). */
  static Properties chinese(String segmenterModel) {
    String dir = "edu/stanford/nlp/models/segmenter/chinese";
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,ner");
    props.setProperty("tokenize.language", "zh");
    props.setProperty("segment.model", segmenterModel);
    props.setProperty("segment.sighanCorporaDict", dir);
    props.setProperty("segment.serDictionary", dir + "/dict-chris6.ser.gz");
    props.setProperty("segment.sighanPostProcessing", "true");
    props.setProperty("ssplit.boundaryTokenRegex", "[.。]|[!?！？]+");
    props.setProperty("pos.model", "edu/stanford/nlp/models/pos-tagger/chinese-distsim.tagger");
    props.setProperty("ner.language", "chinese");
    props.setProperty("ner.model", "edu/stanford/nlp/models/ner/chinese.misc.distsim.crf.ser.gz");
    props.setProperty("ner.applyNumericClassifiers", "false");
    props.setProperty("ner.useSUTime", "false");
    props.setProperty("ner.applyFineGrained", "false");
    props.setProperty("ner.statisticalOnly", "true");
    return props;
  }

  /** See {@link TextAnnotator#loadChinese(NerMode, String)}. */
  static Properties chineseVariant(NerMode mode, String variant) {
    String[] kv = variant.split("=", 2);
    if (kv.length != 2 || !(kv[0].equals("annotators") || kv[0].equals("segmenter")
        || kv[0].equals("ner"))) {
      throw new IllegalArgumentException("expected annotators=A+B, segmenter=MODEL or "
          + "ner=MODEL, got '" + variant + "'");
    }
    if (kv[0].equals("segmenter")) {
      return chinese(kv[1]);
    }
    Properties props = chinese(mode);
    if (kv[0].equals("ner")) {
      props.setProperty("ner.model", kv[1]);
    } else {
      props.setProperty("annotators", kv[1].replace('+', ','));
    }
    return props;
  }

  private static Properties chineseDefault() {
    Properties props = new Properties();
    try (InputStream in = PipelineProperties.class.getClassLoader()
        .getResourceAsStream(CHINESE_DEFAULT)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + CHINESE_DEFAULT
            + " (CoreNLP's models-chinese jar, unpacked into target/zh-models by the build)");
      }
      props.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return props;
  }

  /** Properties as one line, keys sorted: for cache fingerprints. */
  static String describe(Properties props) {
    return new TreeMap<>(props).toString();
  }

  /** Tokenization alone, as the full pipeline tokenizes, for gazetteer names. */
  static Properties tokenizeOnly() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize");
    return props;
  }
}
