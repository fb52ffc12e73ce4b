package org.brimine.bench;

/**
 * What synthetic corpus to build.
 *
 * @param papers how many papers
 * @param seed the random seed: the same seed and material give the same corpus
 * @param referencePool how many distinct works the papers may cite
 * @param citationExponent the Zipf exponent of how often each work is cited
 * @param minReferences the fewest references a paper has
 * @param maxReferences the most references a paper has
 * @param minParagraphs the fewest body paragraphs a paper has
 * @param maxParagraphs the most body paragraphs a paper has
 */
public record ScaleSpec(int papers, long seed, int referencePool, double citationExponent,
    int minReferences, int maxReferences, int minParagraphs, int maxParagraphs) {
  /** Works that may be cited, per paper: most are cited once or twice, a few by thousands. */
  public static final int REFERENCES_PER_PAPER = 5;

  public ScaleSpec {
    if (papers < 1) {
      throw new IllegalArgumentException("papers must be 1 or more, got " + papers);
    }
    if (referencePool < 1) {
      throw new IllegalArgumentException("reference pool must be 1 or more, got " + referencePool);
    }
    if (minReferences < 0 || maxReferences < minReferences || maxReferences > referencePool) {
      throw new IllegalArgumentException("references per paper must be 0 <= min <= max <= pool, "
          + "got " + minReferences + ".." + maxReferences + " of " + referencePool);
    }
    if (minParagraphs < 1 || maxParagraphs < minParagraphs) {
      throw new IllegalArgumentException("paragraphs per paper must be 1 <= min <= max, got "
          + minParagraphs + ".." + maxParagraphs);
    }
  }

  /**
   * The corpus used for the benchmarks: 3 to 15 body paragraphs and 3 to 20 references a paper,
   * drawn from {@value #REFERENCES_PER_PAPER} works per paper with Zipf exponent 0.75.
   */
  public static ScaleSpec of(int papers, long seed) {
    return new ScaleSpec(papers, seed, Math.max(20, papers * REFERENCES_PER_PAPER), 0.75, 3, 20,
        3, 15);
  }
}
