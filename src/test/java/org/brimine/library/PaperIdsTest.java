package org.brimine.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.parse.WorkIds;
import org.junit.jupiter.api.Test;

/** Each file gets an id no other file's paper holds, and keeps it. */
class PaperIdsTest {
  private static final String X = WorkIds.forWork("Ports", 2020);

  private static Paper paper(String slug, String title, String doi) {
    return new Paper(slug, "papers/" + slug + ".txt", "text of " + slug,
        new PaperMetadata(title, List.of(), 2020, null, doi, null, null), "hash-" + slug);
  }

  @Test
  void theFirstFileOfATitleHasTheWorkIdAndTheNextOneItsOwn() {
    PaperIds ids = new PaperIds(Map.of());
    assertEquals(X, ids.assign(paper("x", "Ports", null)));
    String second = ids.assign(paper("x-2", "Ports", null));
    assertTrue(second.startsWith(X + "-"), second);
    assertEquals("papers/x.txt", ids.holder(X));
    assertEquals(second, ids.assign(paper("x-2", "Ports", null)), "the same file, the same id");
  }

  @Test
  void aFileKeepsTheIdTheIndexHasForIt() {
    PaperIds ids = new PaperIds(Map.of("papers/x-2.txt", X, "papers/x.txt", X + "-0badf00d"));
    assertEquals(X, ids.assign(paper("x-2", "Ports", null)));
    assertEquals(X + "-0badf00d", ids.assign(paper("x", "Ports", "10.1/new")));
  }

  @Test
  void aDoiGivesTheSameIdWhateverItsForm() {
    String plain = new PaperIds(Map.of("papers/a.txt", X))
        .assign(paper("b", "Ports", "10.1/Rail"));
    String resolver = new PaperIds(Map.of("papers/a.txt", X))
        .assign(paper("c", "Ports", "https://doi.org/10.1/rail"));
    assertEquals(plain, resolver);
    assertNotEquals(X, plain);
    // the DOI as the export readers compare it (WorkKeys.doi), in every form they meet
    for (String form : List.of("doi 10.1/rail", "DOI:10.1/RAIL", "https://doi.org/10.1/rail")) {
      assertEquals(plain, new PaperIds(Map.of("papers/a.txt", X)).assign(paper("d", "Ports", form)),
          form);
      assertEquals("10.1/rail", org.brimine.model.WorkKeys.doi(form), form);
    }
  }

  @Test
  void anIdFreedByARetitledFileGoesToTheNextFileOfThatTitle() {
    PaperIds ids = new PaperIds(Map.of("papers/a.txt", X));
    assertEquals(WorkIds.forWork("Rails", 2020), ids.assign(paper("a", "Rails", null)));
    assertNull(ids.holder(X));
    assertEquals(X, ids.assign(paper("b", "Ports", null)));
  }
}
