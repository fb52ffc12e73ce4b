package org.brimine.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.brimine.index.HanText;
import org.brimine.index.Stemming;
import org.brimine.search.Ranking;
import org.brimine.solr.Configset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code bri solr configset --out DIR}: the Solr configset of the index schema. */
@Command(name = "configset", mixinStandardHelpOptions = true,
    description = {"Write a Solr configset (managed-schema.xml, solrconfig.xml) generated from "
        + "the index schema: the same fields, analysis, facets and BM25 ranking.",
        "Upload it with Solr's `bin/solr zk upconfig -n NAME -d DIR`."})
final class SolrConfigsetCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder to write")
  Path out;

  @Option(names = "--portable", description = "Solr's stock filters only: Chinese as pairs of "
      + "characters instead of our words (for nodes without the bri-miner jar)")
  boolean portable;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Configset set = new Configset(Ranking.DEFAULT, Stemming.DEFAULT, HanText.DEFAULT, portable);
    PrintWriter out = spec.commandLine().getOut();
    for (Path file : set.write(this.out)) {
      out.println("wrote " + file);
    }
    out.println("solr configset: " + (portable ? "portable " : "") + "configset in " + this.out);
    out.flush();
    return 0;
  }
}
