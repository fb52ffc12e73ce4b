package org.brimine.library;

import java.util.HashMap;
import java.util.Map;
import org.brimine.model.Hashes;
import org.brimine.model.Paper;
import org.brimine.model.PaperRecord;
import org.brimine.model.ParsedPaper;
import org.brimine.model.WorkKeys;
import org.brimine.parse.WorkIds;

/**
 * Gives each source file of an ingest run a paper id that no other file holds, so that two
 * different papers of the same title and year are two records, and the same file keeps its id
 * from run to run.
 *
 * <p>A paper's id is its work id (title and year, or file name; see {@link WorkIds}). When
 * another file's paper holds that id, in the index or earlier in the run, the paper gets the work
 * id with a hash of its DOI, or of its source when the DOI does not tell it apart, appended. A
 * file keeps the id it holds while its title and year stay, whatever else changes. A reference record holds no id against a paper: a paper of its
 * title and year merges with it.
 *
 * <p>NOTE: which of two new files of one title and year keeps the plain id follows the order
 * files are ingested in; {@link org.brimine.ingest.CorpusReader#documents} lists a slug before
 * its numbered copies, the order the librarian writes them in, so an index built from scratch
 * gives the ids that adding the files one by one gave.
 */
public final class PaperIds {
  private final Map<String, String> idBySource;
  private final Map<String, String> sourceById = new HashMap<>();

  /**
   * @param idBySource the id of the paper indexed from each source file
   */
  public PaperIds(Map<String, String> idBySource) {
    this.idBySource = new HashMap<>(idBySource);
    idBySource.forEach((source, id) -> sourceById.put(id, source));
  }

  /**
   * The id for this paper's file, now held by it; null when the paper has no work id (a title
   * without letters), which its analysis then reports.
   */
  public String assign(Paper paper) {
    String base = workId(paper);
    if (base == null) {
      return null;
    }
    String source = paper.source();
    String current = idBySource.get(source);
    String id = base;
    if (current != null && current.startsWith(base + "-") && !heldByOther(current, source)) {
      id = current;
    } else if (heldByOther(base, source)) {
      String doi = WorkKeys.doi(paper.metadata().doi());
      id = base + "-" + Hashes.sha256Prefix(source, 4);
      if (doi != null) {
        String byDoi = base + "-" + Hashes.sha256Prefix(doi, 4);
        id = heldByOther(byDoi, source) ? id : byDoi;
      }
    }
    String before = idBySource.put(source, id);
    if (before != null && !before.equals(id) && source.equals(sourceById.get(before))) {
      sourceById.remove(before);
    }
    sourceById.put(id, source);
    return id;
  }

  /** The work id of a paper, from its title and year or its file name; null when it has none. */
  public static String workId(Paper paper) {
    var exported = paper.metadata().exported();
    if (exported != null && exported.recordId() != null) {
      // an export record linked to the record of the same work (see ExportLinker)
      return exported.recordId();
    }
    try {
      return WorkIds.forPaper(paper.metadata(), paper.slug());
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** The source of the file whose paper holds this id, or null when none does. */
  public String holder(String id) {
    return sourceById.get(id);
  }

  private boolean heldByOther(String id, String source) {
    String holder = sourceById.get(id);
    return holder != null && !holder.equals(source);
  }

  /** The record under this id (the analysis gives the work id, and may come from a cache). */
  public static PaperRecord withId(PaperRecord record, String id) {
    ParsedPaper p = record.paper();
    if (id == null || id.equals(p.id())) {
      return record;
    }
    // every part kept: the constructor of the parts of a paper alone lost its front matter,
    // keywords, languages and authors
    ParsedPaper renamed = p.withId(id);
    return new PaperRecord(renamed, record.entities(), record.themes(), record.keyphrases(),
        record.evidence());
  }
}
