package org.brimine.search;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * How many matching records carry one value of a facet.
 *
 * @param value the facet value
 * @param count the number of matching records with it (scaled from a sample when the results
 *     say their facet counts are estimated)
 */
public record FacetCount(String value, long count) {
  /**
   * The count for people to read: as it is when exact; when estimated, "≈" and two significant
   * figures ("≈41,000"), since a sample of 1,000 to 2,000 matches does not know more.
   */
  public String shown(boolean estimated) {
    if (!estimated) {
      return Long.toString(count);
    }
    long rounded = new BigDecimal(count).round(new MathContext(2, RoundingMode.HALF_EVEN))
        .longValue();
    return String.format(Locale.ROOT, "≈%,d", rounded);
  }
}
