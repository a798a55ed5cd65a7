package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static se.namndbok.core.ejverkstallda.Beslut.avbrott;
import static se.namndbok.core.ejverkstallda.Beslut.avslutat;
import static se.namndbok.core.ejverkstallda.Beslut.beslut;
import static se.namndbok.core.ejverkstallda.Beslut.skal;
import static se.namndbok.core.ejverkstallda.Beslut.verkstallt;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.testing.TestStore;

class IvoListaTest {
  private static final Kvartal Q2 = Kvartal.parse("2025Q2");
  private TestStore store;

  @BeforeEach
  void open() {
    store = TestStore.create();
    BeslutService service = store.core().beslut();
    service.register(skal(beslut("P-2", "2025-01-10"), Skal.PLATSBRIST));
    service.register(verkstallt(beslut("P-1", "2025-01-10"), "2025-05-02"));
    service.register(avslutat(avbrott(beslut("P-3", "2024-05-10"), "2025-02-01"), "2025-06-01", Avslutsorsak.AVLIDEN));
    service.register(beslut("P-4", "2025-04-10"));
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void listsEachReportedDecisionWithDaysStatusAndDate() {
    List<IvoRad> rader = new IvoLista(store.db()).rader(Lag.SOL, Q2);

    assertThat(rader).extracting(r -> r.referens() + " " + r.dagar() + " " + r.status().text() + " "
        + (r.skal() == null ? "-" : r.skal().kod()) + " " + r.datum())
        .containsExactly("P-1 171 verkställt - 2025-05-02", "P-2 171 ej verkställt PLATSBRIST null",
            "P-3 149 avslutat - 2025-06-01");
  }

  @Test
  void csvHasAHeaderAndOneLinePerDecisionWithoutPersonnummer() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IvoListaCsv.write(new IvoLista(store.db()).rader(Lag.SOL, Q2), out);
    String csv = out.toString(StandardCharsets.UTF_8);

    assertThat(csv).startsWith("\uFEFFreferens;kön;födelseår;beslutsdatum;avbrottsdatum;insats;benämning;dagar;status;"
        + "avslutsorsak;skäl;erbjudanden;verkställighets- eller avslutsdatum\r\n");
    assertThat(csv.lines()).hasSize(4);
    assertThat(csv).contains("P-3;K;1940;2024-05-10;2025-02-01;AO-SABO;Särskilt boende;149;avslutat;"
        + "den enskilde har avlidit;;;2025-06-01");
  }

  @Test
  void aDecisionsOffersAreListedUpToTheQuartersEnd() {
    store.core().beslut().register(Beslut.erbjudanden(skal(beslut("P-5", "2025-01-10"), Skal.TACKAT_NEJ),
        "2025-07-02", "2025-03-03", "2025-04-14"));

    IvoRad p5 = new IvoLista(store.db()).rader(Lag.SOL, Q2).stream().filter(r -> r.referens().equals("P-5"))
        .findFirst().orElseThrow();
    assertThat(p5.erbjudanden()).extracting(Object::toString).containsExactly("2025-03-03", "2025-04-14");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    IvoListaCsv.write(List.of(p5), out);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(";den enskilde har tackat nej till erbjudande;"
        + "2025-03-03 2025-04-14;\r\n");
    assertThat(store.core().beslut().find("P-5").orElseThrow().erbjudanden()).extracting(Object::toString)
        .containsExactly("2025-03-03", "2025-04-14", "2025-07-02");
  }
}
