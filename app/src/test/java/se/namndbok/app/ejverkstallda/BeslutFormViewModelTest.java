package se.namndbok.app.ejverkstallda;

import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.TypedDate;
import se.namndbok.core.ejverkstallda.BeslutFalt;
import se.namndbok.core.ejverkstallda.BeslutService;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.ejverkstallda.GynnandeBeslut;
import se.namndbok.core.ejverkstallda.Insats;
import se.namndbok.core.ejverkstallda.IvoRad;
import se.namndbok.core.ejverkstallda.Kon;
import se.namndbok.core.ejverkstallda.Kvartal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Avvikelse;
import se.namndbok.core.ejverkstallda.Lag;
import se.namndbok.core.ejverkstallda.Tabell;
import se.namndbok.core.testing.TestStore;

/** The single-decision form and the IVO list of the Statistik area, on a real H2 with the demo decisions. */
class BeslutFormViewModelTest {
  @TempDir
  Path dir;
  private TestStore store;
  private StatistikViewModel statistik;
  private BeslutFormViewModel form;
  private final List<GynnandeBeslut> sparade = new ArrayList<>();

  @BeforeEach
  void demoDecisions() {
    store = TestStore.create(CoreWiring.renderers());
    store.core().demo().loadStatistik();
    CurrentThreadTaskExecutor executor = new CurrentThreadTaskExecutor();
    statistik = new StatistikViewModel(store.core(), executor);
    form = new BeslutFormViewModel(store.core().beslut(), store.core().clock(), executor);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void visa(Lag lag, String kvartal) {
    statistik.lagProperty().set(lag);
    statistik.kvartalProperty().set(Kvartal.parse(kvartal));
    statistik.ladda();
  }

  private void spara() {
    form.spara(b -> {
      sparade.add(b);
      statistik.ladda();
    });
  }

  private Insats insats(String kod) {
    return form.insatser().stream().filter(i -> i.kod().equals(kod)).findFirst().orElseThrow();
  }

  private void fyllNytt(String referens) {
    form.nytt(Lag.SOL);
    form.referensProperty().set(referens);
    form.insatsProperty().set(form.insatser().getFirst());
    form.konProperty().set(Kon.K);
    form.fodelsearProperty().set("1940");
    form.datum(BeslutFalt.BESLUTSDATUM).set("2025-01-10");
  }

  @Test
  void aNewUnexecutedDecisionRaisesTheQuartersFigures() {
    visa(Lag.SOL, "2025Q2");
    int fore = statistik.rapportProperty().get().summa().summa();
    fyllNytt("NY-0001");

    spara();

    assertThat(sparade).extracting(GynnandeBeslut::referens).containsExactly("NY-0001");
    assertThat(form.generalError().get()).isEmpty();
    assertThat(statistik.rapportProperty().get().summa().summa()).isEqualTo(fore + 1);
    assertThat(statistik.ivo()).extracting(IvoRad::referens).contains("NY-0001");
  }

  /** A program started anew on the same folder, with the same quiet pause: the drafts come from disk. */
  private BeslutFormViewModel formMedUtkast(se.namndbok.app.shared.QuietPause paus) {
    return new BeslutFormViewModel(store.core().beslut(), store.core().clock(), new CurrentThreadTaskExecutor())
        .withDrafts(se.namndbok.app.shared.Drafts.of(dir.resolve("utkast"), store.clock(), paus));
  }

  @Test
  void aNewDecisionTypedWhenTheProgramEndedIsInNyttBeslutAgainWithItsInsatsAndGoneOnceSaved() {
    var paus = new se.namndbok.app.shared.QuietPause();
    form = formMedUtkast(paus);
    fyllNytt("NY-0002");
    form.lagProperty().set(Lag.LSS);
    Insats lss = form.insatser().getLast();
    form.insatsProperty().set(lss);
    paus.pass();

    form = formMedUtkast(paus);
    form.nytt(Lag.SOL);

    assertThat(form.referensProperty().get()).isEqualTo("NY-0002");
    assertThat(form.lagProperty().get()).isEqualTo(Lag.LSS);
    assertThat(form.insatsProperty().get()).isEqualTo(lss);
    assertThat(form.konProperty().get()).isEqualTo(Kon.K);
    assertThat(form.datum(BeslutFalt.BESLUTSDATUM).get()).isEqualTo("2025-01-10");
    assertThat(form.noticeProperty().get()).contains("är ifyllt igen").endsWith(
        "Välj Spara för att spara det eller Avbryt för att slänga det.");
    spara();
    assertThat(sparade).extracting(GynnandeBeslut::referens, GynnandeBeslut::insats)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("NY-0002", lss.kod()));
    assertThat(se.namndbok.app.shared.Drafts.of(dir.resolve("utkast"), store.clock(), paus).saved()).isEmpty();
    assertThat(form.noticeProperty().get()).isEmpty();
  }

  @Test
  void aChangeComesBackForItsOwnDecisionOnlyAndADialogClosedWithoutSavingTakesItsDraftWithIt() {
    visa(Lag.SOL, "2025Q1");
    IvoRad rad = statistik.ivo().getFirst();
    IvoRad annan = statistik.ivo().get(1);
    var paus = new se.namndbok.app.shared.QuietPause();
    form = formMedUtkast(paus);
    assertThat(form.andra(rad.referens())).isTrue();
    form.datum(BeslutFalt.AVSLUTSDATUM).set("2025-03-01");
    paus.pass();
    assertThat(se.namndbok.app.shared.Drafts.of(dir.resolve("utkast"), store.clock(), paus).saved())
        .extracting(se.namndbok.app.shared.Drafts.Saved::what).containsExactly("ändringen av beslutet "
            + rad.referens() + " (Statistik, IVO-lista: välj det och Ändra beslut)");

    form = formMedUtkast(paus);
    assertThat(form.andra(annan.referens())).isTrue();
    assertThat(form.datum(BeslutFalt.AVSLUTSDATUM).get()).as("another decision's form").isEmpty();
    assertThat(form.andra(rad.referens())).isTrue();
    assertThat(form.datum(BeslutFalt.AVSLUTSDATUM).get()).isEqualTo("2025-03-01");

    form.discard();
    assertThat(form.datum(BeslutFalt.AVSLUTSDATUM).get()).isEmpty();
    assertThat(se.namndbok.app.shared.Drafts.of(dir.resolve("utkast"), store.clock(), paus).saved()).isEmpty();
  }

  @Test
  void aBadDateIsRefusedAtItsFieldAndNothingIsSaved() {
    fyllNytt("NY-0002");
    form.datum(BeslutFalt.BESLUTSDATUM).set("2025-13-40");
    form.fodelsearProperty().set("nittonhundra");

    spara();

    assertThat(form.error(BeslutFalt.BESLUTSDATUM).get()).contains("Beslutsdatum").contains("är inget datum");
    assertThat(form.error(BeslutFalt.FODELSEAR).get()).contains("inget årtal");
    assertThat(sparade).isEmpty();
    assertThat(store.core().beslut().find("NY-0002")).isEmpty();
  }

  /** Mistyped dates no longer hide the other fields' refusals until the next save (found by a walk). */
  @Test
  void aBadDateIsToldTogetherWithAPersonnummerAsIdAndAMissingKonAndNothingIsSaved() {
    fyllNytt("19121212-1212");
    form.datum(BeslutFalt.BESLUTSDATUM).set("31/11");
    form.datum(BeslutFalt.AVBROTTSDATUM).set("40/1");
    form.konProperty().set(null);

    spara();

    assertThat(form.error(BeslutFalt.BESLUTSDATUM).get()).contains("\"31/11\" är inget datum");
    assertThat(form.error(BeslutFalt.AVBROTTSDATUM).get()).contains("\"40/1\" är inget datum");
    assertThat(form.error(BeslutFalt.ID).get()).contains("personnummer");
    assertThat(form.error(BeslutFalt.KON).get()).contains("måste fyllas i");
    assertThat(form.error(BeslutFalt.BESLUTSDATUM).get()).doesNotContain("måste fyllas i");
    assertThat(sparade).isEmpty();
    assertThat(store.core().beslut().find("19121212-1212")).isEmpty();
  }

  @Test
  void aReferensThatLooksLikeAPersonnummerIsRefusedAtItsField() {
    for (String pnr : List.of("194001011234", "400101-1234", "4001011234", "19400101-1234")) {
      fyllNytt(pnr);

      spara();

      assertThat(form.error(BeslutFalt.ID).get()).as(pnr).contains("personnummer");
      assertThat(store.core().beslut().find(pnr)).as(pnr).isEmpty();
    }
    assertThat(sparade).isEmpty();
  }

  @Test
  void theCoresRefusalsComeBackAtTheirFields() {
    fyllNytt("NY-0003");
    form.datum(BeslutFalt.VERKSTALLIGHETSDATUM).set("2024-12-01");
    form.konProperty().set(null);

    spara();

    assertThat(form.error(BeslutFalt.VERKSTALLIGHETSDATUM).get()).contains("tidigare än beslutsdatum");
    assertThat(form.error(BeslutFalt.KON).get()).contains("måste fyllas i");
    assertThat(sparade).isEmpty();
  }

  @Test
  void editingADecisionOfAFrozenQuarterShowsTheDifference() {
    visa(Lag.SOL, "2025Q1");
    assertThat(statistik.avvikelser()).isEmpty();
    List<Tabell.Rad> faststallt = List.copyOf(statistik.rader());
    IvoRad rad = statistik.ivo().getFirst();
    String annan = form.insatser().stream().map(Insats::kod).filter(k -> !k.equals(rad.insats().kod()))
        .findFirst().orElseThrow();

    assertThat(form.andra(rad.referens())).isTrue();
    form.insatsProperty().set(insats(annan));
    spara();

    assertThat(sparade).hasSize(1);
    assertThat(statistik.avvikelser()).anySatisfy(a -> {
      assertThat(a.insats()).isEqualTo(rad.insats().kod());
      assertThat(a.nu().summa()).isEqualTo(a.fryst().summa() - 1);
    }).anySatisfy(a -> {
      assertThat(a.insats()).isEqualTo(annan);
      assertThat(a.nu().summa()).isEqualTo(a.fryst().summa() + 1);
    }).extracting(Avvikelse::kvartal).containsOnly(Kvartal.parse("2025Q1"));
    assertThat(statistik.faststalldProperty().get()).startsWith("Fastställd");
    assertThat(statistik.rader()).as("the fastställd figures stay the report").isEqualTo(faststallt);
    assertThat(statistik.trend().getLast().fryst()).isTrue();
    assertThat(statistik.avvikelseTextProperty().get()).startsWith("Dagens uppgifter avviker")
        .contains("• " + rad.insats().rubrik() + ": fastställt ").contains("• " + insats(annan).rubrik() + ": fastställt ");
  }

  /**
   * A kön corrected in a fastställd quarter changes no total: the notice says which insats and how its women and
   * men differ (a walk changed DEMO-0056 to Man in SoL 2025Q2 and the window said nothing).
   */
  @Test
  void aKonCorrectedInAFrozenQuarterShowsTheSplitThatDiffers() {
    visa(Lag.SOL, "2025Q1");
    assertThat(statistik.avvikelseTextProperty().get()).isEmpty();
    IvoRad rad = statistik.ivo().stream().filter(r -> r.kon() == Kon.K).findFirst().orElseThrow();
    List<Integer> faststallt = statistik.rader().stream().filter(r -> r.etikett().equals(rad.insats().rubrik()))
        .findFirst().orElseThrow().varden();
    int kvinnor = faststallt.get(0);
    int man = faststallt.get(1);

    assertThat(form.andra(rad.referens())).isTrue();
    form.konProperty().set(Kon.M);
    spara();

    assertThat(sparade).hasSize(1);
    assertThat(statistik.avvikelser()).singleElement().satisfies(a -> {
      assertThat(a.insats()).isEqualTo(rad.insats().kod());
      assertThat(a.baraKon()).isTrue();
    });
    assertThat(statistik.avvikelseTextProperty().get()).startsWith("Dagens uppgifter avviker").endsWith("\n• "
        + rad.insats().rubrik() + ": fastställt " + kvinnor + " kvinnor och " + man + " män, i dag " + (kvinnor - 1)
        + " kvinnor och " + (man + 1) + " män");
  }

  @Test
  void theIvoTableHasOneRowPerDecisionOfTheReportAndTheCsvWritesThem() throws Exception {
    visa(Lag.SOL, "2025Q2");
    assertThat(statistik.ivo()).hasSize(82);
    assertThat(statistik.ivo()).extracting(IvoRad::referens).doesNotHaveDuplicates();

    Path csv = dir.resolve("ivo.csv");
    statistik.exporteraIvo(csv, f -> assertThat(f).isEqualTo(csv));

    List<String> lines = Files.readAllLines(csv);
    assertThat(lines).hasSize(1 + 82);
    assertThat(lines.get(1)).startsWith(statistik.ivo().getFirst().referens() + ";");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(csv);
    }
  }

  @Test
  void theDaysOfOffersAreSavedFromAListAndShownAgainInOrder() {
    fyllNytt("E-9");
    form.erbjudandenProperty().set("2025-04-14, 2025-03-03;2025-03-03");
    spara();

    assertThat(sparade).singleElement().satisfies(b -> assertThat(b.erbjudanden()).extracting(Object::toString)
        .containsExactly("2025-03-03", "2025-04-14"));
    form.nytt(Lag.SOL);
    assertThat(form.erbjudandenProperty().get()).isEmpty();
    assertThat(form.andra("E-9")).isTrue();
    assertThat(form.erbjudandenProperty().get()).isEqualTo("2025-03-03, 2025-04-14");

    form.erbjudandenProperty().set("2025-03-03 2025-04-14 2025-05-02"); // as the IVO list writes them
    spara();
    assertThat(sparade.getLast().erbjudanden()).hasSize(3);
  }

  @Test
  void aDayOfOfferThatIsNoDateOrBeforeTheDecisionIsShownAtItsFieldAndNothingIsSaved() {
    fyllNytt("E-8");
    form.erbjudandenProperty().set("2025-03-03, 2025-04-31");
    spara();
    assertThat(form.error(BeslutFalt.ERBJUDANDEN).get()).contains("2025-04-31");

    form.erbjudandenProperty().set("2025-01-05");
    spara();
    assertThat(form.error(BeslutFalt.ERBJUDANDEN).get()).isEqualTo("Erbjudanden: 2025-01-05 ligger före beslutsdatum (2025-01-10)");
    assertThat(sparade).isEmpty();
    assertThat(store.core().beslut().find("E-8")).isEmpty();
  }

  @Test
  void aDateTypedWithoutItsYearIsReadAgainstTheStoresTodayAsTheCheckIs() {
    fyllNytt("E-7"); // the store's today is 2025-11-03 (TestStore.CLOCK), whatever the computer's is
    form.datum(BeslutFalt.BESLUTSDATUM).set("10 jan");
    form.erbjudandenProperty().set("3/3, 14 apr");
    spara();

    assertThat(sparade).singleElement().satisfies(b -> {
      assertThat(b.beslutsdatum()).isEqualTo("2025-01-10");
      assertThat(b.erbjudanden()).extracting(Object::toString).containsExactly("2025-03-03", "2025-04-14");
    });
  }

  @Test
  void aDayAndMonthThatCannotComeBeforeTheDecisionIsTheFirstSuchDayAfterItNotTheRecentOne() {
    fyllNytt("E-6"); // today 2025-11-03: read against today, 3/7 would be 2025-07-03, a year after the decision
    form.datum(BeslutFalt.BESLUTSDATUM).set("2024-06-30");
    form.erbjudandenProperty().set("3/7, 14/8");
    form.datum(BeslutFalt.VERKSTALLIGHETSDATUM).set("1/9");
    form.datum(BeslutFalt.AVSLUTSDATUM).set("");

    assertThat(form.yearOmitted(BeslutFalt.VERKSTALLIGHETSDATUM)).isEqualTo(TypedDate.YearOmitted.ON_OR_AFTER);
    assertThat(form.yearFrom(BeslutFalt.VERKSTALLIGHETSDATUM)).isEqualTo("2024-06-30");
    spara();

    assertThat(sparade).singleElement().satisfies(b -> {
      assertThat(b.erbjudanden()).extracting(Object::toString).containsExactly("2024-07-03", "2024-08-14");
      assertThat(b.verkstallighetsdatum()).isEqualTo("2024-09-01");
    });
  }

  @Test
  void withoutADecisionDateADayAndMonthIsTheRecentOneAsBefore() {
    form.nytt(Lag.SOL);
    form.datum(BeslutFalt.BESLUTSDATUM).set("30/13");

    assertThat(form.yearOmitted(BeslutFalt.ERBJUDANDEN)).isEqualTo(TypedDate.YearOmitted.RECENT);
    assertThat(form.yearFrom(BeslutFalt.AVSLUTSDATUM)).isEqualTo(store.core().clock().today());
    assertThat(form.yearOmitted(BeslutFalt.BESLUTSDATUM)).isEqualTo(TypedDate.YearOmitted.RECENT);
  }
}
