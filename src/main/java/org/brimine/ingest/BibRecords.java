package org.brimine.ingest;

import java.util.List;
import org.brimine.model.Problem;

/**
 * What reading a bibliographic file gave: its records, and the problems met, each naming the
 * file and where in it.
 *
 * @param records the records read, in file order
 * @param problems entries or lines that could not be read
 */
public record BibRecords(List<BibRecord> records, List<Problem> problems) {
  public BibRecords {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }
}
