package org.brimine.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.brimine.model.AnnotatedPaper;
import org.brimine.model.CitedReference;
import org.brimine.model.PaperRecord;
import org.brimine.model.PaperVector;
import org.brimine.model.ParsedPaper;
import org.brimine.model.RecordKind;

/**
 * Writes paper records, and a record for every work they cite, into the index; the only writer.
 *
 * <p>A paper replaces the record of the same id ({@code updateDocument}), and the earlier record
 * of the same source file. A cited work gets a reference record unless a paper of that id is
 * already there, so adding the full text of a cited work merges the two. Nothing is visible to
 * readers until {@link #commit()}.
 *
 * <p>NOTE: Lucene's write lock allows one writer per index: opening a second one fails at once
 * with a message that the index is busy.
 */
public final class RecordWriter implements Closeable {
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final DocumentFactory documents = new DocumentFactory();
  private final IndexedSources indexed;
  /** Paper ids written since the searcher was last refreshed. */
  private final Set<String> recentPapers = new HashSet<>();
  /** Ids deleted by {@link #write} (a file's paper under another id) since that refresh. */
  private final Set<String> recentlyDeleted = new HashSet<>();
  /** Ids whose cited-by count may have changed; the commit counts them again. */
  private final CitedByRecount citedBy = new CitedByRecount();

  private RecordWriter(Directory directory, Stemming stemming, HanText han) throws IOException {
    this.directory = directory;
    this.analyzer = Analyzers.perField(stemming, han);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setCommitOnClose(false);
    this.writer = new IndexWriter(directory, config);
    this.searchers = new SearcherManager(writer, null);
    this.indexed = new IndexedSources(searchers, this::refresh);
  }

  /**
   * Opens the index in {@code dir} for writing, creating it when missing.
   *
   * @throws IOException when the index is locked by another writer (the message says so) or
   *     cannot be read
   */
  public static RecordWriter open(Path dir) throws IOException {
    return open(dir, Stemming.DEFAULT, HanText.DEFAULT);
  }

  /**
   * Opens the index in {@code dir} for writing with this stemming and this analysis of Chinese
   * text; searches of the index must use the same.
   *
   * @throws IOException as {@link #open(Path)}
   */
  public static RecordWriter open(Path dir, Stemming stemming, HanText han) throws IOException {
    Files.createDirectories(dir);
    Directory directory = FSDirectory.open(dir);
    try {
      return new RecordWriter(directory, stemming, han);
    } catch (LockObtainFailedException e) {
      directory.close();
      throw new IOException("the index " + dir + " is busy: another bri command is writing it"
          + " (wait for it to finish)", e);
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /** What the index holds of each source file and paper id (see {@link IndexedSources}). */
  public IndexedSources indexed() {
    return indexed;
  }

  /** The record with this id, as of what this writer has written so far. */
  public Optional<IndexedRecord> find(String id) throws IOException {
    return onFreshSearcher(s -> IndexLookups.first(s, new Term(Schema.ID, id)));
  }

  /** A paper with this text (see {@code Paper.textHash()}), as of what was written so far. */
  public Optional<IndexedRecord> findByText(String textHash) throws IOException {
    return onFreshSearcher(s -> IndexLookups.first(s, new Term(Schema.TEXT_HASH, textHash)));
  }

  /**
   * The record that holds this match key ({@link Schema#MATCH_KEY}), a paper before a reference,
   * as of what was written so far; empty when none does.
   */
  public Optional<IndexedRecord> findByMatchKey(String key) throws IOException {
    return onFreshSearcher(s -> IndexLookups.byMatchKey(s, key));
  }

  /** The DOI stored for the record of this id (see {@link Schema#DOI}); empty when none. */
  public Optional<String> doiOf(String id) throws IOException {
    return onFreshSearcher(s -> IndexLookups.doiOf(s, id));
  }

  /** Runs a look-up on a searcher that sees everything written so far. */
  private <T> T onFreshSearcher(Lookup<T> lookup) throws IOException {
    refresh();
    IndexSearcher searcher = searchers.acquire();
    try {
      return lookup.on(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  @FunctionalInterface
  private interface Lookup<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  /**
   * Removes a record. A paper that other papers cite stays as a reference record, so their
   * cited-by links hold; a reference record that papers cite is kept; the references only the
   * removed paper cited go with it.
   */
  public Removal remove(String id) throws IOException {
    citedBy.mark(id);
    citedBy.markAll(citesOf(id));
    return new RecordRemover(writer, searchers, documents).remove(id, this::deleteUncitedReferences);
  }

  /** Writes a paper and the records of the works it cites. */
  public WriteOutcome write(AnnotatedPaper annotated) throws IOException {
    return write(annotated, null);
  }

  /**
   * Builds a paper's index document from its record, made by the program with this fingerprint
   * when known (see {@link IndexedSources#sources()}); thread-safe, unlike the writes.
   */
  public IndexablePaper prepare(PaperRecord record, Optional<String> madeBy) throws IOException {
    return prepare(record, madeBy, Optional.empty());
  }

  /**
   * Builds a paper's index document as {@link #prepare(PaperRecord, Optional)} does, with the
   * paper's dense vector when it has one ({@link Schema#vector}).
   */
  public IndexablePaper prepare(PaperRecord record, Optional<String> madeBy,
      Optional<PaperVector> vector) throws IOException {
    return new IndexablePaper(record, documents.paper(record, madeBy.orElse(null),
        vector.orElse(null)));
  }

  /** Writes a paper with its dense vector (null for none) and the records of the works it cites. */
  public WriteOutcome write(AnnotatedPaper annotated, PaperVector vector) throws IOException {
    return write(prepare(PaperRecord.of(annotated), Optional.empty(),
        Optional.ofNullable(vector)));
  }

  /** Writes a paper prepared by {@link #prepare} and the records of the works it cites. */
  public WriteOutcome write(IndexablePaper prepared) throws IOException {
    ParsedPaper paper = prepared.record().paper();
    // The searcher may lag behind this batch (a rebuild refreshes it only at the end): papers
    // written since its refresh are tracked in recentPapers, papers deleted since in
    // recentlyDeleted, and a reference written twice is only replaced by itself.
    IndexSearcher searcher = searchers.acquire();
    Set<String> orphanCandidates = new LinkedHashSet<>();
    WriteOutcome outcome;
    try {
      outcome = WriteOutcome.ADDED;
      TopDocs sameSource = searcher.search(
          new TermQuery(new Term(Schema.SOURCE, paper.paper().source())), 10);
      for (var hit : sameSource.scoreDocs) {
        Document old = searcher.storedFields()
            .document(hit.doc, Set.of(Schema.ID, Schema.CITES));
        outcome = WriteOutcome.REPLACED;
        orphanCandidates.addAll(List.of(old.getValues(Schema.CITES)));
        if (!old.get(Schema.ID).equals(paper.id())) {
          writer.deleteDocuments(new Term(Schema.ID, old.get(Schema.ID)));
          recentlyDeleted.add(old.get(Schema.ID));
        }
      }
      RecordKind before = recentlyDeleted.contains(paper.id()) ? null
          : IndexLookups.kindOf(searcher, paper.id());
      if (outcome == WriteOutcome.ADDED && before == RecordKind.REFERENCE) {
        outcome = WriteOutcome.MERGED;
      } else if (outcome == WriteOutcome.ADDED && before == RecordKind.PAPER) {
        outcome = WriteOutcome.REPLACED;
      }
      writer.updateDocument(new Term(Schema.ID, paper.id()), prepared.document());
      recentPapers.add(paper.id());
      citedBy.mark(paper.id());
      citedBy.markAll(paper.citedIds());
      citedBy.markAll(orphanCandidates);
      for (CitedReference cited : paper.references()) {
        if (!recentPapers.contains(cited.id()) && (recentlyDeleted.contains(cited.id())
            || IndexLookups.kindOf(searcher, cited.id()) != RecordKind.PAPER)) {
          writer.updateDocument(new Term(Schema.ID, cited.id()),
              documents.reference(cited.id(), cited.reference()));
        }
      }
    } finally {
      searchers.release(searcher);
    }
    orphanCandidates.removeAll(paper.citedIds());
    if (!orphanCandidates.isEmpty()) {
      deleteUncitedReferences(orphanCandidates);
    }
    return outcome;
  }

  void deleteUncitedReferences(Set<String> ids) throws IOException {
    onFreshSearcher(searcher -> {
      for (String id : ids) {
        boolean cited = searcher.count(new TermQuery(new Term(Schema.CITES, id))) > 0;
        if (!cited && IndexLookups.kindOf(searcher, id) == RecordKind.REFERENCE) {
          writer.deleteDocuments(new BooleanQuery.Builder()
              .add(new TermQuery(new Term(Schema.ID, id)), BooleanClause.Occur.FILTER)
              .add(new TermQuery(new Term(Schema.KIND, RecordKind.REFERENCE.label())),
                  BooleanClause.Occur.FILTER)
              .build());
        }
      }
      return null;
    });
  }

  /** Makes everything written so far durable and visible to readers, as one batch. */
  public void commit() throws IOException {
    countCitations();
    writer.commit();
    refresh();
  }

  /** The ids a record cites, as of what was written so far; empty when there is no record. */
  private List<String> citesOf(String id) throws IOException {
    return onFreshSearcher(s -> CitedByRecount.citesOf(s, id));
  }

  /** Counts again the citations of each record whose citing papers changed since the last commit. */
  private void countCitations() throws IOException {
    if (citedBy.isEmpty()) {
      return;
    }
    onFreshSearcher(s -> {
      citedBy.recount(writer, s);
      return null;
    });
  }

  /**
   * Merges the index down to at most {@code maxSegments} segments and commits, with whatever
   * was written and not yet committed: for an index that is searched far more than it is
   * written, as every search pays for each segment (its own term look-ups and scorers per
   * query).
   */
  public void forceMerge(int maxSegments) throws IOException {
    writer.forceMerge(maxSegments);
    commit();
  }

  /** Brings this writer's own searcher up to what it wrote; what it tracked since is known. */
  private void refresh() throws IOException {
    searchers.maybeRefreshBlocking();
    recentPapers.clear();
    recentlyDeleted.clear();
  }

  /** Discards everything written since the last commit and closes the writer. */
  @Override
  public void close() throws IOException {
    try (directory; analyzer; searchers) {
      writer.rollback();
    }
  }
}
