package se.namndbok.core.server.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.namndbok.core.anvandare.AnvandarRoll;

class RattigheterTest {

  @Test
  void everyTableOfTheSchemaHasItsWritersNamedSoANewTableCannotBeForgotten() {
    assertThat(ServerSchema.tabeller().stream().map(t -> t.getName()).toList())
        .as("tables without a line in Rattigheter.SKRIVER (decision 0091)")
        .containsExactlyInAnyOrderElementsOf(Rattigheter.tabeller());
  }

  @Test
  void aLasareWritesNothingAndReadsConfidentialTablesOnlyThroughTheMaskingViews() {
    for (var t : ServerSchema.tabeller()) {
      assertThat(Rattigheter.skriver(AnvandarRoll.LASARE, t.getName())).as(t.getName()).isFalse();
    }
    assertThat(Rattigheter.laserDirekt(AnvandarRoll.LASARE, "arendepunkt")).isFalse();
    assertThat(Rattigheter.laserDirekt(AnvandarRoll.LASARE, "audit_logg")).isFalse();
    assertThat(Rattigheter.laserDirekt(AnvandarRoll.LASARE, "sammantrade")).isTrue();
    assertThat(Rattigheter.laserDirekt(AnvandarRoll.SEKRETERARE, "arendepunkt")).isTrue();
  }

  @Test
  void roleNamesCarryTheDatabaseNameSoTwoNamnderOnOneServerDoNotShareThem() {
    assertThat(ServerSchema.prefixFor("Namndbok-Lulea")).isEqualTo("namndbok_lulea");
  }
}
