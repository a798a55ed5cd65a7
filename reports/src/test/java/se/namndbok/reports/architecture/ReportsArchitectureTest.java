package se.namndbok.reports.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.namndbok.reports", importOptions = ImportOption.DoNotIncludeTests.class)
class ReportsArchitectureTest {

  /** Only the layout package draws; the attachment check may read PDFs. Renderers build blocks. */
  @ArchTest
  static final ArchRule onlyLayoutTouchesPdfBox = noClasses()
      .that().resideOutsideOfPackages("se.namndbok.reports.layout..", "se.namndbok.reports.bilaga..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.pdfbox..");

  /** Reports are handed data: no database access, no transaction, no persistence, no service of the core. */
  @ArchTest
  static final ArchRule reportsNeverQuery = noClasses()
      .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "java.sql..", "se.namndbok.core.db..",
          "..persistence..")
      .orShould().dependOnClassesThat().haveSimpleNameEndingWith("Service");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles = slices().matching("se.namndbok.reports.(*)..").should().beFreeOfCycles();
}
