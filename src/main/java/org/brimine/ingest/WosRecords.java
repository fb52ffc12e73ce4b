package org.brimine.ingest;

import java.util.List;
import java.util.Map;

/**
 * Turns the tagged fields of one Web of Science record, from the plain-text or the tab-delimited
 * export, into an {@link ExportRecord}: PT type, AU/AF authors, TI, SO, DE author keywords, ID
 * Keywords Plus, AB, C1 addresses ({@code [Authors] Address}), CR cited references, TC times
 * cited (Z9, the count over all WoS databases, when larger), PY, VL, IS, BP/EP pages, DI, UT,
 * LA.
 */
final class WosRecords {
  private WosRecords() {}

  /** The record of these fields, each tag with its values in order. */
  static ExportRecord of(Map<String, List<String>> f) {
    ExportRecord r = new ExportRecord();
    r.title = joined(f, "TI");
    r.authors.addAll(f.containsKey("AF") ? f.get("AF") : f.getOrDefault("AU", List.of()));
    r.venue = joined(f, "SO");
    r.year = first(f, "PY");
    r.volume = first(f, "VL");
    r.issue = first(f, "IS");
    r.pages = ExportRecord.pages(first(f, "BP"), first(f, "EP"), first(f, "AR"));
    r.doi = first(f, "DI");
    r.language = first(f, "LA");
    r.abstractText = joined(f, "AB");
    String ut = first(f, "UT");
    if (ut != null) {
      r.databaseIds.add(ut);
    }
    ExportRecord.addSplit(r.authorKeywords, joined(f, "DE"));
    ExportRecord.addSplit(r.indexedKeywords, joined(f, "ID"));
    for (String address : f.getOrDefault("C1", List.of())) {
      // "[Hurley, John; Morris, Scott] Ctr Global Dev, Washington, DC 20036 USA."
      r.affiliation(address.replaceFirst("^\\[[^\\]]*\\]\\s*", ""));
    }
    String tc = first(f, "TC");
    String z9 = first(f, "Z9");
    r.timesCited = tc == null ? z9 : z9 != null && z9.strip().matches("\\d+")
        && tc.strip().matches("\\d+") && Integer.parseInt(z9.strip()) > Integer.parseInt(tc.strip())
        ? z9 : tc;
    for (String cited : f.getOrDefault("CR", List.of())) {
      if (!cited.isBlank()) {
        r.references.add(ExportReferences.wos(cited));
      }
    }
    return r;
  }

  /** The key of a record in its file: its UT, else its DOI; null when it has neither. */
  static String key(Map<String, List<String>> f) {
    String ut = first(f, "UT");
    String doi = first(f, "DI");
    return ut != null ? "UT " + ut : doi != null ? "doi " + doi : null;
  }

  private static String first(Map<String, List<String>> f, String tag) {
    List<String> values = f.get(tag);
    return values == null || values.isEmpty() || values.get(0).isBlank() ? null
        : values.get(0).strip();
  }

  private static String joined(Map<String, List<String>> f, String tag) {
    List<String> values = f.get(tag);
    return values == null || values.isEmpty() ? null : String.join(" ", values).strip();
  }
}
