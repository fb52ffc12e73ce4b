package org.brimine.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.brimine.index.IndexedRecord;
import org.brimine.index.RecordWriter;
import org.brimine.ingest.CorpusReader;
import org.brimine.ingest.CorpusWriter;
import org.brimine.ingest.ReadResult;
import org.brimine.model.ExportFields;
import org.brimine.model.Paper;
import org.brimine.model.PaperMetadata;
import org.brimine.model.Problem;
import org.brimine.model.RecordKind;
import org.brimine.model.WorkKeys;
import org.brimine.parse.WorkIds;

/**
 * Takes the documents a librarian brings ({@code bri add}, {@code bri import}) into the corpus:
 * decides for each whether it is new, the same as a paper already indexed, or a new version of
 * one, writes it to {@code papers/} accordingly, and queues it for indexing.
 *
 * <p>The same text (by {@link Paper#textHash()}) is one paper whatever its file name: with no new
 * metadata it is unchanged, with new metadata its record is replaced. A new version of a paper
 * (same title and year, or file name when untitled, and the same DOI or brought from the same
 * place; see {@link #renewedSource}) replaces it in place, its old files moved to
 * {@code .trash/}. Everything else is added under a free slug, a paper of its own even when
 * another has its title and year (the ingest gives it an id of its own, see {@link PaperIds}).
 *
 * <p>NOTE: files are written to the corpus before the index changes, and the same bytes under the
 * same slug are reused, so a run killed half-way and run again indexes each document once.
 */
public final class Librarian {
  /**
   * A document to take in.
   *
   * @param label what the librarian calls it (a path, "file.ris record 3"), for messages
   * @param preferredName the name to make its slug from
   * @param extension "txt" or "pdf": how it is stored
   * @param content the bytes to store
   * @param paper its text and metadata as read (slug and hash unused)
   * @param origin where it comes from, the same each time it is brought from there (an absolute
   *     path, with the record's key in a file of records), or null when unknown
   * @param formerOrigin the origin that imports gave a record before records were known by their
   *     key (the path and the record's line), so that a paper imported then is still renewed by
   *     its record; null when none
   */
  public record Candidate(String label, String preferredName, String extension, byte[] content,
      Paper paper, String origin, String formerOrigin) {
    public Candidate(String label, String preferredName, String extension, byte[] content,
        Paper paper, String origin) {
      this(label, preferredName, extension, content, paper, origin, null);
    }
  }

  /** How many papers of one title and year are looked at to find the one a document renews. */
  private static final int SAME_TITLE_MAX = 100;

  private final Path corpusRoot;
  private final CorpusReader reader;
  private final CorpusWriter corpus;
  private final RecordWriter index;
  private final IngestSummary summary;
  private final IngestListener listener;
  private final Map<String, Seen> seenText = new HashMap<>();
  private final List<Path> queued = new ArrayList<>();
  private final Map<String, String> labels = new LinkedHashMap<>();
  private final Set<String> merges = new HashSet<>();

  /**
   * @param summary where to count what is rejected or unchanged
   * @param listener what to tell of the documents rejected or unchanged
   */
  public Librarian(Path corpusRoot, CorpusReader reader, RecordWriter index, IngestSummary summary,
      IngestListener listener) {
    this.corpusRoot = corpusRoot;
    this.reader = reader;
    this.corpus = new CorpusWriter(corpusRoot);
    this.index = index;
    this.summary = summary;
    this.listener = listener;
  }

  /** Says that a document was rejected, and why. */
  public void reject(String label, Problem problem) {
    listener.rejected(label, problem.reason(), problem.detail());
    summary.rejected(problem.reason());
  }

  /** Takes one document in: unchanged, or written to the corpus and queued for indexing. */
  public void admit(Candidate c) throws IOException {
    Paper paper = c.paper();
    String textHash = paper.textHash();
    // an export record's text may be its bare title ("Editorial"): its identity is decided by
    // the export linker's keys alone, never by its text
    boolean exported = paper.metadata().exported() != null;
    Seen seen = exported ? null : seenText.get(textHash);
    if (seen != null && !conflict(seen.metadata(), paper.metadata())) {
      unchanged(c.label(), seen.id());
      return;
    }
    Optional<IndexedRecord> sameText = exported ? Optional.empty() : index.findByText(textHash);
    if (sameText.isPresent() && sameText.get().source() != null
        && Files.exists(corpusRoot.resolve(sameText.get().source()))
        && sameTextAgain(c, sameText.get())) {
      return;
    }
    String id = WorkIds.forPaper(paper.metadata(), CorpusWriter.slug(c.preferredName()));
    Optional<String> renewed = renewedSource(c, id);
    Path file;
    if (renewed.isPresent()) {
      corpus.trash(renewed.get());
      file = corpus.replace(slugOf(renewed.get()), c.extension(), c.content(), paper.metadata(),
          c.origin());
    } else {
      file = corpus.write(c.preferredName(), c.extension(), c.content(), paper.metadata(),
          c.origin());
    }
    if (!exported) {
      seenText.putIfAbsent(textHash, new Seen(id, paper.metadata()));
    }
    queue(file, c.label());
  }

  /**
   * The source of the indexed paper that this document is a new version of, if any: a paper of
   * its title and year (or file name) with the same DOI, or, when either DOI is unknown, added
   * from the same origin. Another paper of the same title is another work, never replaced.
   */
  private Optional<String> renewedSource(Candidate c, String id) throws IOException {
    String doi = WorkKeys.doi(c.paper().metadata().doi());
    for (IndexedRecord like : index.indexed().findPapersLike(id, SAME_TITLE_MAX)) {
      String source = like.source();
      if (source == null || !Files.exists(corpusRoot.resolve(source))) {
        continue;
      }
      Optional<CorpusWriter.Recorded> recorded = corpus.recorded(source);
      String oldDoi = recorded.map(r -> WorkKeys.doi(r.doi())).orElse(null);
      String oldOrigin = recorded.map(CorpusWriter.Recorded::origin).orElse(null);
      boolean same = doi != null && oldDoi != null ? doi.equals(oldDoi)
          : oldOrigin != null
              && (oldOrigin.equals(c.origin()) || oldOrigin.equals(c.formerOrigin()));
      if (same) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }

  /**
   * The same text is indexed already: unchanged, unless the metadata brings something new.
   * False (nothing done) when the metadata says it is another work: another DOI or year, which
   * the same text never changes.
   */
  private boolean sameTextAgain(Candidate c, IndexedRecord indexed) throws IOException {
    Path existing = corpusRoot.resolve(indexed.source());
    ReadResult old = reader.read(corpusRoot, existing);
    if (old.ok() && conflict(old.paper().metadata(), c.paper().metadata())) {
      return false;
    }
    PaperMetadata merged = old.ok() ? old.paper().metadata().overriddenBy(c.paper().metadata())
        : c.paper().metadata();
    seenText.put(c.paper().textHash(), new Seen(indexed.id(), merged));
    if (old.ok() && merged.equals(old.paper().metadata())) {
      unchanged(c.label(), indexed.id());
      return true;
    }
    String extension = CorpusReader.extension(existing.getFileName().toString());
    queue(corpus.replace(slugOf(indexed.source()), extension, Files.readAllBytes(existing), merged,
        c.origin()), c.label());
    return true;
  }

  /** A paper taken in this run by its text: its id and metadata. */
  private record Seen(String id, PaperMetadata metadata) {}

  /** Whether two papers of one text are two works: both have a DOI, or a year, and they differ. */
  private static boolean conflict(PaperMetadata a, PaperMetadata b) {
    String doiA = WorkKeys.doi(a.doi());
    String doiB = WorkKeys.doi(b.doi());
    return doiA != null && doiB != null && !doiA.equals(doiB)
        || a.year() != null && b.year() != null && !a.year().equals(b.year());
  }

  /**
   * Merges what an export says of a paper into the paper already indexed as the same work (the
   * same article from another database, or another export format): its metadata gains what it
   * lacked and the export fields are merged (see {@link ExportFields#mergedWith}: both
   * databases' ids, the union of keywords and affiliations, the references of both), under the
   * indexed id, so the links to and from it stay. Its corpus file keeps its text, unless both
   * are export records and the new one's text is longer (an abstract where the first had only
   * its title). Unchanged when that adds nothing; else queued, and told as merged once indexed.
   * Does nothing when the indexed record is no paper of this corpus (a reference record: the
   * export's paper is admitted and merges with it in the index).
   */
  public MergeOutcome mergeInto(IndexedRecord indexed, PaperMetadata incoming, String text,
      String label, String origin) throws IOException {
    if (indexed.kind() != RecordKind.PAPER || indexed.source() == null
        || !Files.exists(corpusRoot.resolve(indexed.source()))) {
      return MergeOutcome.NOT_A_PAPER;
    }
    Path existing = corpusRoot.resolve(indexed.source());
    ReadResult old = reader.read(corpusRoot, existing);
    if (!old.ok()) {
      return MergeOutcome.NOT_A_PAPER;
    }
    PaperMetadata before = old.paper().metadata();
    ExportFields fields = before.exported() == null ? incoming.exported()
        : before.exported().mergedWith(incoming.exported());
    fields = fields.with(indexed.id(), fields.references());
    PaperMetadata merged = incoming.overriddenBy(before).withExported(fields);
    String extension = CorpusReader.extension(existing.getFileName().toString());
    boolean longer = before.exported() != null && extension.equals("txt")
        && text.strip().length() > old.paper().text().strip().length();
    if (merged.equals(before) && !longer) {
      unchanged(label, indexed.id());
      return MergeOutcome.UNCHANGED;
    }
    String kept = corpus.recorded(indexed.source()).map(CorpusWriter.Recorded::origin)
        .orElse(origin);
    Path file = corpus.replace(slugOf(indexed.source()), extension,
        longer ? text.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(existing), merged,
        kept);
    queue(file, label);
    merges.add(corpusRoot.relativize(file).toString().replace('\\', '/'));
    return MergeOutcome.MERGED;
  }

  /**
   * The corpus files (by corpus-relative source) queued as merges of an import's record into a
   * paper indexed already: written over that paper, they are told as merged, not replaced.
   */
  public Set<String> merges() {
    return Set.copyOf(merges);
  }

  /** What {@link #mergeInto} did. */
  public enum MergeOutcome { NOT_A_PAPER, UNCHANGED, MERGED }

  /** Says that a record of an import is the same work as a paper, which it merged into. */
  public void mergedInto(String label, String id) {
    listener.merged(label, id);
    summary.count(IngestSummary.Outcome.MERGED);
  }

  /** Says that a record of an import is the same work as a paper and adds nothing to it. */
  public void sameAs(String label, String id) {
    unchanged(label, id);
  }

  private void unchanged(String label, String id) {
    listener.unchanged(label, id);
    summary.count(IngestSummary.Outcome.UNCHANGED);
  }

  private void queue(Path file, String label) {
    String source = corpusRoot.relativize(file).toString().replace('\\', '/');
    if (!labels.containsKey(source)) {
      queued.add(file);
    }
    labels.put(source, label);
  }

  /** The corpus files to index, in the order they were admitted. */
  public List<Path> queued() {
    return List.copyOf(queued);
  }

  /** What the librarian called each queued file, by corpus-relative source. */
  public Map<String, String> labels() {
    return Map.copyOf(labels);
  }

  private static String slugOf(String source) {
    String name = Path.of(source).getFileName().toString();
    return name.substring(0, name.length() - CorpusReader.extension(name).length() - 1);
  }
}
