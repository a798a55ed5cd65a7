package se.namndbok.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The window and the commands sit on the same services; neither reaches past them into the store. */
@AnalyzeClasses(packages = "se.namndbok.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

  @ArchTest
  static final ArchRule noJooqOutsideCore = noClasses().that().resideInAPackage("se.namndbok.app..")
      .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "se.namndbok.core.db.generated..",
          "..persistence..");

  @ArchTest
  static final ArchRule commandsNeverTouchJavaFx = noClasses().that().haveSimpleNameEndingWith("Command")
      .or().resideInAPackage("se.namndbok.app.cli..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..");
}
