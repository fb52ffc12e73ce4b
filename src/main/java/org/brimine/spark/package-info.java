/**
 * Batch annotation on Spark: the parse, annotate and theme stages over many files on any
 * Hadoop-compatible file system, each executor building the stages once, writing the lines of
 * paper records that {@code bri index --records} indexes. The only package that imports Spark and
 * Hadoop; spark-submit supplies both (they are provided dependencies).
 */
package org.brimine.spark;
