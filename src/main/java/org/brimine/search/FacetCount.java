package org.brimine.search;

/**
 * How many matching records carry one value of a facet.
 *
 * @param value the facet value
 * @param count the number of matching records with it
 */
public record FacetCount(String value, long count) {}
