package org.brimine.library;

import java.util.ArrayList;
import java.util.List;
import org.brimine.annotate.Embedder;

/** A stand-in model of a name and dimension that records the texts it embeds (zero vectors). */
final class RecordingEmbedder implements Embedder {
  private final String name;
  private final int dimension;
  final List<String> seen = new ArrayList<>();

  RecordingEmbedder(String name, int dimension) {
    this.name = name;
    this.dimension = dimension;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public int dimension() {
    return dimension;
  }

  @Override
  public float[] embed(String text) {
    seen.add(text);
    return new float[dimension];
  }
}
