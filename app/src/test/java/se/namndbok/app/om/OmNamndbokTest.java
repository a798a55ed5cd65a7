package se.namndbok.app.om;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class OmNamndbokTest {
  @Test
  void readsNameVersionAndEveryLicenceOfALineOfTheBuildsList() {
    assertThat(Bibliotek.parse("     (Eclipse Public License - v 1.0) (GNU Lesser General Public License) Logback Core "
        + "Module (ch.qos.logback:logback-core:1.5.18 - http://logback.qos.ch/logback-core)")).contains(new Bibliotek(
            "Logback Core Module", "1.5.18",
            "Eclipse Public License - v 1.0 eller GNU Lesser General Public License", "ch.qos.logback:logback-core",
            "http://logback.qos.ch/logback-core"));
    assertThat(Bibliotek.parse("  (GPL v2 (with Classpath Exception)) javafx base (org.openjfx:javafx-base:25.0.4 - "
        + "https://openjdk.org)")).map(Bibliotek::licens).contains("GPL v2 (with Classpath Exception)");
    assertThat(Bibliotek.parse("Lists of 46 third-party dependencies.")).isEmpty();
    assertThat(Bibliotek.parse("")).isEmpty();
  }

  @Test
  void librariesThatShareANameAreToldApartByTheirArtefact() {
    assertThat(OmNamndbok.bibliotek(List.of(
        "     (Apache-2.0) Ikonli (org.kordamp.ikonli:ikonli-javafx:12.4.0 - https://github.com/kordamp/ikonli)",
        "     (Apache-2.0) Apache PDFBox (org.apache.pdfbox:pdfbox:3.0.8 - https://www.apache.org/pdfbox-parent/pdfbox/)",
        "     (Apache-2.0) Ikonli (org.kordamp.ikonli:ikonli-core:12.4.0 - https://github.com/kordamp/ikonli)")))
        .extracting(Bibliotek::namn).containsExactly("Apache PDFBox", "Ikonli (ikonli-core)", "Ikonli (ikonli-javafx)");
    assertThat(OmNamndbok.load().bibliotek()).extracting(Bibliotek::namn).doesNotHaveDuplicates();
  }

  @Test
  void theVersionIsThePomsAndNotAPlaceholder() {
    assertThat(OmNamndbok.load().version()).matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  /**
   * The list is the build's, not typed by hand: the jar each of these classes is loaded from (on this test's class
   * path, as in namndbok.jar) is in it with that very version, and with a licence.
   */
  @Test
  void everyLibraryTheProgramLoadsIsListedWithItsVersionAndALicence() {
    List<Bibliotek> listed = OmNamndbok.load().bibliotek();
    assertThat(listed).hasSizeGreaterThan(30).allSatisfy(b -> assertThat(b.licens()).isNotBlank())
        .noneMatch(b -> b.artefakt().startsWith("se.namndbok"));
    Stream.of(org.h2.Driver.class, org.jooq.DSLContext.class, org.flywaydb.core.Flyway.class,
        org.apache.pdfbox.pdmodel.PDDocument.class, javafx.scene.Node.class, javafx.scene.control.Button.class,
        picocli.CommandLine.class, com.fasterxml.jackson.databind.ObjectMapper.class,
        org.postgresql.Driver.class, ch.qos.logback.classic.Logger.class, atlantafx.base.theme.PrimerLight.class,
        org.dhatim.fastexcel.Workbook.class).forEach(c -> {
          String jar = Path.of(c.getProtectionDomain().getCodeSource().getLocation().getPath()).getFileName()
              .toString();
          assertThat(listed).as(c.getName() + " from " + jar)
              .anyMatch(b -> jar.startsWith(b.artefakt().substring(b.artefakt().indexOf(':') + 1) + "-" + b.version()));
        });
    // POI reads the sheets back in the tests only (decision 0140): it does not travel, so it is not listed
    assertThat(listed).noneMatch(b -> b.artefakt().startsWith("org.apache.poi:"));
    assertThat(listed).filteredOn(b -> b.artefakt().equals("com.h2database:h2")).singleElement()
        .satisfies(b -> assertThat(b.licens()).contains("MPL 2.0"));
  }

  @Test
  void thePdfTypefacesLicenceTravelsWithTheProgram() {
    assertThat(OmNamndbok.load().typsnittLicens()).contains("Bitstream");
  }
}
