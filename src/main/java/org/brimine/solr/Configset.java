package org.brimine.solr;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.brimine.index.HanText;
import org.brimine.index.Stemming;
import org.brimine.search.Ranking;

/**
 * A Solr configset generated from the code: {@code managed-schema.xml} from {@link
 * org.brimine.index.Schema} and {@code solrconfig.xml} from the {@link Ranking}, so a collection
 * cannot drift from the local index.
 *
 * @param ranking the field boosts, BM25 parameters and proximity bonus
 * @param stemming the English stemmer of the text fields
 * @param han the analysis of Chinese runs in the text fields
 * @param portable whether to use Solr's stock filters only (Chinese as pairs of characters)
 */
public record Configset(Ranking ranking, Stemming stemming, HanText han, boolean portable) {
  /** The product's configset: the default ranking and analysis, with our Chinese words. */
  public static final Configset DEFAULT =
      new Configset(Ranking.DEFAULT, Stemming.DEFAULT, HanText.DEFAULT, false);

  /** The schema file's name. */
  public static final String SCHEMA_FILE = "managed-schema.xml";
  /** The configuration file's name. */
  public static final String CONFIG_FILE = "solrconfig.xml";

  public Configset {
    java.util.Objects.requireNonNull(ranking, "ranking");
    java.util.Objects.requireNonNull(stemming, "stemming");
    java.util.Objects.requireNonNull(han, "han");
  }

  /** The schema as XML text. */
  public String schemaXml() {
    return new SchemaXml(stemming, han, portable).text(ranking);
  }

  /** The configuration as XML text. */
  public String configXml() {
    return new ConfigXml().text(ranking);
  }

  /**
   * Writes both files into {@code dir}, made if missing; Solr's {@code bin/solr zk upconfig
   * -d DIR} uploads it as it is.
   *
   * @return the files written
   */
  public List<Path> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Path schema = dir.resolve(SCHEMA_FILE);
    Path config = dir.resolve(CONFIG_FILE);
    Files.writeString(schema, schemaXml());
    Files.writeString(config, configXml());
    return List.of(schema, config);
  }
}
