package org.brimine.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.brimine.index.IndexedRecord;
import org.brimine.ingest.BibRecord;
import org.brimine.ingest.CorpusWriter;
import org.brimine.model.CitedReference;
import org.brimine.model.ExportFields;
import org.brimine.model.Hashes;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Reference;
import org.brimine.model.WorkKeys;
import org.brimine.parse.WorkIds;

/**
 * Links the papers of database exports, and the works they cite, to the records of the same
 * works: those of this import and those already indexed. Two records are one work when they
 * share a key of {@link WorkKeys}, tried strongest first: DOI, database id,
 * author-year-volume-page, title-year-author.
 *
 * <p>Papers are taken first ({@link #paper}), so that a reference finds a paper of the same
 * import whatever their order in the files; then {@link #link} gives each paper, the duplicates
 * of this import merged into it, with its id and its references' ids. A new paper has the id of
 * its title and year (as every paper); a new work known only from references the id of its title
 * and year when it has a title, else one from its first author, year and source.
 *
 * <p>A weaker key never joins two works whose DOIs differ: two papers of one first author,
 * year, volume and first page with two DOIs (a paper and its erratum) stay two.
 *
 * <p>NOTE: the index is looked up by key once per key (the answer is remembered for the run),
 * and the records this import adds are known from the run alone: nothing is written until the
 * import's papers are linked.
 */
public final class ExportLinker {
  /** Where the index is asked which record holds a key. */
  public interface Index {
    /** The record that holds this match key, a paper before a reference. */
    Optional<IndexedRecord> byKey(String key) throws IOException;

    /** The DOI of the record of this id, normalised; empty when it has none. */
    Optional<String> doi(String id) throws IOException;
  }

  /**
   * A paper of the import, linked.
   *
   * @param record the paper's record, its export fields with its id and its references' ids
   * @param label what the import calls it (its first record, when several merged into it)
   * @param id the id it has
   * @param indexed the record of that id already in the index, or null when there is none
   * @param duplicates what the import calls the other records of this import merged into it
   */
  public record Linked(BibRecord record, String label, String id, IndexedRecord indexed,
      List<String> duplicates) {}

  private final Index index;
  private final Map<String, String> idByKey = new HashMap<>();
  /** The DOI of each work of this import that has one, by id. */
  private final Map<String, String> doiById = new HashMap<>();
  /** The keys of each work of this import, by id. */
  private final Map<String, List<String>> keysById = new HashMap<>();
  private final Map<String, Optional<IndexedRecord>> indexedByKey = new HashMap<>();
  private final Map<String, IndexedRecord> indexedById = new HashMap<>();
  private final Map<String, BibRecord> papers = new LinkedHashMap<>();
  private final Map<String, String> labels = new HashMap<>();
  private final Map<String, List<String>> duplicates = new HashMap<>();
  private long references;
  private long referencesFound;

  public ExportLinker(Index index) {
    this.index = index;
  }

  /**
   * Takes a paper of the import; returns the id of the paper of this import it is the same
   * work as (it is merged into it), or empty when it is the first of its work here.
   */
  public Optional<String> paper(BibRecord record, String label) throws IOException {
    List<String> keys = WorkKeys.of(record.metadata());
    String doi = WorkKeys.doi(record.metadata().doi());
    String id = find(keys, doi);
    if (id == null) {
      id = free(WorkIds.forPaper(record.metadata(), CorpusWriter.slug(record.metadata().title())),
          doi, keys);
    }
    keysById.putIfAbsent(id, keys);
    if (doi != null) {
      doiById.putIfAbsent(id, doi);
    }
    for (String key : keys) {
      idByKey.putIfAbsent(key, id);
    }
    BibRecord same = papers.get(id);
    if (same == null) {
      papers.put(id, record);
      labels.put(id, label);
      return Optional.empty();
    }
    papers.put(id, merged(same, record));
    duplicates.computeIfAbsent(id, k -> new ArrayList<>()).add(label);
    return Optional.of(id);
  }

  /** The papers taken, each with its id and its references linked, in the order first taken. */
  public List<Linked> link() throws IOException {
    List<Linked> linked = new ArrayList<>();
    for (Map.Entry<String, BibRecord> e : papers.entrySet()) {
      BibRecord r = e.getValue();
      ExportFields fields = r.metadata().exported();
      List<CitedReference> cited = new ArrayList<>();
      for (CitedReference c : fields.references()) {
        cited.add(new CitedReference(reference(c.reference()), c.reference()));
      }
      PaperMetadata meta = r.metadata().withExported(fields.with(e.getKey(), cited));
      linked.add(new Linked(new BibRecord(meta, r.text(), r.origin(), r.droppedLines(), r.key()),
          labels.get(e.getKey()), e.getKey(), indexedById.get(e.getKey()),
          List.copyOf(duplicates.getOrDefault(e.getKey(), List.of()))));
    }
    return linked;
  }

  /** How many cited references were linked, and how many of them to a work known already. */
  public String referenceCounts() {
    return references + " cited references linked, " + referencesFound
        + " to a work known already";
  }

  /** The id of the work a reference cites, found by its keys or new. */
  private String reference(Reference ref) throws IOException {
    references++;
    List<String> keys = WorkKeys.of(ref);
    String doi = WorkKeys.doi(ref.doi());
    String id = find(keys, doi);
    if (id != null) {
      referencesFound++;
    } else {
      id = free(newReferenceId(ref, keys), doi, keys);
    }
    keysById.putIfAbsent(id, keys);
    if (doi != null) {
      doiById.putIfAbsent(id, doi);
    }
    for (String key : keys) {
      idByKey.putIfAbsent(key, id);
    }
    return id;
  }

  /**
   * The id of the record holding the first of these keys to be held by a work whose DOI, if
   * both have one, is this one; null when none is.
   */
  private String find(List<String> keys, String doi) throws IOException {
    for (String key : keys) {
      String id = idFor(key);
      if (id != null && (doi == null || key.startsWith("doi:") || sameDoi(id, doi))) {
        return id;
      }
    }
    return null;
  }

  /**
   * This id of a new work, or when another work holds it (in this import, with keys of its own,
   * or in the index, with another DOI: two editorials "Introduction" of one year) the id with a
   * short hash of its DOI, else of its strongest key, appended, as {@link PaperIds#assign} does.
   */
  private String free(String base, String doi, List<String> keys) throws IOException {
    String salt = doi != null ? doi : keys.isEmpty() ? null : keys.get(0);
    if (salt == null || !heldByOther(base, doi, keys)) {
      return base;
    }
    String id = base + "-" + Hashes.sha256Prefix(salt, 4);
    for (int n = 2; heldByOther(id, doi, keys); n++) {
      id = base + "-" + Hashes.sha256Prefix(salt + "#" + n, 4);
    }
    return id;
  }

  /** Whether another work than one of this DOI and these keys holds this id. */
  private boolean heldByOther(String id, String doi, List<String> keys) throws IOException {
    String known = doiById.get(id);
    if (known == null && !keysById.containsKey(id)) {
      known = index.doi(id).orElse(null);
    }
    if (doi != null && known != null) {
      return !doi.equals(known);
    }
    // a work of this import that shares none of these keys (find found none)
    List<String> held = keysById.get(id);
    return held != null && !held.isEmpty() && !keys.isEmpty();
  }

  /** Whether the work of this id has this DOI or none. */
  private boolean sameDoi(String id, String doi) throws IOException {
    String known = doiById.get(id);
    if (known == null && indexedById.containsKey(id)) {
      known = index.doi(id).orElse(null);
      if (known != null) {
        doiById.put(id, known);
      }
    }
    return known == null || known.equals(doi);
  }

  private String idFor(String key) throws IOException {
    String id = idByKey.get(key);
    if (id != null) {
      return id;
    }
    Optional<IndexedRecord> found =
        indexedByKey.containsKey(key) ? indexedByKey.get(key) : index.byKey(key);
    indexedByKey.put(key, found);
    found.ifPresent(r -> indexedById.putIfAbsent(r.id(), r));
    return found.map(IndexedRecord::id).orElse(null);
  }

  /**
   * The id of a new work known from a reference: that of its title and year as for every
   * reference; without a title (a WoS cited reference), its year, first author's surname and
   * source's first words with a hash of its strongest key, as {@code
   * 2016-gallagher-china-triangle-latin-1f0c2a9b}.
   */
  private static String newReferenceId(Reference ref, List<String> keys) {
    if (ref.title() != null || !ref.isParsed()) {
      return WorkIds.forReference(ref);
    }
    String surname = ref.authors().isEmpty() ? "" : WorkKeys.surname(ref.authors().get(0));
    String venue = ref.venue() == null ? "" : java.util.Arrays.stream(
            ref.venue().toLowerCase(Locale.ROOT).split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty()).limit(3).collect(Collectors.joining("-"));
    String readable = java.util.stream.Stream.of(
            ref.year() == null ? "nd" : ref.year().toString(),
            surname.matches("[a-z0-9]+") ? surname : "", venue)
        .filter(s -> !s.isEmpty()).collect(Collectors.joining("-"));
    return readable + "-" + Hashes.sha256Prefix(keys.isEmpty() ? ref.raw() : keys.get(0), 4);
  }

  /**
   * One paper from two records of it: the first's fields, the second's where the first has
   * none; the export fields merged; the longer text (an abstract over a bare title).
   */
  public static BibRecord merged(BibRecord first, BibRecord second) {
    PaperMetadata a = first.metadata();
    PaperMetadata b = second.metadata();
    ExportFields fields = a.exported() == null ? b.exported()
        : b.exported() == null ? a.exported() : a.exported().mergedWith(b.exported());
    PaperMetadata meta = b.overriddenBy(a).withExported(fields);
    String text = second.text().length() > first.text().length() ? second.text() : first.text();
    return new BibRecord(meta, text, first.origin(), 0, first.key());
  }
}
