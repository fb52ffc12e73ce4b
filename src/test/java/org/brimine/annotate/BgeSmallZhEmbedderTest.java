package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.bgesmallzhv15q.BgeSmallZhV15QuantizedEmbeddingModel;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The real bge-small-zh model: the 1.11 model jar links against the 1.19 langchain4j base on the
 * class path, its weights are resources inside a jar, our own session of it gives the packaged class's
 * vectors, and its vectors put a Chinese paraphrase
 * nearer than an unrelated text. (Loading with no network: MiniLmEmbedderTest.)
 */
class BgeSmallZhEmbedderTest {
  private static final BgeSmallZhEmbedder MODEL = new BgeSmallZhEmbedder();

  private static double dot(float[] a, float[] b) {
    double dot = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
    }
    return dot;
  }

  @Test
  void theWeightsAndTokenizerAreResourcesInsideAJar() {
    for (String resource : List.of("/bge-small-zh-v1.5-q.onnx",
        "/bge-small-zh-v1.5-q-tokenizer.json")) {
      URL url = BgeSmallZhV15QuantizedEmbeddingModel.class.getResource(resource);
      assertTrue(url != null && url.getProtocol().equals("jar"), resource + ": " + url);
    }
  }

  @Test
  void embedsToUnitVectorsThatPutAParaphraseNearer() {
    float[] query = MODEL.embed(BgeSmallZhEmbedder.QUERY_INSTRUCTION + "非洲的债务可持续性");
    float[] near = MODEL.embed("中国向肯尼亚和赞比亚提供的主权贷款及其偿还");
    float[] far = MODEL.embed("超音速气流中后掠翼的颤振");
    assertEquals(512, query.length);
    assertEquals(1.0, dot(query, query), 1e-4);
    double nearness = dot(query, near);
    double farness = dot(query, far);
    assertTrue(nearness > farness + 0.05, nearness + " vs " + farness);
  }

  @Test
  void ourSessionOnOneThreadGivesThePackagedModelsVectors() {
    BgeSmallZhV15QuantizedEmbeddingModel packaged = new BgeSmallZhV15QuantizedEmbeddingModel();
    BgeSmallZhEmbedder oneThread = new BgeSmallZhEmbedder(1);
    for (String text : List.of("中国向肯尼亚和赞比亚提供的主权贷款及其偿还",
        BgeSmallZhEmbedder.QUERY_INSTRUCTION + "亚投行")) {
      float[] expected = packaged.embed(text).content().vector();
      float[] actual = oneThread.embed(text);
      assertEquals(expected.length, actual.length);
      for (int i = 0; i < expected.length; i++) {
        assertEquals(expected[i], actual[i], 1e-5, text + " at " + i);
      }
    }
  }
}
