package se.namndbok.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import atlantafx.base.theme.PrimerLight;
import atlantafx.base.theme.Styles;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.OpenProgress;
import se.namndbok.core.db.Andringsbevakning;
import se.namndbok.core.db.PasswordException;
import se.namndbok.core.db.StoreConnectionException;
import se.namndbok.core.db.StoreInUseException;
import se.namndbok.core.db.StoreUnavailableException;

/**
 * The window and the commands sit on the core's services; neither reaches past them into the store, opens a
 * transaction or composes services into one.
 */
@AnalyzeClasses(packages = "se.namndbok.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

  @ArchTest
  static final ArchRule noJooqOutsideCore = noClasses().that().resideInAPackage("se.namndbok.app..")
      .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "se.namndbok.core.db.generated..",
          "..persistence..", "java.sql..");

  /**
   * Opening and closing the store, its connection failures, its refusal of a missing or wrong password (the window
   * asks again, decision 0136), hearing how an upgrade of its schema goes and listening for colleagues' changes are
   * all the window and the commands do with it: no Tx, no Transactions, no files.
   */
  @ArchTest
  static final ArchRule noTransactionsOutsideCore = noClasses().that().resideInAPackage("se.namndbok.app..")
      .should().dependOnClassesThat(resideInAPackage("se.namndbok.core.db..")
          .and(not(belongToAnyOf(Database.class, StoreInUseException.class, StoreConnectionException.class,
              StoreUnavailableException.class, PasswordException.class, Andringsbevakning.Lyssnare.class,
              OpenProgress.class))));

  @ArchTest
  static final ArchRule commandsNeverTouchJavaFx = noClasses().that().haveSimpleNameEndingWith("Command")
      .or().resideInAPackage("se.namndbok.app.cli..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.controlsfx..");

  /** Commands are registered where the program starts; the command line knows no feature. */
  @ArchTest
  static final ArchRule commandLineKnowsNoFeature = noClasses().that().resideInAPackage("se.namndbok.app.cli..")
      .should().dependOnClassesThat(resideInAPackage("se.namndbok.app..")
          .and(not(resideInAnyPackage("se.namndbok.app.cli..", "se.namndbok.app.shared.."))));

  /**
   * namndbok.jar carries only the filled Material 2 icons: app/pom.xml's shade filter leaves the outlined, round and
   * sharp sets out (decision 0140), so a window using one would fail in the jar though every test here passes.
   */
  @ArchTest
  static final ArchRule onlyTheFilledMaterial2IconsThatTravelInTheJar = noClasses()
      .that().resideInAPackage("se.namndbok.app..")
      .should().dependOnClassesThat(resideInAPackage("org.kordamp.ikonli.material2..")
          .and(not(belongToAnyOf(Material2AL.class, Material2MZ.class))));

  /**
   * namndbok.jar carries only Primer Light's style sheets: app/pom.xml's shade filter leaves the other AtlantaFX
   * themes' sheets out (decision 0148), so a window installing one would lose its styling in the jar alone.
   */
  @ArchTest
  static final ArchRule onlyThePrimerLightThemeThatTravelsInTheJar = noClasses()
      .that().resideInAPackage("se.namndbok.app..")
      .should().dependOnClassesThat(resideInAPackage("atlantafx.base.theme..")
          .and(not(belongToAnyOf(PrimerLight.class, Styles.class))));

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles = slices().matching("se.namndbok.app.(*)..").should().beFreeOfCycles();
}
