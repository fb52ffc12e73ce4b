package org.brimine.ingest;

import org.brimine.model.Paper;
import org.brimine.model.Problem;

/**
 * What reading one corpus file gave: a paper, or the problem that kept it out.
 *
 * @param paper the paper, or null when the file was rejected
 * @param problem why the file was rejected, or null when it was read
 */
public record ReadResult(Paper paper, Problem problem) {
  public ReadResult {
    if ((paper == null) == (problem == null)) {
      throw new IllegalArgumentException("exactly one of paper and problem must be given");
    }
  }

  static ReadResult of(Paper paper) {
    return new ReadResult(paper, null);
  }

  static ReadResult rejected(String source, Rejection.Reason reason, String detail) {
    return new ReadResult(null, reason.problem(source, detail));
  }

  /** Whether the file was read into a paper. */
  public boolean ok() {
    return paper != null;
  }
}
