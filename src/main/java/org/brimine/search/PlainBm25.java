package org.brimine.search;

import java.io.Closeable;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

/**
 * The plain baseline that the product's ranking is measured against: Lucene's BM25 (k1 = 1.2,
 * b = 0.75) over one text field analysed by StandardAnalyzer (no stopwords, no stemming), in
 * memory. Query text is escaped and its words are OR-ed, as the classic query parser does.
 */
public final class PlainBm25 implements Closeable {
  private static final String ID = "id";
  private static final String TEXT = "text";

  private final Directory directory;
  private final Analyzer analyzer;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;

  private PlainBm25(Directory directory, Analyzer analyzer) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    searcher.setSimilarity(new BM25Similarity(Ranking.LUCENE_K1, Ranking.LUCENE_B));
  }

  /**
   * Indexes documents.
   *
   * @param textById each document's whole text by its id
   */
  public static PlainBm25 of(Map<String, String> textById) throws IOException {
    Directory directory = new ByteBuffersDirectory();
    Analyzer analyzer = new StandardAnalyzer();
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setSimilarity(new BM25Similarity(Ranking.LUCENE_K1, Ranking.LUCENE_B));
    try (IndexWriter writer = new IndexWriter(directory, config)) {
      for (Map.Entry<String, String> doc : textById.entrySet()) {
        Document d = new Document();
        d.add(new StringField(ID, doc.getKey(), Field.Store.NO));
        d.add(new SortedDocValuesField(ID, new BytesRef(doc.getKey())));
        d.add(new TextField(TEXT, doc.getValue(), Field.Store.NO));
        writer.addDocument(d);
      }
    }
    return new PlainBm25(directory, analyzer);
  }

  /** The top {@code depth} documents for plain query words. */
  public List<RankedRecord> rank(String words, int depth) throws IOException {
    QueryParser parser = new QueryParser(TEXT, analyzer);
    TopDocs top;
    try {
      top = searcher.search(parser.parse(QueryParser.escape(words)), depth);
    } catch (ParseException e) {
      throw new IllegalArgumentException("cannot search for escaped words '" + words + "'", e);
    }
    return RankedIds.of(reader, top.scoreDocs, ID);
  }

  @Override
  public void close() throws IOException {
    try (directory; analyzer) {
      reader.close();
    }
  }
}
