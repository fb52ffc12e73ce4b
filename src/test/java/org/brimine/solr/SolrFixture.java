package org.brimine.solr;

import java.io.IOException;
import java.util.List;
import org.brimine.index.RecordWriter;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.ParsedPaper;
import org.brimine.model.ThemeScore;
import org.brimine.model.Themes;

/**
 * The papers the SolrCloud tests index locally and push to a collection: a few English and
 * Chinese papers with entities and themes, fillers, and papers made for the proximity bonus.
 */
final class SolrFixture {
  /** Far pairs: each has "alpha" and "beta" more than the bonus's slop apart. */
  static final int FAR_PAIRS = 35;
  /** How many records {@link #write} writes. */
  static final int RECORDS = 12 + 3 + FAR_PAIRS;

  private SolrFixture() {}

  static void write(RecordWriter writer) throws IOException {
    writer.write(paper("rail", 2016, "Journal of Transport", "en", "facilities-connectivity",
        "Railways and ports along the Belt and Road",
        "New railways link inland China with ports on the coast. The railway to Europe carries"
            + " freight each week, and the ports grow with it.",
        List.of(new Entity("China-Europe Railway Express", "PROJECT", 2, List.of()))));
    writer.write(paper("bank", 2017, "World Economy", "en", "financial-integration",
        "The AIIB and development finance",
        "The Asian Infrastructure Investment Bank lends to railways and power plants. Its loans"
            + " are in dollars; some are in renminbi.",
        List.of(new Entity("Asian Infrastructure Investment Bank", "FIN_INSTITUTION", 3,
            List.of("AIIB", "亚投行")))));
    writer.write(paper("swap", 2018, "World Economy", "en", "financial-integration",
        "Currency swaps and the renminbi",
        "Central banks signed currency swap lines. The swap line with the central bank of"
            + " Pakistan was renewed.",
        List.of(new Entity("renminbi", "CURRENCY", 4, List.of("RMB", "人民币")))));
    writer.write(paper("trade", 2015, "Journal of Transport", "en", "unimpeded-trade",
        "Customs clearance at the border",
        "Customs clearance and quarantine slow trade at the border. Single windows speed it.",
        List.of()));
    writer.write(paper("zh-finance", 2019, "世界经济与政治", "zh", "financial-integration",
        "一带一路资金融通研究", "资金融通是一带一路建设的重要支撑。亚投行为沿线国家的基础设施提供了贷款。",
        List.of(new Entity("Asian Infrastructure Investment Bank", "FIN_INSTITUTION", 1,
            List.of("AIIB", "亚投行")))));
    writer.write(paper("zh-gold", null, null, "zh", "unimpeded-trade", "黄金市场",
        "黄金价格上涨，冰雪融化，资本流入。", List.of()));
    for (int i = 0; i < 6; i++) {
      writer.write(paper("filler" + i, 2010 + i, "Filler Review", "en", "unimpeded-trade",
          "Notes on corridor number " + i, "A corridor of roads and pipelines, part " + i
              + ", with ports.", List.of()));
    }
    // the bonus re-orders these: "gamma delta" far apart in a short text scores more without
    // it, side by side in a longer one with it
    writer.write(paper("gamma-far", 2012, "Pair Review", "en", "unimpeded-trade",
        "Gamma notes", "gamma " + words("g", 12) + " delta.", List.of()));
    writer.write(paper("gamma-near", 2013, "Pair Review", "en", "unimpeded-trade",
        "Gamma study", "gamma delta " + words("h", 18) + ".", List.of()));
    // far pairs fill the top of "alpha beta"; the near pair, below all of them, is past the
    // window the bonus re-ranks, though within the top of its own shard
    for (int i = 0; i < FAR_PAIRS; i++) {
      writer.write(paper("alpha-far" + i, 2000 + i % 20, "Pair Review", "en", "unimpeded-trade",
          "Alpha note " + i, "alpha " + words("a", 12) + " beta.", List.of()));
    }
    writer.write(paper("alpha-near", 2014, "Pair Review", "en", "unimpeded-trade",
        "Alpha study", "alpha beta " + words("b", 20) + ".", List.of()));
  }

  private static String words(String prefix, int n) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < n; i++) {
      text.append(i == 0 ? "" : " ").append(prefix).append(i).append("x");
    }
    return text.toString();
  }

  static AnnotatedPaper paper(String id, Integer year, String venue, String lang,
      String theme, String title, String text, List<Entity> entities) {
    PaperMetadata metadata = new PaperMetadata(title, List.of("Wang Nan"), year, venue, null,
        null, lang);
    Paper paper = new Paper(id, "papers/" + id + ".txt", text, metadata, Hashes.sha256(id));
    ParsedPaper parsed = new ParsedPaper(id, paper, title, false, text, List.of(), List.of(),
        List.of()).withLanguages(lang, null, null, null, null);
    return new AnnotatedPaper(parsed, new AnnotatedText("", List.of(), List.of()), entities,
        new Themes(List.of(), List.of(new ThemeScore(theme, weight(id), 1)), List.of()));
  }

  /** A theme weight of its own for each paper, so that a theme query has an order. */
  static double weight(String id) {
    return 0.05 + Math.floorMod(id.hashCode(), 19) * 0.05;
  }
}
