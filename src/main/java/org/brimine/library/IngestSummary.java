package org.brimine.library;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** Counts of what a run did with each file, and the reasons files were rejected. */
public final class IngestSummary {
  /** What happened to one file. */
  public enum Outcome { ADDED, REPLACED, MERGED, UNCHANGED, REJECTED }

  private final Map<Outcome, Integer> outcomes = new EnumMap<>(Outcome.class);
  private final Map<String, Integer> rejectReasons = new TreeMap<>();
  private int unparsedReferences;

  public void count(Outcome outcome) {
    outcomes.merge(outcome, 1, Integer::sum);
  }

  public void rejected(String reason) {
    count(Outcome.REJECTED);
    rejectReasons.merge(reason, 1, Integer::sum);
  }

  public void unparsedReferences(int n) {
    unparsedReferences += n;
  }

  public int get(Outcome outcome) {
    return outcomes.getOrDefault(outcome, 0);
  }

  public boolean anyRejected() {
    return get(Outcome.REJECTED) > 0;
  }

  public int files() {
    return outcomes.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** One line: "3 files: 1 added, 0 replaced, 2 unchanged, 0 rejected". */
  public String line() {
    StringBuilder s = new StringBuilder();
    s.append(files()).append(files() == 1 ? " file: " : " files: ")
        .append(get(Outcome.ADDED)).append(" added, ")
        .append(get(Outcome.REPLACED)).append(" replaced, ");
    if (get(Outcome.MERGED) > 0) {
      s.append(get(Outcome.MERGED)).append(" merged, ");
    }
    s.append(get(Outcome.UNCHANGED)).append(" unchanged, ")
        .append(get(Outcome.REJECTED)).append(" rejected");
    if (!rejectReasons.isEmpty()) {
      s.append(' ').append(rejectReasons);
    }
    if (unparsedReferences > 0) {
      s.append("; ").append(unparsedReferences).append(" references kept unparsed");
    }
    return s.toString();
  }
}
