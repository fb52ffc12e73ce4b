package org.brimine.annotate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.AnnotatedText;
import org.brimine.model.Entity;
import org.brimine.model.EntityMention;
import org.brimine.model.ParsedPaper;
import org.brimine.model.Reference;
import org.brimine.model.Romanisation;

/**
 * Annotates a parsed paper: its title, abstract, sections and reference entries go through the
 * text annotator (or come from the cache), the authors of its references become PERSON
 * mentions and their venues PUBLICATION mentions, and the mentions are counted into entities.
 *
 * <p>Needs: a {@link ParsedPaper}. Gives: an {@link AnnotatedPaper}. CoreNLP is loaded on the
 * first cache miss only, so re-indexing an unchanged corpus never loads it. Thread-safe.
 */
public final class PaperAnnotator {
  /** The entity type of news outlets, journals and other venues of publication. */
  static final String PUBLICATION = "PUBLICATION";

  private final Lazy<TextAnnotator> annotator;
  private final Supplier<Gazetteer> gazetteer;
  private final AnnotationCache cache;
  private final Lazy<AffiliationCountries> countries;

  /**
   * @param annotator gives the text annotator; called on the first cache miss, at most once
   * @param gazetteer gives the gazetteer, for the aliases of entities
   * @param cache the annotation cache, or null for none
   */
  public PaperAnnotator(Supplier<TextAnnotator> annotator, Supplier<Gazetteer> gazetteer,
      AnnotationCache cache) {
    this.annotator = Lazy.of(annotator);
    this.gazetteer = Lazy.of(gazetteer);
    this.cache = cache;
    this.countries = Lazy.of(() -> AffiliationCountries.load(this.gazetteer.get()));
  }

  /** Annotates one paper. */
  public AnnotatedPaper annotate(ParsedPaper paper) {
    PaperText paperText = PaperText.of(paper);
    Optional<CachedAnnotation> cached = cache == null ? Optional.empty()
        : cache.get(paperText.text());
    if (cached.isPresent()) {
      return new AnnotatedPaper(paper, cached.get().toText(paperText.text()),
          withCountries(paper, cached.get().entities()));
    }
    TextAnnotator textAnnotator = annotator.get();
    AnnotatedText text = withReferenceFields(paper, paperText,
        textAnnotator.annotate(paperText.text()), textAnnotator);
    List<Entity> entities = entities(text.mentions());
    if (cache != null) {
      cache.offer(paperText.text(), CachedAnnotation.of(text, entities));
    }
    return new AnnotatedPaper(paper, text, withCountries(paper, entities));
  }

  /** The entities with the countries of the paper's affiliations, when an export gave them. */
  private List<Entity> withCountries(ParsedPaper paper, List<Entity> entities) {
    var exported = paper.paper().metadata().exported();
    if (exported == null || exported.countries().isEmpty()) {
      return entities;
    }
    return countries.get().with(entities, exported.countries());
  }

  /**
   * The fingerprint of this annotator's configuration (see {@link AnnotationCache}), or empty
   * when it has no cache: results derived from its annotations may be cached under it.
   */
  public Optional<String> fingerprint() {
    return cache == null ? Optional.empty() : Optional.of(cache.fingerprint());
  }

  /** Whether CoreNLP was needed (and loaded) so far. */
  public boolean loadedCoreNlp() {
    return annotator.isLoaded();
  }

  /**
   * The text's mentions with the authors of each reference entry as PERSON mentions and its
   * venue (journal, newspaper, publisher) as a PUBLICATION mention, in place of the statistical
   * mentions they overlap ("Humanities Magazine" is not an organisation); an ORGANIZATION
   * mention elsewhere that names one of these venues is a PUBLICATION too. An author or venue
   * that is exactly a gazetteer name keeps the gazetteer's type and canonical: an institution
   * as author or publisher (亚洲基础设施投资银行, World Bank) is neither a person nor a venue. An
   * author's name written in Chinese gets its English name as canonical (张伟 is Zhang Wei); one
   * that names an institution (国家统计局) is an ORGANIZATION.
   */
  private static AnnotatedText withReferenceFields(ParsedPaper paper, PaperText paperText,
      AnnotatedText text, TextAnnotator annotator) {
    Set<Long> gazetteerSpans = new HashSet<>();
    for (EntityMention m : text.mentions()) {
      if (m.source().equals("gazetteer")) {
        gazetteerSpans.add(span(m.start(), m.end()));
      }
    }
    List<EntityMention> fields = new ArrayList<>();
    Set<String> venues = new HashSet<>();
    // the entries the text holds: none of an export record (see PaperText)
    for (int i = 0; i < paperText.referenceStarts().size(); i++) {
      Reference ref = paper.references().get(i).reference();
      int base = paperText.referenceStarts().get(i);
      for (String author : ref.authors()) {
        int at = ref.raw().indexOf(author);
        if (at >= 0 && !author.equals("et al.")
            && !gazetteerSpans.contains(span(base + at, base + at + author.length()))) {
          boolean institution = annotator.namesInstitution(author);
          fields.add(new EntityMention(institution ? "ORGANIZATION" : "PERSON", author,
              Romanisation.hasHan(author) && !institution ? annotator.personCanonical(author)
                  : author, -1, base + at, base + at + author.length(), "reference"));
        }
      }
      String venue = ref.venue() == null ? "" : ref.venue().strip();
      int at = venue.isEmpty() ? -1 : ref.raw().lastIndexOf(venue);
      if (at >= 0 && !gazetteerSpans.contains(span(base + at, base + at + venue.length()))) {
        fields.add(new EntityMention(PUBLICATION, venue, venue, -1, base + at,
            base + at + venue.length(), "reference"));
        venues.add(venue);
      }
    }
    SpanIndex taken = SpanIndex.of(fields);
    List<EntityMention> mentions = new ArrayList<>(fields);
    for (EntityMention m : text.mentions()) {
      if (taken.overlaps(m.start(), m.end())) {
        continue;
      }
      mentions.add(m.type().equals("ORGANIZATION") && venues.contains(m.canonical())
          ? new EntityMention(PUBLICATION, m.text(), m.canonical(), m.sentence(), m.start(),
              m.end(), m.source())
          : m);
    }
    mentions.sort(Comparator.comparingInt(EntityMention::start));
    return new AnnotatedText(text.text(), text.sentences(), mentions);
  }

  /** A span {@code [start, end)} as one number, for a set of spans. */
  private static long span(int start, int end) {
    return ((long) start << 32) | end;
  }

  private List<Entity> entities(List<EntityMention> mentions) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    Map<String, EntityMention> first = new LinkedHashMap<>();
    for (EntityMention m : mentions) {
      String key = m.type() + "\u0000" + m.canonical();
      counts.computeIfAbsent(key, k -> new int[1])[0]++;
      first.putIfAbsent(key, m);
    }
    List<Entity> entities = new ArrayList<>();
    for (Map.Entry<String, EntityMention> e : first.entrySet()) {
      EntityMention m = e.getValue();
      List<String> aliases = m.source().equals("gazetteer")
          ? gazetteer.get().byCanonical(m.canonical()).map(GazetteerEntry::plainAliases)
              .orElse(List.of())
          : List.of();
      entities.add(new Entity(m.canonical(), m.type(), counts.get(e.getKey())[0], aliases));
    }
    entities.sort(Comparator.comparingInt(Entity::mentions).reversed()
        .thenComparing(Entity::canonical));
    return entities;
  }
}
