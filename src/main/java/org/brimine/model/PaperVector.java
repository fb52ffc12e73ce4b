package org.brimine.model;

import java.util.Objects;

/**
 * A paper's dense vector: the sentence embedding of its title and abstract by one model.
 *
 * @param model the name of the model that made it; with the dimension it names the index field
 * @param values the vector, unit length (the models normalise their output)
 */
public record PaperVector(String model, float[] values) {
  public PaperVector {
    Objects.requireNonNull(model, "model");
    if (values == null || values.length == 0) {
      throw new IllegalArgumentException("vector of model '" + model + "' is empty");
    }
    values = values.clone();
  }

  /** The vector's dimension. */
  public int dimension() {
    return values.length;
  }

  /** A copy of the vector. */
  @Override
  public float[] values() {
    return values.clone();
  }
}
