package se.namndbok.core.anvandare;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import se.namndbok.core.server.persistence.ServerSchema;

class SkrivrattTest {

  @Test
  void aRoleWithoutTheRightIsRefusedInSwedishNamingTheRoleNeeded() {
    Behorighet lars = new Behorighet(new Anvandare("lars", java.util.Set.of(AnvandarRoll.LASARE)));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> lars.kravSkriva("arende"))
        .isInstanceOf(BehorighetException.class)
        .hasMessage("Du (lars) har inte behörighet att ändra ärenden i diariet: det kräver rollen sekreterare "
            + "eller registrator.");
    Behorighet.allt("ola").kravSkriva("arende");
  }

  @Test
  void everyTableOfTheSchemaHasItsWritersNamedSoANewTableCannotBeForgotten() {
    assertThat(ServerSchema.tabeller().stream().map(t -> t.getName()).toList())
        .as("tables without a line in Skrivratt (decision 0091)")
        .containsExactlyInAnyOrderElementsOf(Skrivratt.tabeller());
  }

  @Test
  void aLasareWritesNothingAndNeverReadsTheAuditLog() {
    for (var t : ServerSchema.tabeller()) {
      assertThat(Skrivratt.skriver(AnvandarRoll.LASARE, t.getName())).as(t.getName()).isFalse();
    }
    assertThat(Skrivratt.dold("audit_logg")).isTrue();
  }

  @Test
  void roleNamesCarryTheDatabaseNameSoTwoNamnderOnOneServerDoNotShareThem() {
    assertThat(AnvandarRoll.LASARE.gruppRoll("Namndbok-Lulea")).isEqualTo("namndbok_lulea_lasare");
  }
}
