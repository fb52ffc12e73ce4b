/**
 * SolrCloud as the index beyond one machine (issue 22): the configset generated from {@link
 * org.brimine.index.Schema} and {@link org.brimine.search.Ranking}, pushing records into a
 * collection, searching it behind {@link org.brimine.search.SearchBackend}, and a local
 * two-node cloud to try it on.
 *
 * <p>The only package that imports Solr (SolrJ, and Solr's own runner for {@code bri solr
 * local}); it imports no Lucene type: what analysis needs of ours is in the index package.
 */
package org.brimine.solr;
