package se.namndbok.core.namnd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.Atgard;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class NamndServiceTest {
  private TestStore store;
  private NamndService service;

  @BeforeEach
  void open() {
    store = TestStore.create();
    service = new NamndService(store.db(), store.clock());
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void aFreshStoreIsEmptyUntilABoardIsCreated() {
    assertThat(service.isEmpty()).isTrue();
    assertThat(service.current()).isEmpty();

    Namnd n = service.create(new NyNamnd(" Socialnämnden ", "Luleå kommun", "Socialförvaltningen"));

    assertThat(service.isEmpty()).isFalse();
    assertThat(service.current()).contains(n);
    assertThat(n.namn()).isEqualTo("Socialnämnden");
    assertThat(n.lagrumSol()).contains("2001:453");
  }

  @Test
  void refusesBlankFieldsNamingEachAndStoresNothing() {
    assertThatThrownBy(() -> service.create(new NyNamnd("", " ", null)))
        .isInstanceOf(ValidationException.class)
        .hasMessage("Nämndens namn: måste fyllas i\nKommun: måste fyllas i\nFörvaltning: måste fyllas i");
    assertThat(service.isEmpty()).isTrue();
  }

  @Test
  void writesAnAuditLineWithTheBoard() {
    Namnd n = service.create(new NyNamnd("Socialnämnden", "Luleå kommun", "Socialförvaltningen"));

    var entries = store.db().read(tx -> new AuditLog(store.clock()).entriesFor(tx, "namnd", n.id()));
    assertThat(entries).singleElement().satisfies(e -> {
      assertThat(e.atgard()).isEqualTo(Atgard.SKAPA);
      assertThat(e.anvandare()).isEqualTo("testare");
      assertThat(e.efter()).contains("Luleå kommun");
    });
  }
}
