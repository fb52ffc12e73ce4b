package org.brimine.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.rng.UniformRandomProvider;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.CitedReference;
import org.brimine.model.Entity;
import org.brimine.model.EntityMention;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Paragraph;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Section;
import org.brimine.model.Sentence;
import org.brimine.model.Token;

/**
 * Makes synthetic annotated papers from real material, FOR SPEED MEASUREMENTS ONLY: paper
 * {@code i} takes a real title with a real keyphrase, a real paragraph as its abstract, 3 to 15
 * real paragraphs (with their tokens and entity mentions) under real headings, a year and venue
 * drawn from the real distributions, authors and references drawn by Zipf popularity.
 *
 * <p>Needs: {@link RealMaterial}. Gives: {@link AnnotatedPaper}s as annotation leaves them, before
 * the theme stage. Paper {@code i} depends only on the material, the spec and {@code i}, so
 * papers can be made in any order, on any thread, and a rerun gives the same corpus.
 * Thread-safe.
 */
public final class SyntheticPapers {
  /** Says what every synthetic paper is; kept in the metadata written beside the corpus. */
  public static final String NOTICE = "SYNTHETIC corpus for speed measurements only: papers "
      + "recombined from real texts, not real literature";
  private static final String BREAK = "\n\n";

  private final RealMaterial material;
  private final ScaleSpec spec;
  private final Weighted<Integer> years;
  private final Weighted<String> venues;
  private final List<String> names;
  private final Zipf authors;
  private final Zipf citations;
  private final ReferencePool pool;

  public SyntheticPapers(RealMaterial material, ScaleSpec spec) {
    this.material = material;
    this.spec = spec;
    this.years = new Weighted<>(material.years());
    this.venues = new Weighted<>(material.venues());
    this.names = namePool(material.authors());
    this.authors = new Zipf(Math.max(1, names.size()), 1.0);
    this.citations = new Zipf(spec.referencePool(), spec.citationExponent());
    this.pool = new ReferencePool(material, names, authors, spec.seed(), spec.referencePool());
  }

  /**
   * Author names: every family name of the real names with every given name, in order, so that
   * there are many authors as in a real field, all with real name parts. A one-word name is kept
   * as it is.
   */
  static List<String> namePool(List<String> real) {
    TreeSet<String> families = new TreeSet<>();
    TreeSet<String> givens = new TreeSet<>();
    TreeSet<String> pool = new TreeSet<>();
    for (String name : real) {
      String[] parts = name.strip().split("\\s+", 2);
      if (parts.length == 2) {
        families.add(parts[0]);
        givens.add(parts[1]);
      } else if (!parts[0].isEmpty()) {
        pool.add(parts[0]);
      }
    }
    for (String family : families) {
      for (String given : givens) {
        pool.add(family + " " + given);
      }
    }
    return List.copyOf(pool);
  }

  /** The spec the papers follow. */
  public ScaleSpec spec() {
    return spec;
  }

  /** Synthetic paper {@code i}, from 0, before the theme stage. */
  public AnnotatedPaper paper(int i) {
    if (i < 0 || i >= spec.papers()) {
      throw new IllegalArgumentException("paper must be 0 to " + (spec.papers() - 1) + ", got "
          + i);
    }
    UniformRandomProvider random = Randomness.of(spec.seed(), i);
    Integer year = years.draw(random);
    String venue = venues.draw(random);
    List<String> paperAuthors = authors(names, authors, random, 1 + random.nextInt(3));
    String title = pick(material.titles(), random);
    if (!material.keyphrases().isEmpty()) {
      title = title + ": " + pick(material.keyphrases(), random);
    }
    Builder text = new Builder();
    text.part(title);
    MaterialParagraph abstractPart = pick(material.paragraphs(), random);
    text.paragraph(abstractPart);
    int paragraphs = random.nextInt(spec.minParagraphs(), spec.maxParagraphs() + 1);
    int sectionCount = 1 + paragraphs / 4;
    List<Section> sections = new ArrayList<>();
    for (int s = 0; s < sectionCount; s++) {
      String heading = material.headings().isEmpty() ? "Section " + (s + 1)
          : pick(material.headings(), random);
      text.part(heading);
      List<Paragraph> body = new ArrayList<>();
      int from = s * paragraphs / sectionCount;
      int to = (s + 1) * paragraphs / sectionCount;
      for (int p = from; p < to; p++) {
        MaterialParagraph real = pick(material.paragraphs(), random);
        int at = text.paragraph(real);
        body.add(new Paragraph(real.text(), at, at + real.text().length()));
      }
      sections.add(new Section(Integer.toString(s + 1), heading, body));
    }
    int referenceCount = random.nextInt(spec.minReferences(), spec.maxReferences() + 1);
    List<CitedReference> references = new ArrayList<>();
    for (int rank : ReferencePool.distinct(citations, random, referenceCount)) {
      CitedReference cited = pool.work(rank);
      references.add(cited);
      text.reference(cited);
    }
    String slug = String.format(Locale.ROOT, "synthetic-%07d", i);
    String full = text.text.toString();
    PaperMetadata meta = new PaperMetadata(title, paperAuthors, year, venue, null, null, "en");
    Paper paper = new Paper(slug, "synthetic/" + slug + ".txt", full, meta, Hashes.sha256(full));
    ParsedPaper parsed = new ParsedPaper("doc-" + slug, paper, title, false,
        abstractPart.text(), sections, references, List.of());
    AnnotatedText annotated = new AnnotatedText(full, text.sentences, text.mentions);
    return new AnnotatedPaper(parsed, annotated, entities(text.mentions));
  }

  /** {@code n} distinct author names drawn by popularity. */
  static List<String> authors(List<String> pool, Zipf popularity, UniformRandomProvider random,
      int n) {
    List<String> names = new ArrayList<>(n);
    int wanted = Math.min(n, pool.size());
    while (names.size() < wanted) {
      String name = pool.get(popularity.draw(random) % pool.size());
      if (!names.contains(name)) {
        names.add(name);
      }
    }
    return names;
  }

  private List<Entity> entities(List<EntityMention> mentions) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, EntityMention> first = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      String key = RealMaterial.key(m.type(), m.canonical());
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
      first.putIfAbsent(key, m);
    }
    List<Entity> entities = new ArrayList<>();
    first.forEach((key, m) -> entities.add(new Entity(m.canonical(), m.type(),
        counts.get(key)[0], material.aliases().getOrDefault(key, List.of()))));
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed()
        .thenComparing(Entity::canonical).thenComparing(Entity::type));
    return entities;
  }

  private static <T> T pick(List<T> values, UniformRandomProvider random) {
    return values.get(random.nextInt(values.size()));
  }

  /**
   * The text of a synthetic paper as the annotation stage lays a paper out (title, abstract,
   * headings and paragraphs, reference entries, separated by blank lines), with the sentences
   * and mentions of the real paragraphs moved to where they now stand.
   */
  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    final List<Sentence> sentences = new ArrayList<>();
    final List<EntityMention> mentions = new ArrayList<>();

    int part(String part) {
      if (text.length() > 0) {
        text.append(BREAK);
      }
      int at = text.length();
      text.append(part);
      return at;
    }

    int paragraph(MaterialParagraph p) {
      int at = part(p.text());
      int first = sentences.size();
      for (Sentence s : p.sentences()) {
        List<Token> tokens = new ArrayList<>(s.tokens().size());
        for (Token t : s.tokens()) {
          tokens.add(new Token(t.word(), t.lemma(), t.pos(), t.start() + at, t.end() + at));
        }
        sentences.add(new Sentence(sentences.size(), s.text(), s.start() + at, s.end() + at,
            tokens));
      }
      for (EntityMention m : p.mentions()) {
        mentions.add(new EntityMention(m.type(), m.text(), m.canonical(), first + m.sentence(),
            m.start() + at, m.end() + at, m.source()));
      }
      return at;
    }

    void reference(CitedReference cited) {
      int at = part(cited.reference().raw());
      for (String author : cited.reference().authors()) {
        int in = cited.reference().raw().indexOf(author);
        if (in >= 0) {
          mentions.add(new EntityMention("PERSON", author, author, -1, at + in,
              at + in + author.length(), "reference"));
        }
      }
    }
  }
}
