package se.namndbok.reports.ejverkstallda;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.ejverkstallda.Avslutsorsak;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.StatusFordelning;
import se.namndbok.core.ejverkstallda.KvartalsrapportService;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Omrade;
import se.namndbok.core.ejverkstallda.Skal;
import se.namndbok.core.testing.TestStore;

class StatistikTexterTest {
  private static TestStore store;
  private static Kvartalsrapport sol;
  private static Kvartalsrapport lss;

  @BeforeAll
  static void demoReports() {
    store = TestStore.create();
    store.core().demo().loadStatistik();
    KvartalsrapportService service = store.core().kvartalsrapporter();
    sol = service.rapport(Lag.SOL, Kvartal.parse("2025Q2"));
    lss = service.rapport(Lag.LSS, Kvartal.parse("2025Q2"));
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void quartersAreWrittenInWordsAsTheReferenceDoes() {
    assertThat(StatistikTexter.kvartal(Kvartal.parse("2025Q2"))).isEqualTo("kvartal två 2025");
    assertThat(StatistikTexter.kvartalet(Kvartal.parse("2025Q2"))).isEqualTo("andra kvartalet 2025");
    assertThat(StatistikTexter.kvartalet(Kvartal.parse("2024Q4"))).isEqualTo("fjärde kvartalet 2024");
    assertThat(StatistikTexter.rubrik(Lag.SOL, Kvartal.parse("2025Q1"))).isEqualTo(
        "Statistikrapport avseende ej verkställda gynnande beslut enligt socialtjänstlagen (SoL) kvartal ett 2025");
  }

  @Test
  void solStatusForSarskiltBoendeReadsLikeTheReference() {
    StatusFordelning sabo = sol.status().getFirst();
    assertThat(StatistikTexter.statusInledning(sabo)).isEqualTo("Särskilt boende (ÄO) har 48 ej verkställda "
        + "gynnande beslut inom perioden. Av dessa är vid rapporteringstillfället:");
    assertThat(StatistikTexter.statusRader(sabo)).containsExactly(
        "10 beslut verkställda",
        "1 beslut avslutat då den enskilde avlidit",
        "20 beslut ej verkställda p g a att den enskilde har tackat nej till erbjudande",
        "17 beslut ej verkställda p g a att det saknas plats (ex kö, behov av/pågående sanering/renovering/ombyggnation)");
  }

  @Test
  void lssStatusNamesTheInsatsWithItsNumber() {
    StatusFordelning assistans = lss.status().getFirst();
    assertThat(StatistikTexter.statusInledning(assistans)).isEqualTo("9.2 Biträde av personlig assistans har 1 ej "
        + "verkställt beslut inom perioden. Av detta är vid rapporteringstillfället:");
    assertThat(StatistikTexter.statusRader(assistans)).containsExactly(
        "1 beslut ej verkställt p g a arbetsrelaterade omständigheter att hitta rätt matchning");
  }

  @Test
  void theStatusLinesAddUpToTheInsatsTotalInEveryReport() {
    for (Kvartalsrapport r : new Kvartalsrapport[] {sol, lss}) {
      for (StatusFordelning s : r.status()) {
        int sum = StatistikTexter.statusRader(s).stream().mapToInt(l -> Integer.parseInt(l.split(" ")[0])).sum();
        assertThat(sum).as(s.insats().kod()).isEqualTo(s.summa());
      }
    }
  }

  @Test
  void singularAndPluralFollowTheCount() {
    Map<Avslutsorsak, Integer> avslutade = new EnumMap<>(Map.of(Avslutsorsak.EGEN_BEGARAN, 2));
    Map<Skal, Integer> ej = new EnumMap<>(Map.of(Skal.OVRIGT, 1));
    StatusFordelning s = new StatusFordelning(new Insats("OF-KP", Lag.SOL, Omrade.OF, "Kontaktperson", 7), 1,
        avslutade, ej);
    assertThat(StatistikTexter.statusRader(s)).containsExactly("1 beslut verkställt",
        "2 beslut avslutade på den enskildes begäran", "1 beslut ej verkställt p g a övriga skäl");
    assertThat(StatistikTexter.statusInledning(s)).startsWith("Kontaktperson (OF) har 4 ej verkställda gynnande");
  }
}
