package org.brimine.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.brimine.eval.EntityEvaluation;
import org.brimine.eval.Measures;
import org.brimine.themes.ThemeEvaluation;

/** What the {@code bri eval} commands print with {@code --json}: Jackson writes these records. */
final class EvalJson {
  private EvalJson() {}

  /** Precision, recall and F1 with the counts they come from. */
  @JsonPropertyOrder({"precision", "recall", "f1", "tp", "fp", "fn"})
  record Figures(double precision, double recall, double f1, int tp, int fp, int fn) {
    static Figures of(EntityEvaluation.Counts c) {
      return new Figures(c.precision(), c.recall(), c.f1(), c.tp(), c.fp(), c.fn());
    }

    static Figures of(ThemeEvaluation.ThemeFigures f) {
      return new Figures(f.precision(), f.recall(), f.f1(), f.truePositives(),
          f.falsePositives(), f.falseNegatives());
    }
  }

  /** {@code bri eval entities --json}: overall, canonical names only, spans, then each type. */
  @JsonPropertyOrder({"items", "overall", "canonicalOnly", "spans", "types"})
  record Entities(int items, Figures overall, Figures canonicalOnly, Figures spans,
      Map<String, Figures> types) {
    static Entities of(EntityEvaluation e) {
      return new Entities(e.items(), Figures.of(e.overall()), Figures.of(e.canonicalOnly()),
          Figures.of(e.spans()), inOrder(e.types(), t -> Figures.of(e.byType().get(t))));
    }
  }

  /** {@code bri eval themes --json}: macro and micro F1, then each theme. */
  @JsonPropertyOrder({"items", "macroF1", "microF1", "themes"})
  record Themes(int items, double macroF1, double microF1, Map<String, Figures> themes) {
    static Themes of(ThemeEvaluation e) {
      Map<String, Figures> themes = new LinkedHashMap<>();
      e.figures().forEach(f -> themes.put(f.theme(), Figures.of(f)));
      return new Themes(e.items(), e.macroF1(), e.microF1(), themes);
    }
  }

  /** {@code bri eval retrieval --json}: the mean figures of the product and of the baseline. */
  @JsonPropertyOrder({"queries", "product", "baseline"})
  record Retrieval(int queries, Rounded product, Rounded baseline, Rounded lexical,
      Rounded dense, Rounded hybrid) {}

  /** Mean retrieval figures, rounded to four decimals. */
  @JsonPropertyOrder({"map", "ndcg10", "p10", "recall100"})
  record Rounded(double map, double ndcg10, double p10, double recall100) {
    static Rounded of(Measures m) {
      return new Rounded(round(m.map()), round(m.ndcg10()), round(m.p10()),
          round(m.recall100()));
    }

    private static double round(double x) {
      return Math.round(x * 10_000) / 10_000.0;
    }
  }

  private static <T> Map<String, T> inOrder(List<String> keys, Function<String, T> value) {
    Map<String, T> map = new LinkedHashMap<>();
    keys.forEach(k -> map.put(k, value.apply(k)));
    return map;
  }
}
