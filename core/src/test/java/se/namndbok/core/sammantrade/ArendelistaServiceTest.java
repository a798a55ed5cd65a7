package se.namndbok.core.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

class ArendelistaServiceTest {
  private TestStore store;
  private ArendelistaService lista;
  private Sammantrade mote;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    mote = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    lista = store.core().arendelista();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private Arendepunkt add(String rubrik) {
    return lista.add(mote.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, rubrik, ForslagAv.FORVALTNINGEN,
        PunktTexter.INGA, false, null));
  }

  private List<String> rubriker() {
    return lista.punkter(mote.id()).stream().map(Arendepunkt::rubrik).toList();
  }

  private List<Integer> ordningar() {
    return lista.punkter(mote.id()).stream().map(Arendepunkt::ordning).toList();
  }

  @Test
  void addsItemsLastNumberedFromOne() {
    add("A");
    add("B");
    add("C");
    assertThat(rubriker()).containsExactly("A", "B", "C");
    assertThat(ordningar()).containsExactly(1, 2, 3);
  }

  @Test
  void moveUpDownAndToIndexRenumberWithoutGaps() {
    Arendepunkt a = add("A");
    add("B");
    Arendepunkt c = add("C");
    add("D");
    lista.moveUp(c.id());
    assertThat(rubriker()).containsExactly("A", "C", "B", "D");
    lista.moveDown(a.id());
    assertThat(rubriker()).containsExactly("C", "A", "B", "D");
    lista.moveTo(a.id(), 3);
    assertThat(rubriker()).containsExactly("C", "B", "D", "A");
    assertThat(ordningar()).containsExactly(1, 2, 3, 4);
  }

  @Test
  void removingAnItemClosesTheGap() {
    add("A");
    Arendepunkt b = add("B");
    add("C");
    Arendepunkt removed = lista.remove(b.id()).punkt();
    assertThat(removed.rubrik()).isEqualTo("B");
    assertThat(rubriker()).containsExactly("A", "C");
    assertThat(ordningar()).containsExactly(1, 2);
    List<se.namndbok.core.audit.AuditEntry> log = store.core().audit().entriesFor("arendepunkt", b.id());
    assertThat(log).hasSize(2);
  }

  @Test
  void refusesMovingTheFirstItemUpWithAMessage() {
    Arendepunkt a = add("A");
    add("B");
    assertThatThrownBy(() -> lista.moveUp(a.id())).isInstanceOf(ValidationException.class)
        .hasMessage("Ärendepunkt: kan bara flyttas till plats 1–2, inte 0");
    assertThat(rubriker()).containsExactly("A", "B");
  }

  @Test
  void randomMovesKeepAPermutationNumberedOneToN() {
    long seed = System.nanoTime();
    Random random = new Random(seed);
    List<Arendepunkt> items = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      items.add(add("P" + i));
    }
    List<String> expected = new ArrayList<>(rubriker());
    for (int i = 0; i < 200; i++) {
      int from = random.nextInt(items.size());
      int to = random.nextInt(items.size());
      String moved = expected.get(from);
      Arendepunkt item = items.stream().filter(p -> p.rubrik().equals(moved)).findFirst().orElseThrow();
      lista.moveTo(item.id(), to);
      expected.add(to, expected.remove(from));
      assertThat(rubriker()).as("seed %d, move %d", seed, i).isEqualTo(expected);
      assertThat(ordningar()).as("seed %d, move %d", seed, i).containsExactly(1, 2, 3, 4, 5, 6);
    }
  }

  @Test
  void statistikItemsNeedLawAndQuarter() {
    ValidationException e = org.junit.jupiter.api.Assertions.assertThrows(ValidationException.class,
        () -> lista.add(mote.id(), new ArendepunktInnehall(ArendepunktTyp.STATISTIK, null, "Statistik", null,
            PunktTexter.INGA, false, new StatistikVal("SOL", "2025-2"))));
    assertThat(e.errors()).extracting(ValidationException.FieldError::toString)
        .containsExactly("Lag: välj SoL eller LSS", "Kvartal: skriv år och kvartal, t.ex. 2025Q2");
    assertThatThrownBy(() -> lista.add(mote.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, " ", null,
        PunktTexter.INGA, false, null))).hasMessage("Rubrik: måste fyllas i");
  }
}
