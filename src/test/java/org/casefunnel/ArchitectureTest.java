package org.casefunnel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.restassured.RestAssured;
import jakarta.ws.rs.QueryParam;
import org.junit.jupiter.api.Test;

/** The package structure: imports point one way, from features to the model and the leaves. */
class ArchitectureTest {

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("org.casefunnel");

  private static final JavaClasses TESTS =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
          .importPackages("org.casefunnel");

  private static final String[] FEATURES = {
    "org.casefunnel.analysis..",
    "org.casefunnel.document..",
    "org.casefunnel.export..",
    "org.casefunnel.extraction..",
    "org.casefunnel.figure..",
    "org.casefunnel.funnel..",
    "org.casefunnel.history..",
    "org.casefunnel.pages..",
    "org.casefunnel.reconciliation..",
    "org.casefunnel.series..",
    "org.casefunnel.source..",
    "org.casefunnel.statement.."
  };

  @Test
  void noPackageCycles() {
    slices()
        .matching("org.casefunnel.(**)")
        .should()
        .beFreeOfCycles()
        .because(
            "a newcomer must be able to change one package by reading it and what it imports,"
                + " not a knot of packages that all import each other")
        .check(MAIN);
  }

  @Test
  void theModelDependsOnNoFeature() {
    noClasses()
        .that()
        .resideInAPackage("org.casefunnel.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(FEATURES)
        .because("every feature changes a funnel through the model, so it must stand below them")
        .check(MAIN);
  }

  @Test
  void textAndStatisticsAreLeaves() {
    classes()
        .that()
        .resideInAnyPackage("org.casefunnel.text..", "org.casefunnel.statistics..")
        .should()
        .onlyDependOnClassesThat()
        .resideOutsideOfPackage("org.casefunnel..")
        .orShould()
        .dependOnClassesThat()
        .resideInAnyPackage("org.casefunnel.text..", "org.casefunnel.statistics..")
        .because("text and maths are plain functions that any feature can use and test alone")
        .check(MAIN);
  }

  @Test
  void onlyTheWritePathRaisesVersions() {
    noClasses()
        .that()
        .doNotHaveFullyQualifiedName("org.casefunnel.model.FunnelChanges")
        .should()
        .callMethod(
            jakarta.persistence.EntityManager.class,
            "lock",
            Object.class,
            jakarta.persistence.LockModeType.class)
        .because("versions move in one place, FunnelChanges, so no write can forget or double it")
        .check(MAIN);
  }

  @Test
  void queryParametersAreBoundedByTheirSchemasNotByBeanValidation() {
    noClasses()
        .that()
        .areAnnotatedWith(jakarta.ws.rs.Path.class)
        .or(
            DescribedPredicate.describe(
                "declare query parameters",
                c -> c.getFields().stream().anyMatch(f -> f.isAnnotatedWith(QueryParam.class))))
        .should()
        .dependOnClassesThat()
        .resideInAPackage("jakarta.validation..")
        .because(
            "a constraint on a resource method makes Hibernate Validator read every annotation of"
                + " every method of its class at each start (about 60 ms of a restart); a query"
                + " parameter's bounds are its @Parameter schema, which the spec declares and"
                + " QueryParameterNames enforces, and bodies are checked by BeanChecks")
        .check(MAIN);
  }

  @Test
  void noTestLogsInForEveryRequest() {
    noClasses()
        .should()
        .setField(RestAssured.class, "authentication")
        .orShould()
        .setField(RestAssured.class, "requestSpecification")
        .because(
            "a default login set by one test class stays in the JVM for every class that runs"
                + " after it, so a class can pass only because another ran first; each request"
                + " says who sends it (TestAuth.asEditor(), asReader(), anonymous())")
        .check(TESTS);
  }
}
