package org.brimine.model;

/**
 * One token of an annotated text.
 *
 * @param word the token as written
 * @param lemma its lemma, lower case as CoreNLP gives it
 * @param pos its Penn Treebank part-of-speech tag
 * @param start offset of its first character in the annotated text
 * @param end offset just past its last character
 */
public record Token(String word, String lemma, String pos, int start, int end) {}
