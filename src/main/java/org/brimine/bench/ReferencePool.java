package org.brimine.bench;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.brimine.model.CitedReference;
import org.brimine.model.Reference;
import org.brimine.parse.WorkIds;

/**
 * The works synthetic papers cite: work {@code rank} is made from a real parsed reference (its
 * style, type and venue), a title of real words made unique by a short code, real author names
 * and a year near the real one. The same rank always gives the same work; low ranks are cited
 * most ({@link Zipf}).
 */
final class ReferencePool {
  private static final long SALT = 0x5EEDF00DL;

  private final RealMaterial material;
  private final List<String> names;
  private final Zipf authors;
  private final long seed;
  private final int size;

  ReferencePool(RealMaterial material, List<String> names, Zipf authors, long seed, int size) {
    if (material.references().isEmpty()) {
      throw new IllegalArgumentException("the real material has no parsed references to copy");
    }
    this.material = material;
    this.names = names;
    this.authors = authors;
    this.seed = seed;
    this.size = size;
  }

  /** How many works there are. */
  int size() {
    return size;
  }

  /** The work of this rank, with its record id. */
  CitedReference work(int rank) {
    if (rank < 0 || rank >= size) {
      throw new IllegalArgumentException("rank must be 0 to " + (size - 1) + ", got " + rank);
    }
    UniformRandomProvider random = Randomness.of(seed ^ SALT, rank);
    List<Reference> templates = material.references();
    Reference template = templates.get(rank % templates.size());
    String base = random.nextBoolean() ? template.title()
        : pick(material.titles(), random);
    String title = material.keyphrases().isEmpty() ? base
        : base + ": " + pick(material.keyphrases(), random);
    title = title + " [" + Integer.toString(rank, 36) + "]";
    Integer year = template.year() == null ? null
        : Math.min(2024, Math.max(1990, template.year() + random.nextInt(-3, 4)));
    List<String> by = SyntheticPapers.authors(names, authors, random, 1 + random.nextInt(3));
    String type = template.type() == null ? "J" : template.type();
    StringBuilder raw = new StringBuilder();
    raw.append(String.join(", ", by)).append(". ").append(title).append(" [").append(type)
        .append("]. ");
    if (template.venue() != null) {
      raw.append(template.venue()).append(", ");
    }
    raw.append(year == null ? "n.d." : year.toString()).append('.');
    Reference ref = new Reference(raw.toString(), template.style(), by, title, type,
        template.venue(), template.place(), year, template.volume(), template.issue(),
        template.pages(), null, null, null);
    return new CitedReference(WorkIds.forReference(ref), ref);
  }

  private static String pick(List<String> values, UniformRandomProvider random) {
    return values.get(random.nextInt(values.size()));
  }

  /** Ranks of {@code n} distinct works, drawn by popularity, in the order drawn. */
  static List<Integer> distinct(Zipf zipf, UniformRandomProvider random, int n) {
    List<Integer> ranks = new ArrayList<>(n);
    while (ranks.size() < n) {
      int rank = zipf.draw(random);
      if (!ranks.contains(rank)) {
        ranks.add(rank);
      }
    }
    return ranks;
  }
}
