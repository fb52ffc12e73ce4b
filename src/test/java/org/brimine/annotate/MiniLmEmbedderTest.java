package org.brimine.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real MiniLM model: its weights come from a jar on the class path, it loads and embeds with
 * every network route closed (the Chinese model too), and its vectors put a paraphrase nearer
 * than an unrelated text.
 */
class MiniLmEmbedderTest {
  private static final MiniLmEmbedder MODEL = new MiniLmEmbedder();

  private static double cosine(float[] a, float[] b) {
    double dot = 0;
    double na = 0;
    double nb = 0;
    for (int i = 0; i < a.length; i++) {
      dot += a[i] * b[i];
      na += a[i] * a[i];
      nb += b[i] * b[i];
    }
    return dot / Math.sqrt(na * nb);
  }

  @Test
  void theWeightsAndTokenizerAreResourcesInsideAJar() {
    for (String resource : List.of("/all-minilm-l6-v2-q.onnx",
        "/all-minilm-l6-v2-q-tokenizer.json")) {
      URL url = AllMiniLmL6V2QuantizedEmbeddingModel.class.getResource(resource);
      assertTrue(url != null && url.getProtocol().equals("jar"), resource + ": " + url);
    }
  }

  @Test
  void embedsToUnitVectorsThatPutAParaphraseNearer() {
    float[] query = MODEL.embed("debt sustainability in Africa");
    float[] near = MODEL.embed("sovereign loans to Kenya and Zambia and their repayment");
    float[] far = MODEL.embed("the flutter of a swept wing in supersonic flow");
    assertEquals(384, query.length);
    assertEquals(1.0, cosine(query, query), 1e-4);
    double nearness = cosine(query, near);
    double farness = cosine(query, far);
    assertTrue(nearness > farness + 0.1, nearness + " vs " + farness);
  }

  @Test
  void oneThreadATextGivesTheVectorsOfTheDefaultThreads() {
    String text = "Sovereign loans to Kenya and Zambia and their repayment schedules";
    float[] one = new MiniLmEmbedder(1).embed(text);
    float[] all = MODEL.embed(text);
    for (int i = 0; i < all.length; i++) {
      assertEquals(all[i], one[i], 1e-5, "dimension " + i);
    }
  }

  @Test
  void readsOnlyTheFirst128WordPiecesOfALongText() {
    // 200 words of one piece each (a short common word and a comma): the first 126 fill the
    // model's 128 pieces with [CLS] and [SEP]; what follows them changes nothing
    StringBuilder start = new StringBuilder();
    for (int i = 0; i < 70; i++) {
      start.append("the railway , ");
    }
    String text = start.toString();
    float[] alone = MODEL.embed(text);
    float[] longer = MODEL.embed(text + "debt relief for sovereign borrowers in Africa");
    assertEquals(1.0, cosine(alone, longer), 1e-6);
    // the same words after a short start are read
    float[] read = MODEL.embed(text.substring(0, 200) + "debt relief for sovereign borrowers in "
        + "Africa");
    double nearness = cosine(MODEL.embed(text.substring(0, 200)), read);
    assertTrue(nearness < 0.99, "the words after a short text are read: " + nearness);
  }

  /**
   * Runs the model in a fresh JVM whose every proxy points at a closed port and whose home is
   * empty: a download (of weights, a tokenizer or a native library) would fail, and nothing
   * cached in the real home can stand in for one.
   */
  @Test
  void loadsAndEmbedsWithNoNetworkAndAnEmptyHome(@TempDir Path home)
      throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xmx512m", "-Duser.home=" + home,
        "-Dhttp.proxyHost=127.0.0.1", "-Dhttp.proxyPort=9",
        "-Dhttps.proxyHost=127.0.0.1", "-Dhttps.proxyPort=9",
        "-DsocksProxyHost=127.0.0.1", "-DsocksProxyPort=9",
        "-cp", System.getProperty("java.class.path"), Offline.class.getName())
        .redirectErrorStream(true).start();
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "timed out: " + out);
    assertEquals(0, p.exitValue(), out);
    assertTrue(out.contains("dimension 384"), out);
    assertTrue(out.contains("Chinese dimension 512"), out);
  }

  /** The child JVM's program: embed one text by each model and print the dimensions. */
  static final class Offline {
    public static void main(String[] args) {
      System.out.println("dimension " + new MiniLmEmbedder().embed("Belt and Road").length);
      System.out.println("Chinese dimension " + new BgeSmallZhEmbedder().embed("一带一路").length);
    }
  }
}
