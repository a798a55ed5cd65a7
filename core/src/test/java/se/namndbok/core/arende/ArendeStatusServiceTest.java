package se.namndbok.core.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class ArendeStatusServiceTest {
  private TestStore store;
  private ArendeService arenden;
  private ArendeStatusService service;
  private Arende a;

  @BeforeEach
  void open() {
    store = TestStore.create();
    arenden = store.core().arenden();
    service = store.core().arendestatus();
    a = arenden.register(NyttArende.nytt("3.9", "Yttrande till IVO", "Anna Ek", false, LocalDate.of(2025, 9, 1)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void closesAndReopensWithTheReasonsInTheHistoryAndTheAuditLog() {
    Arende closed = service.avsluta(a.id(), "  Beslut fattat ");
    Arende reopened = service.ateroppna(a.id(), "Nytt yttrande har kommit in");

    assertThat(closed.status()).isEqualTo(ArendeStatus.AVSLUTAT);
    assertThat(reopened.status()).isEqualTo(ArendeStatus.PAGAENDE);
    assertThat(arenden.findById(a.id()).orElseThrow().status()).isEqualTo(ArendeStatus.PAGAENDE);
    assertThat(service.historik(a.id())).extracting(Statushandelse::status, Statushandelse::anledning,
        Statushandelse::anvandare).containsExactly(
            org.assertj.core.groups.Tuple.tuple(ArendeStatus.AVSLUTAT, "Beslut fattat", "testare"),
            org.assertj.core.groups.Tuple.tuple(ArendeStatus.PAGAENDE, "Nytt yttrande har kommit in", "testare"));
    java.util.List<se.namndbok.core.audit.AuditEntry> log =
        store.core().audit().entriesFor("arende", a.id());
    assertThat(log).hasSize(3);
  }

  @Test
  void closingNeedsNoReasonButReopeningDoesAndARefusalChangesNothing() {
    service.avsluta(a.id(), null);

    assertThatThrownBy(() -> service.ateroppna(a.id(), "  ")).isInstanceOf(ValidationException.class)
        .hasMessage("Anledning: måste fyllas i");
    assertThat(arenden.findById(a.id()).orElseThrow().status()).isEqualTo(ArendeStatus.AVSLUTAT);
    assertThat(service.historik(a.id())).singleElement().satisfies(h -> assertThat(h.anledning()).isNull());
  }

  @Test
  void refusesToCloseAClosedArendeOrReopenAnOngoingOne() {
    assertThatThrownBy(() -> service.ateroppna(a.id(), "Fel")).hasMessage("Status: ärendet 2025/1 är redan pågående");
    service.avsluta(a.id(), "Klart");
    assertThatThrownBy(() -> service.avsluta(a.id(), "Igen")).hasMessage("Status: ärendet 2025/1 är redan avslutat");
    assertThat(service.historik(a.id())).hasSize(1);
  }
}
