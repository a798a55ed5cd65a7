package se.namndbok.core.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Jamforelse;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.StatusFordelning;
import se.namndbok.core.testing.TestStore;

/** The demo board reproduces §§ 73–74 of the reference kallelse, with the totals computed, not typed. */
class EjVerkstalldaDemoTest {
  private static final Kvartal Q2 = Kvartal.parse("2025Q2");
  private static TestStore store;
  private static KvartalsrapportService service;

  @BeforeAll
  static void load() {
    store = TestStore.create();
    store.core().demo().loadStatistik();
    service = store.core().kvartalsrapporter();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void committedDemoFileIsWhatTheGeneratorWrites() throws Exception {
    assertThat(Files.readString(DemoBeslutGenerator.RESOURCE, StandardCharsets.UTF_8))
        .isEqualTo(DemoBeslutGenerator.generate());
  }

  @Test
  void solReproducesEveryRowOfTheReferenceTableWithComputedTotals() {
    Kvartalsrapport r = service.rapport(Lag.SOL, Q2);

    assertThat(rows(r)).containsExactly(
        "AO-SABO 31/17", "AO-KORT 0/0", "AO-DAG 1/5", "AO-KP 7/1",
        "OF-SABO 0/1", "OF-DAG 0/0", "OF-KP 0/2", "OF-BOSTOD 0/0", "OF-OVR 0/0",
        "IFO-BOST 3/9", "IFO-KP 1/2", "IFO-KF 1/1", "IFO-FH 0/0", "IFO-OPPEN 0/0", "IFO-SKYDD 0/0", "IFO-BEH 0/0");
    assertThat(r.omraden()).extracting(o -> o.omrade() + " " + o.antal().kvinnor() + "/" + o.antal().man() + "/"
        + o.antal().summa()).containsExactly("AO 39/23/62", "OF 0/3/3", "IFO 5/12/17");
    assertThat(r.summa()).isEqualTo(new Kvartalsrapport.Antal(44, 38));
    assertThat(r.summa().summa()).isEqualTo(82);
  }

  @Test
  void solStatusBreakdownIsTheReferenceText() {
    Map<String, String> status = status(service.rapport(Lag.SOL, Q2));

    assertThat(status).containsExactly(
        Map.entry("AO-SABO", "V10 {AVLIDEN=1} {TACKAT_NEJ=20, PLATSBRIST=17}"),
        Map.entry("AO-DAG", "V1 {} {HALSA=2, EJ_MEDVERKAN=1, ONSKEMAL=1, KOMMUNIKATION=1}"),
        Map.entry("AO-KP", "V0 {EGEN_BEGARAN=1, UTAN_VERKSTALLAN=1} {HALSA=1, MATCHNING=5}"),
        Map.entry("OF-SABO", "V0 {} {PLATSBRIST=1}"),
        Map.entry("OF-KP", "V0 {} {MATCHNING=2}"),
        Map.entry("IFO-BOST", "V4 {EGEN_BEGARAN=1} {TACKAT_NEJ=1, PLATSBRIST=5, ANNAN_HUVUDMAN=1}"),
        Map.entry("IFO-KP", "V1 {} {RESURSBRIST=2}"),
        Map.entry("IFO-KF", "V0 {} {PLATSBRIST=2}"));
  }

  @Test
  void solComparesWithTheFrozenReportsOfTheTwoPreviousQuarters() {
    Kvartalsrapport r = service.rapport(Lag.SOL, Q2);

    assertThat(r.jamforelse()).extracting(j -> j.kvartal() + " " + j.summa() + " " + j.fryst())
        .containsExactly("2024Q4 95 true", "2025Q1 86 true", "2025Q2 82 false");
    assertThat(nonZero(r.jamforelse().get(0))).containsExactly(Map.entry("AO-SABO", 35), Map.entry("AO-DAG", 3),
        Map.entry("AO-KP", 13), Map.entry("OF-SABO", 1), Map.entry("OF-KP", 9), Map.entry("IFO-BOST", 21),
        Map.entry("IFO-KP", 5), Map.entry("IFO-KF", 8));
    assertThat(nonZero(r.jamforelse().get(1))).containsExactly(Map.entry("AO-SABO", 41), Map.entry("AO-DAG", 8),
        Map.entry("AO-KP", 10), Map.entry("OF-SABO", 2), Map.entry("OF-KP", 6), Map.entry("IFO-BOST", 11),
        Map.entry("IFO-KP", 5), Map.entry("IFO-KF", 3));
    assertThat(r.avvikelser()).isEmpty();
  }

  @Test
  void lssReproducesTheReferenceTableStatusAndComparison() {
    Kvartalsrapport r = service.rapport(Lag.LSS, Q2);

    assertThat(rows(r)).containsExactly("LSS-9.1 0/0", "LSS-9.2 1/0", "LSS-9.3 0/0", "LSS-9.4 5/13", "LSS-9.5 0/0",
        "LSS-9.6 0/0", "LSS-9.7 0/0", "LSS-9.8 0/0", "LSS-9.9 9/18", "LSS-9.10 1/4");
    assertThat(r.omraden()).isEmpty();
    assertThat(r.summa()).isEqualTo(new Kvartalsrapport.Antal(16, 35));
    assertThat(status(r)).containsExactly(
        Map.entry("LSS-9.2", "V0 {} {MATCHNING=1}"),
        Map.entry("LSS-9.4", "V0 {} {EJ_MEDVERKAN=2, KOMMUNIKATION=1, MATCHNING=14, ANNAN_HUVUDMAN=1}"),
        Map.entry("LSS-9.9", "V2 {EGEN_BEGARAN=1} {TACKAT_NEJ=2, PLATSBRIST=22}"),
        Map.entry("LSS-9.10", "V0 {UTAN_VERKSTALLAN=1} {PLATSBRIST=1, EJ_MEDVERKAN=1, ONSKEMAL=1, ARBETSMILJO=1}"));
    assertThat(r.jamforelse()).extracting(j -> j.kvartal() + " " + j.summa() + " " + j.fryst())
        .containsExactly("2024Q4 71 true", "2025Q1 55 true", "2025Q2 51 false");
    assertThat(nonZero(r.jamforelse().get(0))).containsExactly(Map.entry("LSS-9.2", 1), Map.entry("LSS-9.4", 26),
        Map.entry("LSS-9.9", 37), Map.entry("LSS-9.10", 7));
    assertThat(nonZero(r.jamforelse().get(1))).containsExactly(Map.entry("LSS-9.2", 1), Map.entry("LSS-9.4", 18),
        Map.entry("LSS-9.9", 31), Map.entry("LSS-9.10", 5));
  }

  @Test
  void frozenReportsAreTheDataAsTheBoardSawItSoNothingDiffers() {
    for (Lag lag : Lag.values()) {
      for (Kvartal q : List.of(Kvartal.parse("2024Q4"), Kvartal.parse("2025Q1"))) {
        assertThat(service.rapport(lag, q).avvikelser()).as(lag + " " + q).isEmpty();
        assertThat(service.fryst(lag, q)).as(lag + " " + q).isPresent();
      }
    }
  }

  private static List<String> rows(Kvartalsrapport r) {
    return r.rader().stream().map(x -> x.insats().kod() + " " + x.antal().kvinnor() + "/" + x.antal().man()).toList();
  }

  private static Map<String, String> status(Kvartalsrapport r) {
    Map<String, String> m = new LinkedHashMap<>();
    for (StatusFordelning s : r.status()) {
      m.put(s.insats().kod(), "V" + s.verkstallda() + " " + s.avslutade() + " " + s.ejVerkstallda());
    }
    return m;
  }

  private static Map<String, Integer> nonZero(Jamforelse j) {
    Map<String, Integer> m = new LinkedHashMap<>();
    j.perInsats().forEach((k, v) -> {
      if (v != 0) {
        m.put(k, v);
      }
    });
    return m;
  }
}
