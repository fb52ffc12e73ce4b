/**
 * Writes records into the Lucene index: the schema of field names, the analyzers, the mapping
 * from records to Lucene documents, and the writer that commits batches.
 *
 * <p>With the search package, the only place that imports Lucene.
 */
package org.brimine.index;
