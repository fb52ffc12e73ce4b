package org.brimine.maps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.brimine.search.PaperTraits;
import org.junit.jupiter.api.Test;

/** Kleinberg's two-state automaton on streams whose bursts are known by construction. */
class BurstsTest {
  /** A paper of this year with these keyphrases. */
  private static PaperTraits paper(int n, int year, List<String> keyphrases) {
    return new PaperTraits("p" + n, year, List.of(), List.of(), keyphrases, List.of(), List.of(),
        List.of());
  }

  /**
   * Ten papers a year from 2010 to 2019; "belt and road" in five of them every year,
   * "digital silk road" in none until 2017 and in eight a year from then on.
   */
  private static List<PaperTraits> corpus() {
    List<PaperTraits> papers = new ArrayList<>();
    for (int year = 2010; year <= 2019; year++) {
      for (int i = 0; i < 10; i++) {
        List<String> phrases = new ArrayList<>();
        if (i < 5) {
          phrases.add("belt and road");
        }
        if (year >= 2017 && i < 8) {
          phrases.add("digital silk road");
        }
        papers.add(paper(papers.size(), year, phrases));
      }
    }
    return papers;
  }

  @Test
  void findsTheBurstOfATermAbsentForYearsThenFrequent() {
    BurstReport report = new Bursts().find(BurstField.KEYWORD, corpus());
    // p0 = 24/100, p1 = 0.48: each burst year (8 of 10) costs
    // 8 ln(0.48/0.24) + 2 ln(0.52/0.76) less in the burst state, which pays for entering it
    double strength = 3 * (8 * Math.log(2) + 2 * Math.log(0.52 / 0.76));
    assertEquals(1, report.bursts().size(), report.toString());
    BurstReport.Burst burst = report.bursts().get(0);
    assertEquals("digital silk road", burst.term());
    assertEquals(2017, burst.start());
    assertEquals(2019, burst.end());
    assertEquals(strength, burst.strength(), 1e-9);
    assertEquals("keyword", report.field());
  }

  @Test
  void aTermUsedAtAnEvenRateHasNoBurst() {
    List<PaperTraits> papers = corpus().stream()
        .map(p -> paper(Integer.parseInt(p.id().substring(1)), p.year(),
            p.keyphrases().stream().filter(k -> k.equals("belt and road")).toList()))
        .toList();
    assertEquals(List.of(), new Bursts().find(BurstField.KEYWORD, papers).bursts());
  }

  @Test
  void aSingleUseDoesNotPayForEnteringABurst() {
    // one use in 2015 among ten papers a year: in burst it saves ln 2 + 9 ln(0.998/0.999)
    // against the ln 10 of entering the burst state
    List<PaperTraits> papers = new ArrayList<>();
    for (int year = 2010; year <= 2019; year++) {
      for (int i = 0; i < 10; i++) {
        papers.add(paper(papers.size(), year,
            year == 2015 && i == 0 ? List.of("silk road fund") : List.of()));
      }
    }
    assertEquals(List.of(), new Bursts().find(BurstField.KEYWORD, papers).bursts());
  }

  @Test
  void refusesARateRatioOfOneOrLess() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class, () -> new Bursts(1, 1));
    assertEquals("s must be above 1, got 1.0", e.getMessage());
  }
}
