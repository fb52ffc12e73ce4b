/**
 * Annotates text with Stanford CoreNLP and the Belt and Road gazetteer: sentences, tokens with
 * lemmas and part-of-speech tags, and entity mentions normalised to canonical names.
 *
 * <p>The only package that imports {@code edu.stanford}: CoreNLP's types stay inside it.
 */
package org.brimine.annotate;
