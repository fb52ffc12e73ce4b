package org.brimine.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one {@link TraitTable.Column} segment by segment: values are numbered the first time
 * they are seen, and each segment's (paper, value) pairs, which arrive in any order (a field's
 * postings come term by term), are sorted by paper with a counting sort.
 */
final class TraitColumnBuilder<T> {
  private final Map<T, Integer> index = new HashMap<>();
  private final List<T> values = new ArrayList<>();
  private int[] offsets = {0};
  private int papers;
  private int[] ordinals = new int[1024];
  private int size;
  /** The last paper (plus one) that had each value, to keep a value once a paper. */
  private int[] seen = new int[1024];

  /** Whether no value was numbered yet. */
  boolean isEmpty() {
    return values.isEmpty();
  }

  /**
   * Numbers a value that was not numbered before, without looking it up (a field's terms in
   * the first segment read are distinct).
   */
  int add(T value) {
    values.add(value);
    return values.size() - 1;
  }

  /** The number of a value, numbering it if it is new. */
  int id(T value) {
    for (int i = index.size(); i < values.size(); i++) {
      index.put(values.get(i), i); // those added without a look-up
    }
    Integer id = index.get(value);
    if (id == null) {
      id = values.size();
      index.put(value, id);
      values.add(value);
    }
    return id;
  }

  /**
   * Adds the papers of one segment.
   *
   * @param leafPapers how many papers the segment adds
   * @param pairs each pair's paper (from 0 in the segment) and value number, in any order; the
   *     values of a paper keep the order they came in
   */
  void addLeaf(int leafPapers, Pairs pairs) {
    int[] start = new int[leafPapers + 1];
    for (int i = 0; i < pairs.size; i++) {
      start[pairs.papers[i] + 1]++;
    }
    for (int p = 0; p < leafPapers; p++) {
      start[p + 1] += start[p];
    }
    int[] sorted = new int[pairs.size];
    int[] next = Arrays.copyOf(start, leafPapers);
    for (int i = 0; i < pairs.size; i++) {
      sorted[next[pairs.papers[i]]++] = pairs.values[i];
    }
    if (seen.length < values.size()) {
      seen = Arrays.copyOf(seen, Math.max(values.size(), 2 * seen.length));
    }
    offsets = Arrays.copyOf(offsets, Math.max(offsets.length, papers + leafPapers + 1));
    ordinals = Arrays.copyOf(ordinals, Math.max(ordinals.length, size + pairs.size));
    for (int p = 0; p < leafPapers; p++) {
      int stamp = papers + 1;
      for (int i = start[p]; i < start[p + 1]; i++) {
        int v = sorted[i];
        if (seen[v] != stamp) {
          seen[v] = stamp;
          ordinals[size++] = v;
        }
      }
      papers++;
      offsets[papers] = size;
    }
  }

  TraitTable.Column<T> build() {
    return new TraitTable.Column<>(values, Arrays.copyOf(offsets, papers + 1),
        Arrays.copyOf(ordinals, size));
  }

  /** (paper, value number) pairs, growing as they are added. */
  static final class Pairs {
    private int[] papers = new int[1024];
    private int[] values = new int[1024];
    private int size;

    void add(int paper, int value) {
      if (size == papers.length) {
        papers = Arrays.copyOf(papers, 2 * size);
        values = Arrays.copyOf(values, 2 * size);
      }
      papers[size] = paper;
      values[size++] = value;
    }

    int size() {
      return size;
    }

    int paper(int i) {
      return papers[i];
    }

    int value(int i) {
      return values[i];
    }

    void setValue(int i, int value) {
      values[i] = value;
    }
  }
}
