package se.namndbok.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.conditions.ArchConditions;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import se.namndbok.core.CoreServices;
import se.namndbok.core.db.Tx;

/** core is the bottom layer: no JavaFX, no PDFBox, and jOOQ only behind the persistence packages. */
@AnalyzeClasses(packages = "se.namndbok.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

  @ArchTest
  static final ArchRule knowsNoJavaFxAndNoPdfBox = noClasses().that().resideInAPackage("se.namndbok.core..")
      .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.apache.pdfbox..", "org.apache.poi..",
          "org.dhatim..", "se.namndbok.reports..", "se.namndbok.app..");

  @ArchTest
  static final ArchRule onlyPersistenceUsesJooq = noClasses().that().resideInAPackage("se.namndbok.core..")
      .and().resideOutsideOfPackages("..persistence..", "se.namndbok.core.db", "se.namndbok.core.db.generated..")
      .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "se.namndbok.core.db.generated..");

  @ArchTest
  static final ArchRule featuresAreFreeOfCycles = slices().matching("se.namndbok.core.(*)..")
      .should().beFreeOfCycles();

  /** A transaction is opened by the service a user action calls; nothing outside the store's code takes one. */
  @ArchTest
  static final ArchRule noPublicMethodTakesATransaction = noMethods().that().arePublic()
      .and().areDeclaredInClassesThat().resideOutsideOfPackages("..persistence..", "se.namndbok.core.db..")
      .should(ArchConditions.have(new DescribedPredicate<JavaCodeUnit>("a Tx parameter") {
        @Override
        public boolean test(JavaCodeUnit m) {
          return m.getRawParameterTypes().stream().anyMatch(t -> t.isEquivalentTo(Tx.class));
        }
      }));

  /** What the composition root hands out: every service, import, list and log. */
  private static final Set<String> HANDED_OUT = Arrays.stream(CoreServices.class.getMethods())
      .filter(m -> m.getDeclaringClass() == CoreServices.class && m.getParameterCount() == 0)
      .map(m -> m.getReturnType().getName()).filter(n -> n.startsWith("se.namndbok.core.")
          && !n.equals("se.namndbok.core.db.Database") && !n.equals("se.namndbok.core.shared.Clock"))
      .collect(Collectors.toSet());

  /** Services are built once, by the composition root, and handed to each other through constructors. */
  @ArchTest
  static final ArchRule onlyTheRootBuildsServices = noClasses().that().doNotBelongToAnyOf(CoreServices.class)
      .should(ArchConditions.callCodeUnitWhere(new DescribedPredicate<JavaCall<?>>("a service's constructor") {
        @Override
        public boolean test(JavaCall<?> call) {
          return call instanceof JavaConstructorCall && (call.getTargetOwner().getSimpleName().endsWith("Service")
              || HANDED_OUT.contains(call.getTargetOwner().getName()));
        }
      }));
}
