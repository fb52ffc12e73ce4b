package org.brimine.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.Set;
import org.brimine.maps.MapKind;
import org.brimine.maps.ScienceMap;
import org.junit.jupiter.api.Test;

/** Where a click on a map node leads, for the kinds the fixture index has no node of. */
class MapLinksTest {
  private static final SearchParams SEARCH = SearchParams.of(Map.of("q", "railway",
      "yearFrom", "2019"), Set.of());

  private static String href(MapKind kind, String id) {
    return MapLinks.href(kind, new ScienceMap.Node(id, id, 1, 1, null), SEARCH);
  }

  @Test
  void aPaperOfACouplingMapOpensItsPage() {
    assertEquals("/papers/paper%2F1", href(MapKind.COUPLING, "paper/1"));
  }

  @Test
  void anEntityNodeFiltersByItsNameAndType() {
    assertEquals("/?q=railway&yearFrom=2019&entity=Silk+Road+Fund+%28SRF%29"
        + "&entityType=FIN_INSTITUTION", href(MapKind.ENTITIES, "Silk Road Fund (SRF) (FIN_INSTITUTION)"));
    assertEquals("/?q=railway&yearFrom=2019&entity=Laos+%28PDR%29",
        href(MapKind.ENTITIES, "Laos (PDR)"), "no type: any entity of that name");
  }

  @Test
  void anAuthorNodeAddsItsClauseToTheQuery() {
    assertEquals("/?q=%28railway%29+AND+author%3A%22Li+%5C%22Wei%5C%22%22&yearFrom=2019",
        href(MapKind.COAUTHOR, "Li \"Wei\""));
  }

  @Test
  void aThemeOrEntityNodeOfASearchFilteredByAnotherKeepsThatFilterAndAddsItsClause() {
    SearchParams kenya = SearchParams.of(Map.of("q", "railway", "entity", "Kenya",
        "entityType", "COUNTRY", "theme", "trade"), Set.of("trade", "finance"));
    ScienceMap.Node china = new ScienceMap.Node("China", "China", 1, 1, null);
    assertEquals("/?q=%28railway%29+AND+country%3A%22China%22&theme=trade&entityType=COUNTRY"
        + "&entity=Kenya", MapLinks.href(MapKind.COUNTRIES, china, kenya));
    ScienceMap.Node finance = new ScienceMap.Node("finance", "finance", 1, 1, null);
    assertEquals("/?q=%28railway%29+AND+theme%3A%22finance%22&theme=trade&entityType=COUNTRY"
        + "&entity=Kenya", MapLinks.href(MapKind.THEMES, finance, kenya));
    ScienceMap.Node same = new ScienceMap.Node("Kenya", "Kenya", 1, 1, null);
    assertEquals("/?q=railway&theme=trade&entityType=COUNTRY&entity=Kenya",
        MapLinks.href(MapKind.COUNTRIES, same, kenya), "its own entity: the same search");
  }
}
