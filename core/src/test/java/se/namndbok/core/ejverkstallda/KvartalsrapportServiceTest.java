package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.namndbok.core.ejverkstallda.Beslut.beslut;
import static se.namndbok.core.ejverkstallda.Beslut.insats;
import static se.namndbok.core.ejverkstallda.Beslut.kon;
import static se.namndbok.core.ejverkstallda.Beslut.verkstallt;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Avvikelse;
import se.namndbok.core.shared.SlutligtException;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class KvartalsrapportServiceTest {
  private static final Kvartal Q2 = Kvartal.parse("2025Q2");
  private TestStore store;
  private BeslutService beslut;
  private KvartalsrapportService service;

  @BeforeEach
  void open() {
    store = TestStore.create();
    beslut = store.core().beslut();
    service = store.core().kvartalsrapporter();
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void countsEveryCatalogueCodeInItsOwnRow() {
    List<Insats> all = beslut.insatser(Lag.SOL);
    for (Lag lag : Lag.values()) {
      List<Insats> insatser = beslut.insatser(lag);
      for (int i = 0; i < insatser.size(); i++) {
        beslut.register(insats(kon(beslut(lag + "-" + i, "2025-02-01"), i % 2 == 0 ? Kon.K : Kon.M), lag,
            insatser.get(i).kod()));
      }
    }

    for (Lag lag : Lag.values()) {
      Kvartalsrapport r = service.rapport(lag, Q2);
      assertThat(r.rader()).as(lag.kod()).allSatisfy(rad -> assertThat(rad.antal().summa()).isEqualTo(1));
      assertThat(r.rader()).extracting(rad -> rad.insats().kod())
          .containsExactlyElementsOf(beslut.insatser(lag).stream().map(Insats::kod).toList());
      assertThat(r.status()).hasSize(r.rader().size());
    }
    assertThat(service.rapport(Lag.SOL, Q2).omraden()).extracting(o -> o.omrade() + " " + o.antal().summa())
        .containsExactly("AO 4", "OF 5", "IFO 7");
    assertThat(all).hasSize(16);
  }

  @Test
  void comparisonIsComputedAndMarkedSoWhenNothingIsFrozen() {
    beslut.register(beslut("A", "2024-12-01"));

    assertThat(service.rapport(Lag.SOL, Q2).jamforelse())
        .extracting(j -> j.kvartal() + " " + j.summa() + " " + j.fryst())
        .containsExactly("2024Q4 0 false", "2025Q1 1 false", "2025Q2 1 false");
  }

  @Test
  void aFrozenReportKeepsItsFiguresAndLaterReportsShowTheDifference() {
    beslut.register(beslut("A", "2024-12-01"));
    beslut.register(beslut("B", "2024-12-05"));
    FrystRapport fryst = service.faststall(Lag.SOL, Kvartal.parse("2025Q1"));
    beslut.update(verkstallt(beslut("B", "2024-12-05"), "2025-03-04"));

    Kvartalsrapport r = service.rapport(Lag.SOL, Q2);

    assertThat(fryst.summa()).isEqualTo(2);
    assertThat(service.fryst(Lag.SOL, Kvartal.parse("2025Q1")).orElseThrow().json()).isEqualTo(fryst.json());
    assertThat(r.jamforelse()).extracting(j -> j.kvartal() + " " + j.summa() + " " + j.fryst())
        .containsExactly("2024Q4 0 false", "2025Q1 2 true", "2025Q2 1 false");
    assertThat(r.avvikelser()).containsExactly(new Avvikelse(Kvartal.parse("2025Q1"), "AO-SABO", new Antal(2, 0),
        new Antal(1, 0)));
    assertThat(KvartalsrapportJson.write(r)).contains("\"avvikelse\"");
    var csv = new java.io.ByteArrayOutputStream();
    KvartalsrapportCsv.write(r, csv);
    assertThat(csv.toString(java.nio.charset.StandardCharsets.UTF_8)).as("a CSV passed on says so too")
        .contains("Uppgifterna har ändrats efter att nämnden fastställde rapporten\r\n"
            + "Kvartal och insats;Fastställt kvinnor;Fastställt män;Fastställt summa;Enligt dagens uppgifter kvinnor;"
            + "Enligt dagens uppgifter män;Enligt dagens uppgifter summa\r\n2025Q1, ");
    assertThat(KvartalsrapportTabeller.avvikelser(r).rader()).singleElement().satisfies(rad -> {
      assertThat(rad.etikett()).isEqualTo("2025Q1, " + KvartalsrapportTabeller.insats(r, "AO-SABO"))
          .doesNotContain("AO-SABO");
      assertThat(rad.varden()).containsExactly(2, 0, 2, 1, 0, 1);
    });
    assertThat(KvartalsrapportTabeller.tabeller(service.rapport(Lag.SOL, Kvartal.parse("2025Q1").previous().previous())))
        .as("no difference, no table").hasSize(3);
  }

  /**
   * The report in force for a fastställd quarter is the fastställda figures — what the window, the statistik
   * command and the kallelse show — with today's data as a difference; today's report is still there to compare.
   */
  @Test
  void aFaststalldQuartersReportInForceIsItsFrozenFiguresWithTodaysDifference() {
    beslut.register(beslut("A", "2024-12-01"));
    beslut.register(beslut("B", "2024-12-05"));
    Kvartal q1 = Kvartal.parse("2025Q1");
    assertThat(service.gallande(Lag.SOL, q1)).as("not fastställd: today's").isEqualTo(service.rapport(Lag.SOL, q1));
    service.faststall(Lag.SOL, q1);
    beslut.update(verkstallt(beslut("B", "2024-12-05"), "2025-03-04"));

    Kvartalsrapport gallande = service.gallande(Lag.SOL, q1);

    assertThat(service.rapport(Lag.SOL, q1).summa().summa()).as("today's data").isEqualTo(1);
    assertThat(gallande.summa().summa()).as("the fastställda figures").isEqualTo(2);
    assertThat(gallande.rader()).filteredOn(r -> r.insats().kod().equals("AO-SABO"))
        .extracting(r -> r.antal().summa()).containsExactly(2);
    assertThat(gallande.jamforelse().getLast()).extracting(j -> j.kvartal() + " " + j.summa() + " " + j.fryst())
        .isEqualTo("2025Q1 2 true");
    assertThat(gallande.avvikelser()).containsExactly(new Avvikelse(q1, "AO-SABO", new Antal(2, 0), new Antal(1, 0)));
  }

  /**
   * A kön corrected after the board fastställt the quarter changes no total, only the split between women and
   * men: that is a difference too, in the report, its JSON and the spreadsheets' list of differences (a walk
   * changed a decision's kön in a fastställd quarter and nothing anywhere said so).
   */
  @Test
  void aKonCorrectedAfterFaststallandetIsADifferenceThoughNoTotalChanged() {
    beslut.register(beslut("A", "2024-12-01"));
    beslut.register(beslut("B", "2024-12-05"));
    Kvartal q1 = Kvartal.parse("2025Q1");
    service.faststall(Lag.SOL, q1);
    beslut.update(kon(beslut("B", "2024-12-05"), Kon.M));

    Kvartalsrapport gallande = service.gallande(Lag.SOL, q1);

    assertThat(gallande.summa()).as("the fastställda figures").isEqualTo(new Antal(2, 0));
    assertThat(gallande.avvikelser()).singleElement().satisfies(a -> {
      assertThat(a).isEqualTo(new Avvikelse(q1, "AO-SABO", new Antal(2, 0), new Antal(1, 1)));
      assertThat(a.baraKon()).isTrue();
    });
    assertThat(service.rapport(Lag.SOL, Q2).avvikelser()).as("in the next quarter's comparison too").hasSize(1);
    assertThat(KvartalsrapportJson.write(gallande).replaceAll("\\s+", "")).contains("\"avvikelse\":[{\"kvartal\":"
        + "\"2025Q1\",\"insats\":\"AO-SABO\",\"fryst\":2,\"nu\":2,\"fryst_kvinnor\":2,\"fryst_man\":0,"
        + "\"nu_kvinnor\":1,\"nu_man\":1}]");
    assertThat(KvartalsrapportTabeller.tabeller(gallande)).last().satisfies(t -> assertThat(t.rader())
        .singleElement().extracting(Tabell.Rad::varden).isEqualTo(List.of(2, 0, 2, 1, 1, 2)));
  }

  @Test
  void aQuarterIsFrozenOnceAndOnlyAfterItEnded() {
    service.faststall(Lag.SOL, Q2);

    assertThatThrownBy(() -> service.faststall(Lag.SOL, Q2)).isInstanceOf(SlutligtException.class)
        .hasMessageStartingWith("Kvartal: rapporten för SoL 2025Q2 fastställdes redan 2025-11-03 av testare");
    assertThatThrownBy(() -> service.faststall(Lag.SOL, Kvartal.parse("2025Q4")))
        .isInstanceOf(ValidationException.class).hasMessageContaining("är inte slut förrän 2025-12-31");
    assertThatThrownBy(() -> service.faststall(Lag.LSS, Q2, LocalDateTime.parse("2025-06-30T23:00")))
        .isInstanceOf(ValidationException.class);
    assertThat(service.fryst(Lag.LSS, Q2)).isEmpty();
  }
}
