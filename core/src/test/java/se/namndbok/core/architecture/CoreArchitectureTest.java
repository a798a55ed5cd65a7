package se.namndbok.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** core is the bottom layer: no JavaFX, no PDFBox, and jOOQ only behind the persistence packages. */
@AnalyzeClasses(packages = "se.namndbok.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule knowsNoJavaFxAndNoPdfBox = noClasses().that().resideInAPackage("se.namndbok.core..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.pdfbox..", "org.apache.poi..",
          "se.namndbok.reports..", "se.namndbok.app..");

  @ArchTest
  static final ArchRule onlyPersistenceUsesJooq = noClasses().that().resideInAPackage("se.namndbok.core..")
      .and().resideOutsideOfPackages("..persistence..", "se.namndbok.core.db", "se.namndbok.core.db.generated..")
      .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "se.namndbok.core.db.generated..");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles = slices().matching("se.namndbok.core.(*)..")
      .should().beFreeOfCycles();
}
