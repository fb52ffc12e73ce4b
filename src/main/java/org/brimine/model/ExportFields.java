package org.brimine.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a database export (Web of Science, Scopus, CNKI) says of a paper beyond its
 * {@link PaperMetadata}: the database's ids, where in its issue it stands, its keywords,
 * affiliations and countries, how often the database counts it cited, and its cited references.
 *
 * @param databaseIds the databases' own ids ("WOS:000456789000001", "2-s2.0-85061234567"),
 *     one per database that exported the paper
 * @param volume the volume, or null
 * @param issue the issue, or null
 * @param pages the page or page range ("139-175"), or null
 * @param authorKeywords the keywords its authors gave (WoS DE, Scopus Author Keywords, CNKI %K)
 * @param indexedKeywords the keywords the database gave (WoS ID Keywords Plus, Scopus Index
 *     Keywords)
 * @param affiliations the authors' addresses, one an institution (WoS C1, Scopus Affiliations,
 *     CNKI %+ or AD)
 * @param countries the countries of the affiliations, canonical names where known
 * @param timesCited the largest citation count the exporting databases report, or null
 * @param recordId the record id the paper must have, when it is the same work as a record
 *     already known (a reference it merges into, or a paper from another export); null to have
 *     the id of its title and year
 * @param references its cited references, each linked to the id of the record of the work; an
 *     entry repeated word for word, or linked to the record of an entry before it, is kept once
 */
public record ExportFields(
    List<String> databaseIds,
    String volume,
    String issue,
    String pages,
    List<String> authorKeywords,
    List<String> indexedKeywords,
    List<String> affiliations,
    List<String> countries,
    Integer timesCited,
    String recordId,
    List<CitedReference> references) {

  public ExportFields {
    databaseIds = copy(databaseIds);
    authorKeywords = copy(authorKeywords);
    indexedKeywords = copy(indexedKeywords);
    affiliations = copy(affiliations);
    countries = copy(countries);
    // an entry repeated word for word is one entry, so that merging is idempotent; and the
    // entries linked to one record (one work cited by WoS and by Scopus in their own words) are
    // one, the first's words kept
    Map<String, CitedReference> entries = new LinkedHashMap<>();
    if (references != null) {
      references.forEach(r -> entries.putIfAbsent(r.reference().raw(), r));
    }
    Map<String, CitedReference> byId = new LinkedHashMap<>();
    entries.values().forEach(r -> byId.putIfAbsent(r.id(), r));
    references = List.copyOf(byId.values());
    volume = blankToNull(volume);
    issue = blankToNull(issue);
    pages = blankToNull(pages);
    recordId = blankToNull(recordId);
    if (timesCited != null && timesCited < 0) {
      throw new IllegalArgumentException("timesCited must not be negative, got " + timesCited);
    }
  }

  /** These fields under another record id and with these references. */
  public ExportFields with(String newRecordId, List<CitedReference> newReferences) {
    return new ExportFields(databaseIds, volume, issue, pages, authorKeywords, indexedKeywords,
        affiliations, countries, timesCited, newRecordId, newReferences);
  }

  /**
   * The fields of one paper exported twice (from two databases, or twice from one): every list
   * the union of both in order, this one's first; a value this one lacks taken from the other;
   * the larger citation count; references the union by record id (one raw form kept, the
   * first's), an entry of both linked as the other says. Merging the same fields again
   * gives them unchanged.
   */
  public ExportFields mergedWith(ExportFields other) {
    // the same entry (raw string) once, linked as the other says: it was linked later
    Map<String, CitedReference> refs = new LinkedHashMap<>();
    references.forEach(r -> refs.putIfAbsent(r.reference().raw(), r));
    other.references.forEach(r -> refs.put(r.reference().raw(), r));
    Integer cited = timesCited;
    if (cited == null || other.timesCited != null && other.timesCited > cited) {
      cited = other.timesCited;
    }
    return new ExportFields(union(databaseIds, other.databaseIds),
        volume != null ? volume : other.volume, issue != null ? issue : other.issue,
        pages != null ? pages : other.pages, union(authorKeywords, other.authorKeywords),
        union(indexedKeywords, other.indexedKeywords), union(affiliations, other.affiliations),
        union(countries, other.countries), cited,
        recordId != null ? recordId : other.recordId, new ArrayList<>(refs.values()));
  }

  /** The first page of {@link #pages}, or null. */
  public String firstPage() {
    return pages == null ? null : pages.split("[-–]", 2)[0].strip();
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  private static List<String> copy(List<String> values) {
    return values == null ? List.of()
        : values.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
            .distinct().toList();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
