/**
 * Finds what a paper is about: themes from a taxonomy kept as data (the five connectivity lines
 * of the Belt and Road and further themes), tagged per sentence on lemmas with their evidence,
 * and keyphrases taken from the text itself.
 */
package org.brimine.themes;
