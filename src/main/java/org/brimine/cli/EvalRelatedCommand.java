package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.commons.io.file.PathUtils;
import org.brimine.annotate.Embedder;
import org.brimine.annotate.MiniLmEmbedder;
import org.brimine.annotate.PaperVectors;
import org.brimine.eval.CollectionDoc;
import org.brimine.eval.Evaluation;
import org.brimine.eval.Measures;
import org.brimine.eval.Qrels;
import org.brimine.eval.RelatedJudgements;
import org.brimine.eval.ScoredDoc;
import org.brimine.search.RecordSearcher;
import org.brimine.search.RelatedBy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code bri eval related}: indexes a test collection as {@code bri eval retrieval} does (with
 * the documents' vectors), takes each document judged relevant to a query as a seed whose
 * related documents are the others relevant to the same query ({@link RelatedJudgements}), and
 * measures each way of finding related papers over the seeds with MAP, nDCG@10, P@10 and R@100.
 */
@Command(name = "related", mixinStandardHelpOptions = true,
    description = {"Measure related papers on a test collection: each document relevant to a "
        + "query is a seed, and the other documents relevant to that query (graded by their "
        + "grade) are its related ones. Compares MoreLikeThis, the nearest vectors and their "
        + "fusion; a seed without a vector is related by its words in every row."})
final class EvalRelatedCommand implements Callable<Integer> {
  @Option(names = "--docs", required = true, paramLabel = "FILE",
      description = "documents, JSON Lines {id, title, author, text} (as eval retrieval reads)")
  Path docs;

  @Option(names = "--qrels", required = true, paramLabel = "FILE",
      description = "TREC judgements of queries: qid iter docid grade (grade > 0 relevant)")
  Path qrels;

  @Option(names = "--depth", defaultValue = "100",
      description = "related documents ranked per seed (default: ${DEFAULT-VALUE})")
  int depth;

  @Option(names = "--by", split = ",", paramLabel = "WAY",
      defaultValue = "terms,vectors,rrf,rrf:20,weighted:0.3,weighted:0.5",
      description = "rows to measure: terms, vectors, rrf, rrf:K or weighted:W, comma separated "
          + "(default: ${DEFAULT-VALUE})")
  List<String> ways;

  @Mixin
  VectorOptions vectorOptions;

  @Mixin
  RankingOptions rankingOptions;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (depth < 1 || depth > 10_000) {
      throw new ParameterException(spec.commandLine(),
          "--depth must be 1 to 10000, got " + depth);
    }
    long started = System.nanoTime();
    // the product's way first, so that its row is there whatever the list names
    List<RelatedBy> bys = Stream.concat(Stream.of(
        RelatedBy.PRODUCT), ways.stream().map(RelatedBy::of)).distinct().toList();
    List<CollectionDoc> collection = CollectionDoc.read(docs);
    Qrels related = RelatedJudgements.of(Qrels.read(qrels));
    MiniLmEmbedder english = vectorOptions.english();
    Embedder chinese = vectorOptions.chinese();
    PaperVectors vectors = vectorOptions.paperVectors(chinese);
    List<Map<String, List<ScoredDoc>>> runs = new ArrayList<>();
    bys.forEach(b -> runs.add(new LinkedHashMap<>()));
    CollectionIndex indexed;
    Path work = Files.createTempDirectory("bri-eval-related");
    try {
      Path index = work.resolve("lucene");
      indexed = CollectionIndex.write(collection, index, rankingOptions.stemming(),
          rankingOptions.han(), vectors);
      try (RecordSearcher searcher = RecordSearcher.open(index, rankingOptions.ranking(),
          rankingOptions.stemming(), rankingOptions.han())) {
        for (String seed : related.byQuery().keySet()) {
          for (int i = 0; i < bys.size(); i++) {
            runs.get(i).put(seed, CollectionIndex.scored(searcher.rankings().related(seed, depth, bys.get(i))));
          }
        }
      }
    } finally {
      PathUtils.deleteDirectory(work);
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d documents, %d of them with a vector (%s); %d seeds (documents "
        + "relevant to a query with another relevant one); depth %d.%n%n", collection.size(),
        indexed.embedded(), english.name() + (chinese == null ? "" : "; Chinese-only documents "
        + chinese.name()), related.byQuery().size(), depth);
    out.println("| related by | MAP | nDCG@10 | P@10 | R@100 |");
    out.println("| --- | ---: | ---: | ---: | ---: |");
    for (int i = 0; i < bys.size(); i++) {
      Measures m = Evaluation.of(runs.get(i), related).mean();
      out.printf(Locale.ROOT, "| %s%s | %.4f | %.4f | %.4f | %.4f |%n", bys.get(i).describe(),
          bys.get(i).equals(RelatedBy.PRODUCT) ? " (the product's)" : "", m.map(), m.ndcg10(),
          m.p10(), m.recall100());
    }
    out.printf(Locale.ROOT, "%neval related: %d seeds in %s%n", related.byQuery().size(),
        Timing.seconds(started));
    out.flush();
    return 0;
  }
}
