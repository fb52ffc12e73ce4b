package org.brimine.solr;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.brimine.index.Schema;
import org.brimine.search.Ranking;
import org.w3c.dom.Element;

/**
 * Writes a collection's {@code solrconfig.xml}: an update log (SolrCloud needs one), exact
 * distributed statistics, and a {@code /select} handler whose defaults parse and rank as the
 * local search does: extended DisMax over the ranking's default fields with their boosts, each
 * word also matched whole in the entity field, the fields' scores added up ({@code tie=1}, as
 * the local parser's SHOULD clauses are), fields limited to {@link Schema#QUERY_FIELDS}. The
 * proximity bonus is a rerank query that {@link SolrSearcher} adds to each search by relevance.
 *
 * <p>NOTE: where the two differ. A {@code theme:} clause ranks by the theme's weight as the
 * local one does only when {@link SolrSearcher} has rewritten it into a {@code rank} query
 * ({@link ThemeClauses}; {@code _query_} is allowed for that, our parser refuses it from a
 * user); sent to {@code /select} as typed, it is a plain filter. The local search leaves a
 * word's entity clause out when the index has none of its terms, which changes no score.
 */
final class ConfigXml {
  /** What a query's words are also matched against, whole: entity names in any language. */
  private static final float ENTITY_BOOST = 1.0f;

  /** The configuration as XML text. */
  String text(Ranking ranking) {
    XmlFile xml = new XmlFile("config");
    Element root = xml.root();
    xml.add(root, "luceneMatchVersion").setTextContent("9.12");
    xml.add(root, "dataDir").setTextContent("${solr.data.dir:}");
    xml.add(root, "directoryFactory", "name", "DirectoryFactory", "class",
        "${solr.directoryFactory:solr.NRTCachingDirectoryFactory}");
    Element schema = xml.add(root, "schemaFactory", "class", "ManagedIndexSchemaFactory");
    xml.text(schema, "bool", "mutable", "false");
    xml.text(schema, "str", "managedSchemaResourceName", "managed-schema.xml");
    Element index = xml.add(root, "indexConfig");
    xml.add(index, "lockType").setTextContent("${solr.lock.type:native}");
    // idf and average lengths over the whole collection, not per shard: the same scores as one index
    xml.add(root, "statsCache", "class", "org.apache.solr.search.stats.ExactStatsCache");
    updateHandler(xml, root);
    Element select = xml.add(root, "requestHandler", "name", "/select", "class",
        "solr.SearchHandler");
    Element defaults = xml.add(select, "lst", "name", "defaults");
    for (Map.Entry<String, String> p : selectDefaults(ranking).entrySet()) {
      xml.text(defaults, "str", p.getKey(), p.getValue());
    }
    return xml.text();
  }

  private static void updateHandler(XmlFile xml, Element root) {
    Element update = xml.add(root, "updateHandler", "class", "solr.DirectUpdateHandler2");
    Element log = xml.add(update, "updateLog");
    xml.text(log, "str", "dir", "${solr.ulog.dir:}");
    Element hard = xml.add(update, "autoCommit");
    xml.add(hard, "maxTime").setTextContent("${solr.autoCommit.maxTime:15000}");
    xml.add(hard, "openSearcher").setTextContent("false");
    Element soft = xml.add(update, "autoSoftCommit");
    xml.add(soft, "maxTime").setTextContent("${solr.autoSoftCommit.maxTime:-1}");
  }

  /** The {@code /select} defaults; a request may override each. */
  static Map<String, String> selectDefaults(Ranking ranking) {
    Map<String, String> p = new java.util.LinkedHashMap<>();
    p.put("defType", "edismax");
    p.put("q.op", "OR");
    p.put("sow", "true");
    p.put("tie", "1.0");
    p.put("qf", weighted(ranking, 1f) + " " + Schema.ENTITY + "^" + ENTITY_BOOST);
    p.put("uf", String.join(" ", Schema.QUERY_FIELDS) + " _query_ -" + Schema.RECORD);
    p.put("q.alt", "*:*");
    p.put("hl.method", "unified");
    p.put("hl.tag.pre", "<mark>");
    p.put("hl.tag.post", "</mark>");
    p.put("hl.encoder", "html");
    p.put("facet.mincount", "1");
    return p;
  }

  /** The ranking's default fields with their boosts times {@code factor}, in the schema's order. */
  private static String weighted(Ranking ranking, float factor) {
    List<String> fields = new ArrayList<>();
    for (String f : Schema.DEFAULT_FIELDS) {
      Float boost = ranking.boosts().get(f);
      if (boost != null) {
        fields.add(f + "^" + String.format(Locale.ROOT, "%s", boost * factor));
      }
    }
    return String.join(" ", fields);
  }
}
