package org.brimine.solr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ThemeClausesTest {
  private static final String TRADE = ThemeClauses.rank("unimpeded-trade");
  private static final String FINANCE = ThemeClauses.rank("financial-integration");

  @Test
  void themeClauseBecomesTheRankQueryOfItsThemesWeight() {
    assertEquals("_query_:\"{!rank f='theme_rank.unimpeded-trade' function=satu weight=1 "
        + "pivot=0.2}\"", TRADE);
    assertEquals("railways " + TRADE, ThemeClauses.rewrite("railways theme:unimpeded-trade"));
    assertEquals("+" + TRADE + "^2 -" + FINANCE,
        ThemeClauses.rewrite("+Theme:Unimpeded-Trade^2 -theme:\"financial-integration\""));
  }

  @Test
  void groupOfThemesBecomesAGroupOfRankQueries() {
    assertEquals("(" + TRADE + " OR -" + FINANCE + ") ports",
        ThemeClauses.rewrite("theme:(unimpeded-trade OR -financial-integration) ports"));
  }

  @Test
  void phrasesRangesAndOtherFieldsAreLeftAsTheyAre() {
    for (String query : java.util.List.of("\"theme:unimpeded-trade\"", "title:theme\\:x",
        "subtheme:x", "year:[2010 TO 2012]", "keyword:theme")) {
      assertEquals(query, ThemeClauses.rewrite(query));
    }
  }

  @Test
  void aValueThatIsNotAThemeIdStaysAFilterAndNeverReachesTheLocalParameters() {
    // theme:fin* filters by the ids it matches locally; as a rank query it named a field
    // 'theme_rank.fin*' and matched nothing, and a quote could close the local parameters
    for (String query : java.util.List.of("theme:fin*", "theme:fi'n*", "theme:\"a' f='x\"",
        "theme:unimp?ded-trade", "theme:zz~", "theme:trade~1")) {
      assertEquals(query, ThemeClauses.rewrite(query));
    }
    assertEquals("(theme:fin* OR " + TRADE + ")",
        ThemeClauses.rewrite("theme:(fin* OR unimpeded-trade)"));
  }
}
