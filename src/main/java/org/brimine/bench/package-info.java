/**
 * Benchmark code, apart from the stages: what the {@code bri bench} commands of {@code cli}
 * measure with, and nothing the product's own work calls.
 *
 * <ul>
 *   <li>The synthetic corpus of {@code bri bench scale}, FOR SPEED MEASUREMENTS ONLY: papers
 *       recombined from the real annotated texts ({@link org.brimine.bench.RealTexts}, {@link
 *       org.brimine.bench.RealMaterial}) with years, venues, authors and references drawn like
 *       the real ones ({@link org.brimine.bench.SyntheticPapers}), and indexed through the
 *       product's stages ({@link org.brimine.bench.ScaleIndexer}). Its papers are not real and
 *       must never be read as literature; the ranking and theme figures of this project come
 *       from real collections. Its random draws come from Apache Commons RNG, seeded so that the
 *       same seed gives the same corpus.</li>
 *   <li>What {@code bri bench search} runs and measures: the fixed query set ({@link
 *       org.brimine.bench.BenchQueries}), the bare Lucene searcher that is the floor ({@link
 *       org.brimine.bench.FloorSearcher}: Lucene is allowed here, as in index and search) and
 *       the latency percentiles ({@link org.brimine.bench.Latencies}, HdrHistogram).</li>
 *   <li>What {@code bri bench solr} compares: the local index against another search backend
 *       (a SolrCloud collection) on the same query set ({@link
 *       org.brimine.bench.BackendComparison}), top 10 against top 10 ({@link
 *       org.brimine.bench.TopAgreement}).</li>
 *   <li>Peak heap ({@link org.brimine.bench.HeapPeak}) and one Chinese annotation run ({@link
 *       org.brimine.bench.ZhBenchRun}).</li>
 *   <li>The phases of science maps and bursts over a whole index ({@link
 *       org.brimine.bench.MapBench}, {@code bri bench maps}).</li>
 * </ul>
 */
package org.brimine.bench;
