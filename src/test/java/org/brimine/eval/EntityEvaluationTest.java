package org.brimine.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.brimine.eval.EntityEvaluation.Counts;
import org.brimine.eval.EntityEvaluation.Found;
import org.junit.jupiter.api.Test;

/** Micro counts over (canonical, type) sets, made up for the test. */
class EntityEvaluationTest {
  @Test
  void aWrongTypeIsAMissAndAnExtraButTheNameStillCountsWithTypesIgnored() {
    EntityEvaluation e = new EntityEvaluation();
    e.add(Set.of(Found.entity("China", "COUNTRY"), Found.entity("People’s Bank of China",
            "FIN_INSTITUTION")),
        Set.of(Found.entity("china", "LOCATION"), Found.entity("People's  Bank of China",
            "FIN_INSTITUTION")),
        Set.of(Found.span(0, 5, "COUNTRY")), Set.of(Found.span(0, 5, "LOCATION")));
    assertEquals(new Counts(1, 1, 1), e.overall());
    assertEquals(new Counts(2, 0, 0), e.canonicalOnly());
    assertEquals(new Counts(0, 1, 1), e.spans());
    assertEquals(new Counts(0, 0, 1), e.byType().get("COUNTRY"));
    assertEquals(new Counts(0, 1, 0), e.byType().get("LOCATION"));
    assertEquals(0.5, e.overall().f1(), 1e-9);
  }
}
