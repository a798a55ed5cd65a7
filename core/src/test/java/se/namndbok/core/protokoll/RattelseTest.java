package se.namndbok.core.protokoll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.JusteratMote;
import se.namndbok.core.testing.TestStore;

/** A justerat protokoll changes only through a rättelse, which keeps the original exactly as it was. */
class RattelseTest {
  private TestStore store;
  private JusteratMote m;
  private JusteratProtokollService justerat;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    m = JusteratMote.skapa(store);
    justerat = store.core().justeratProtokoll();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void justeringKeepsTheOriginalAsVersionOne() {
    List<ProtokollVersion> versioner = justerat.versioner(m.mote().id());
    assertThat(versioner).singleElement().satisfies(v -> {
      assertThat(v.version()).isEqualTo(1);
      assertThat(v.rattad()).isFalse();
      assertThat(v.skapadAv()).isEqualTo("testare");
    });
    assertThat(text(justerat.pdf(m.mote().id(), 1, false))).contains(JusteratMote.BESLUT).doesNotContain("Rättad");
  }

  @Test
  void aRattelseKeepsTheOriginalByteForByteAndPrintsWhoWhenWhyAndWhat() {
    byte[] original = justerat.pdf(m.mote().id(), 1, false);
    byte[] offentligOriginal = justerat.pdf(m.mote().id(), 1, true);

    ProtokollVersion v = justerat.ratta(m.mote().id(), Rattelse.avBeslut("Skrivfel i beslutet: fel månad",
        m.punkt().id(), "Socialnämnden beslutar att godkänna rapporten för augusti.", null));

    assertThat(v.version()).isEqualTo(2);
    assertThat(v.rattad()).isTrue();
    assertThat(v.skapadAv()).isEqualTo("testare");
    assertThat(v.skapad()).isEqualTo(TestStore.CLOCK.now());
    assertThat(v.skal()).isEqualTo("Skrivfel i beslutet: fel månad");
    assertThat(v.andringar()).containsExactly("§ 81 beslut: «" + JusteratMote.BESLUT
        + "» ändrat till «Socialnämnden beslutar att godkänna rapporten för augusti.»");
    assertThat(justerat.pdf(m.mote().id(), 1, false)).isEqualTo(original);
    assertThat(justerat.pdf(m.mote().id(), 1, true)).isEqualTo(offentligOriginal);
    String rattad = text(justerat.pdf(m.mote().id(), 2, false));
    assertThat(rattad).contains("version 2").contains("Rättad 2025-11-03 av testare: Skrivfel i beslutet: fel månad")
        .contains("rapporten för augusti.");
    assertThat(justerat.dokument(m.mote().datum(), false).pdf()).isEqualTo(justerat.pdf(m.mote().id(), 2, false));
    assertThat(store.core().audit().entriesFor("paragraf", m.punkt().id()).getLast().fore())
        .contains(JusteratMote.BESLUT);
  }

  @Test
  void aRattelseNeedsAReasonAChangeAndAJusteratProtokoll() {
    assertThatThrownBy(() -> justerat.ratta(m.mote().id(), Rattelse.avBeslut(" ", m.punkt().id(), "Nytt", null)))
        .isInstanceOf(ValidationException.class).hasMessageContaining("Skäl");
    assertThatThrownBy(() -> justerat.ratta(m.mote().id(),
        Rattelse.avBeslut("Ingen ändring", m.punkt().id(), JusteratMote.BESLUT, null)))
        .hasMessageContaining("rättelsen ändrar ingenting");
    assertThatThrownBy(() -> justerat.ratta(m.nasta().id(), Rattelse.avBeslut("Fel möte", m.punkt().id(), "x", null)))
        .hasMessageContaining("inget protokoll");
    assertThat(justerat.versioner(m.mote().id())).hasSize(1);
  }

  @Test
  void aRattelseOfTheAttendanceNamesWhoChanged() {
    ProtokollVersion v = justerat.ratta(m.mote().id(), new Rattelse("Öhman var frånvarande", List.of(),
        List.of(Narvaro.narvarande(m.ordforande().id()), Narvaro.franvarande(m.ledamot().id())), null));
    assertThat(v.andringar()).containsExactly("Närvaro Mikael Öhman: närvarande ändrad till frånvarande");
    assertThat(store.core().protokoll().underlag(m.mote().id()).narvaro(m.ledamot().id()).orElseThrow().narvarande())
        .isFalse();
  }

  private static String text(byte[] stored) {
    return new String(stored, StandardCharsets.UTF_8);
  }
}
