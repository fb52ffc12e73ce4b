package org.brimine.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataFilesTest {
  @Test
  void entriesAreStrippedLinesWithoutBlanksOrCommentsInTheFilesOrder() {
    assertEquals(List.of("Silk Road Fund", "AIIB", "丝路基金"),
        DataFiles.entries(DataFilesTest.class, "data-files-sample.txt"));
  }

  @Test
  void aMissingFileNamesItselfAndWhereItWasLookedFor() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DataFiles.entries(DataFilesTest.class, "no-such-list.txt"));
    assertTrue(e.getMessage().contains("no-such-list.txt")
        && e.getMessage().contains(DataFilesTest.class.getName()), e.getMessage());
  }
}
