package org.brimine;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of DESIGN.md and STYLE.md, checked on the product's classes (not the
 * tests'): each third-party engine stays in the package that owns it, the model stands alone,
 * the stages never reach up to the application layer, the command line or the web server, and
 * no two packages need each other.
 */
@AnalyzeClasses(packages = "org.brimine", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {
  /** The stages, in the order data flows through them. */
  private static final String[] STAGES = {"org.brimine.ingest..", "org.brimine.parse..",
      "org.brimine.annotate..", "org.brimine.themes..", "org.brimine.index..",
      "org.brimine.search..", "org.brimine.maps..", "org.brimine.report.."};

  @ArchTest
  static final ArchRule coreNlpOnlyInAnnotate = noClasses()
      .that().resideOutsideOfPackage("org.brimine.annotate..")
      .should().dependOnClassesThat().resideInAPackage("edu.stanford.nlp..")
      .because("CoreNLP types appear only in the annotation package (DESIGN.md)");

  @ArchTest
  static final ArchRule luceneOnlyInIndexSearchAndBench = noClasses()
      .that().resideOutsideOfPackages("org.brimine.index..", "org.brimine.search..",
          "org.brimine.bench..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.lucene..")
      .because("Lucene types appear only in the index and search packages (DESIGN.md), and in "
          + "the benchmarks that measure them");

  @ArchTest
  static final ArchRule sparkAndHadoopOnlyInSpark = noClasses()
      .that().resideOutsideOfPackage("org.brimine.spark..")
      .should().dependOnClassesThat().resideInAnyPackage("org.apache.spark..", "org.apache.hadoop..",
          "scala..")
      .because("Spark is a provided dependency, present only under spark-submit: nothing the "
          + "bri commands load may need it");

  @ArchTest
  static final ArchRule leidenOnlyInMaps = noClasses()
      .that().resideOutsideOfPackage("org.brimine.maps..")
      .should().dependOnClassesThat().resideInAPackage("nl.cwts..")
      .because("CWTS's network library clusters science maps, and nothing else");

  @ArchTest
  static final ArchRule modelStandsAlone = noClasses()
      .that().resideInAPackage("org.brimine.model..")
      .should().dependOnClassesThat(resideInAnyPackage("edu.stanford.nlp..", "org.apache.lucene..")
          .or(resideInAPackage("org.brimine..").and(not(resideInAPackage("org.brimine.model..")))))
      .because("the model records import neither CoreNLP nor Lucene, nor any stage (DESIGN.md)");

  @ArchTest
  static final ArchRule ingestRejectsByTypedReasons = noClasses()
      .that().resideInAPackage("org.brimine.ingest..")
      .and().doNotHaveFullyQualifiedName("org.brimine.ingest.Rejection$Reason")
      .should().callConstructor(org.brimine.model.Problem.class, String.class, String.class,
          String.class)
      .because("a reader rejects a file or record by a Rejection.Reason, never by a reason "
          + "code spelt out as a string");

  @ArchTest
  static final ArchRule solrOnlyInSolr = noClasses()
      .that().resideOutsideOfPackage("org.brimine.solr..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.solr..")
      .because("SolrJ and Solr's runner stay in the package that talks to SolrCloud (issue 22)");

  @ArchTest
  static final ArchRule picocliOnlyInCli = noClasses()
      .that().resideOutsideOfPackage("org.brimine.cli..")
      .should().dependOnClassesThat().resideInAPackage("picocli..")
      .because("option parsing is the command line's; the library takes records");

  @ArchTest
  static final ArchRule stagesDoNotReachUp = noClasses()
      .that().resideInAnyPackage(STAGES)
      .should().dependOnClassesThat()
      .resideInAnyPackage("org.brimine.library..", "org.brimine.cli..", "org.brimine.web..")
      .because("only the application layer wires stages together; no stage depends on it or on "
          + "those that present it");

  @ArchTest
  static final ArchRule libraryDoesNotUseItsCallers = noClasses()
      .that().resideInAPackage("org.brimine.library..")
      .should().dependOnClassesThat().resideInAnyPackage("org.brimine.cli..", "org.brimine.web..")
      .because("the command line and the web server call the library, not the other way");

  @ArchTest
  static final ArchRule webDoesNotUseTheCommandLine = noClasses()
      .that().resideInAPackage("org.brimine.web..")
      .should().dependOnClassesThat().resideInAPackage("org.brimine.cli..")
      .because("the web server shares the library with the command line, not the commands");

  @ArchTest
  static final ArchRule noCyclesBetweenPackages = slices()
      .matching("org.brimine.(*)..")
      .should().beFreeOfCycles();
}
