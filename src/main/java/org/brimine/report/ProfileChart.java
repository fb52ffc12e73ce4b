package org.brimine.report;

import java.util.List;
import java.util.Map;
import org.brimine.model.ThemeScore;

/** A paper's theme profile as an SVG chart, for its page. */
public final class ProfileChart {
  private ProfileChart() {}

  /** The profile as an SVG element; empty when the paper has no themes. */
  public static String svg(List<ThemeScore> scores, Map<String, String> labels) {
    return scores.isEmpty() ? "" : Charts.svg(Charts.profile(scores, labels));
  }
}
