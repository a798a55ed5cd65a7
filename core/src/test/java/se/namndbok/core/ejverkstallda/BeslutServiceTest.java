package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.namndbok.core.ejverkstallda.Beslut.avbrott;
import static se.namndbok.core.ejverkstallda.Beslut.avslutat;
import static se.namndbok.core.ejverkstallda.Beslut.beslut;
import static se.namndbok.core.ejverkstallda.Beslut.insats;
import static se.namndbok.core.ejverkstallda.Beslut.verkstallt;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.Atgard;
import se.namndbok.core.audit.AuditEntry;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class BeslutServiceTest {
  private TestStore store;
  private BeslutService service;

  @BeforeEach
  void open() {
    store = TestStore.create();
    service = store.core().beslut();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void registersAndEditsWithAnAuditLineEach() {
    GynnandeBeslut b = beslut(" X-1 ", "2025-01-10");
    service.register(b);
    service.update(verkstallt(beslut("X-1", "2025-01-10"), "2025-05-01"));

    assertThat(service.find("X-1").orElseThrow().verkstallighetsdatum()).isEqualTo("2025-05-01");
    List<AuditEntry> log = store.core().audit().entriesFor("gynnande_beslut", "X-1");
    assertThat(log).extracting(AuditEntry::atgard).containsExactly(Atgard.SKAPA, Atgard.ANDRA);
  }

  /** What the form asks when it could not read a date itself: every other field checked, nothing saved. */
  @Test
  void aCheckRefusesAsRegisteringWouldAndSavesNothing() {
    GynnandeBeslut b = beslut("19121212-1212", "2025-01-10");
    GynnandeBeslut utanDatum = new GynnandeBeslut(b.referens(), b.lag(), b.insats(), b.kon(), b.fodelsear(), null,
        null, null, null, null, b.skal(), List.of());

    assertThatThrownBy(() -> service.check(utanDatum)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("Id:").hasMessageContaining("Beslutsdatum:");
    service.check(beslut("X-1", "2025-01-10"));
    assertThat(service.find("X-1")).isEmpty();
  }

  @Test
  void refusesAnIdThatExistsAndAnEditOfOneThatDoesNot() {
    service.register(beslut("X-1", "2025-01-10"));

    assertThatThrownBy(() -> service.register(beslut("X-1", "2025-02-10"))).isInstanceOf(ValidationException.class)
        .hasMessage("Id: X-1 finns redan");
    assertThatThrownBy(() -> service.update(beslut("X-2", "2025-02-10"))).isInstanceOf(ValidationException.class)
        .hasMessage("Id: X-2 finns inte");
  }

  @Test
  void refusesAnInsatsOfTheOtherLaw() {
    assertThatThrownBy(() -> service.register(insats(beslut("X-1", "2025-01-10"), Lag.SOL, "LSS-9.4")))
        .isInstanceOf(ValidationException.class).hasMessage("Insats: LSS-9.4 är en insats enligt LSS, inte SoL");
  }

  @Test
  void refusesDatesAfterTodayAndOutOfOrderNamingEveryField() {
    GynnandeBeslut b = avslutat(verkstallt(avbrott(beslut("X-1", "2025-03-01"), "2025-03-01"), "2025-02-01"),
        "2025-12-24", null);

    assertThatThrownBy(() -> service.register(b)).isInstanceOfSatisfying(ValidationException.class,
        e -> assertThat(e.errors()).extracting(ValidationException.FieldError::toString).containsExactly(
            "Avslutsdatum: 2025-12-24 ligger efter dagens datum (2025-11-03)",
            "Avbrottsdatum: måste vara senare än beslutsdatum (2025-03-01)",
            "Verkställighetsdatum: får inte vara tidigare än beslutsdatum (2025-03-01)",
            "Avslutsorsak: måste anges när avslutsdatum är ifyllt (AVLIDEN, EGEN-BEGARAN eller UTAN-VERKSTALLAN)"));
    assertThat(service.find("X-1")).isEmpty();
  }

  @Test
  void offersTheCatalogueOfOneLawInOrder() {
    assertThat(service.insatser(Lag.LSS)).extracting(Insats::kod).startsWith("LSS-9.1", "LSS-9.2").endsWith("LSS-9.10")
        .hasSize(10);
    assertThat(service.insatser(Lag.SOL)).hasSize(16).first().extracting(Insats::rubrik)
        .isEqualTo("Särskilt boende, ÄO");
  }
}
