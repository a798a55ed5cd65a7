package se.namndbok.core.sekretess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

class SekretessgrundServiceTest {
  private TestStore store;
  private SekretessgrundService service;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    new BoardFixture(store).namnd();
    service = store.core().sekretessgrunder();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void startsWithTheOslCatalogueSocialtjanstFirst() {
    assertThat(service.all()).extracting(Sekretessgrund::kod)
        .containsExactly("OSL 26:1", "OSL 25:1", "OSL 21:1", "OSL 21:3", "OSL 39:1", "OSL 19:3");
    Sekretessgrund halsa = service.all().get(1);
    assertThat(halsa.kortform()).isEqualTo("25 kap. 1 § OSL");
    assertThat(halsa.lagrum()).isEqualTo("25 kap. 1 § offentlighets- och sekretesslagen (2009:400)");
    assertThat(halsa.benamning()).isEqualTo("Hälso- och sjukvård");
  }

  @Test
  void addsCorrectsAndReordersGrounds() {
    Sekretessgrund ny = service.add(new NySekretessgrund("OSL 23:1", "Förskola", "23 kap. 1 § OSL",
        "23 kap. 1 § offentlighets- och sekretesslagen (2009:400)"));
    assertThat(ny.ordning()).isEqualTo(7);

    service.update(ny.id(), new NySekretessgrund("OSL 23:1", "Förskoleverksamhet", "23 kap. 1 § OSL",
        "23 kap. 1 § offentlighets- och sekretesslagen (2009:400)"));
    assertThat(service.moveTo(ny.id(), 0)).first().satisfies(g -> {
      assertThat(g.kod()).isEqualTo("OSL 23:1");
      assertThat(g.benamning()).isEqualTo("Förskoleverksamhet");
      assertThat(g.ordning()).isEqualTo(1);
    });
    assertThat(service.all()).extracting(Sekretessgrund::ordning).containsExactly(1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void refusesADuplicateCodeAndBlankFieldsByName() {
    assertThatThrownBy(() -> service.add(new NySekretessgrund("osl 26:1", "x", "x", "x")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Kod").hasMessageContaining("OSL 26:1");
    assertThatThrownBy(() -> service.add(new NySekretessgrund("OSL 1:1", " ", "", null)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Benämning")
        .hasMessageContaining("Kortform").hasMessageContaining("Lagrum");
  }

  @Test
  void refusesToRemoveAGroundInUse() {
    Sekretessgrund halsa = service.byKod("OSL 25:1");
    store.core().arenden().register(new NyttArende(
        Diarienummer.parse("2025/1232"), null, "Lex Maria", null, true, LocalDate.of(2025, 10, 1), halsa.id()));

    assertThatThrownBy(() -> service.remove(halsa.id())).isInstanceOf(ValidationException.class)
        .hasMessageContaining("OSL 25:1 används");
    Sekretessgrund upphandling = service.all().getLast();
    service.remove(upphandling.id());
    assertThat(service.all()).extracting(Sekretessgrund::kod).doesNotContain("OSL 19:3");
  }

  @Test
  void readsAnImportRowsColumns() {
    assertThat(service.fromColumns(Sekretess.parseLage("ja"), "OSL 25:1").grundId())
        .isEqualTo(service.byKod("OSL 25:1").id());
    assertThat(service.fromColumns(Sekretess.parseLage(""), "OSL 25:1").markerad()).isTrue();
    assertThat(service.fromColumns(Sekretess.parseLage("nej"), "")).isEqualTo(Sekretess.FOLJER_ARENDET);
    assertThat(service.fromColumns(Sekretess.parseLage("friklassad"), null)).isEqualTo(Sekretess.OFFENTLIG);
    assertThatThrownBy(() -> service.fromColumns(Sekretess.Lage.SEKRETESS, "OSL 99:9"))
        .hasMessageContaining("OSL 99:9").hasMessageContaining("OSL 26:1");
    assertThatThrownBy(() -> Sekretess.parseLage("kanske")).hasMessageContaining("ja, nej eller friklassad");
  }
}
