/**
 * Science maps of the papers a query finds: co-citation, bibliographic coupling, co-authorship
 * and co-occurrence networks, their Leiden clusters labelled by distinctive keyphrases, Kleinberg
 * bursts over years, and the files that Gephi, Pajek and VOSviewer open.
 *
 * <p>Needs the {@link org.brimine.search.PaperTraits} of the papers in scope (read through the
 * search package; no Lucene type appears here) and adds networks, clusters and bursts as records.
 */
package org.brimine.maps;
