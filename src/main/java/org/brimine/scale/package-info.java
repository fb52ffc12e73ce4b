/**
 * Builds a synthetic corpus for speed measurements only: papers recombined from the real
 * annotated texts (their sentences, tokens and entity mentions), with years, venues, authors and
 * references drawn like the real ones. Its papers are not real and must never be read as
 * literature; the ranking and theme figures of this project come from real collections.
 */
package org.brimine.scale;
