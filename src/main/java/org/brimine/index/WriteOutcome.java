package org.brimine.index;

/** What writing one paper did to the index. */
public enum WriteOutcome {
  /** The paper is new. */
  ADDED,
  /** The paper's file was indexed before, with other content: the old record was replaced. */
  REPLACED,
  /** The paper's full text now stands where a record known only from references stood. */
  MERGED
}
