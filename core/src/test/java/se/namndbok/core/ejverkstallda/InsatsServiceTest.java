package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class InsatsServiceTest {
  private TestStore store;
  private InsatsService service;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    service = store.core().insatser();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void changesBenamningAndOrdningWithAnAuditLine() {
    Insats first = service.katalog().forLag(Lag.LSS).getFirst();

    Insats changed = service.andra(first.kod(), "  Ny benämning  ", 99);

    assertThat(changed.benamning()).isEqualTo("Ny benämning");
    assertThat(service.katalog().forLag(Lag.LSS).getLast()).isEqualTo(changed);
    java.util.List<?> audit = store.core().audit().entriesFor("insats", first.kod());
    assertThat(audit).hasSize(1);
  }

  @Test
  void refusesABlankBenamningAndAnOrdningOutOfRangeAtOnce() {
    Insats first = service.katalog().all().getFirst();

    assertThatThrownBy(() -> service.andra(first.kod(), " ", 0)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("Benämning").hasMessageContaining("Ordning: skriv ett heltal från 1 till 999");
    assertThat(service.katalog().find(first.kod())).contains(first);
  }

  @Test
  void refusesAnUnknownCode() {
    assertThatThrownBy(() -> service.andra("finns-ej", "X", 1)).isInstanceOf(ValidationException.class)
        .hasMessageContaining("ingen insats med koden finns-ej");
  }
}
