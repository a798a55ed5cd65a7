package se.namndbok.app.meddelande;

import se.namndbok.core.anmalan.AnmalanFilter;
import se.namndbok.app.CoreWiring;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.CurrentThreadTaskExecutor;
import se.namndbok.app.shared.MotesVal;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** The meddelande form and list without a window; today is 2025-11-03, the next meeting 2025-11-20. */
class MeddelandeViewModelsTest {
  private TestStore store;
  private AppServices services;
  private MeddelandeFormViewModel form;
  private MeddelandeViewModel list;
  private Sammantrade november;
  private final List<Meddelande> saved = new ArrayList<>();

  @BeforeEach
  void setUp() {
    store = TestStore.create(CoreWiring.renderers());
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    Sammantrade oktober = f.mote("2025-10-23", SammantradeStatus.GENOMFORT);
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/1130", "Redovisning av meddelanden");
    services = new AppServices(store.core());
    services.meddelanden().registerTill(new NyttMeddelande("Patientnämnden",
        LocalDate.parse("2025-09-25"), null, "Delårsrapport", "2025/1130", null, false), oktober.id());
    list = new MeddelandeViewModel(services, new CurrentThreadTaskExecutor());
    form = new MeddelandeFormViewModel(services, new CurrentThreadTaskExecutor(), list.history());
    form.loadAvsandare();
    list.load();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private void fill(String datum) {
    form.avsandareProperty().set("Kommunfullmäktige");
    form.datumProperty().set(datum);
    form.paragrafProperty().set("§ 159");
    form.amneProperty().set("Sammanträdesordning 2026");
    form.diarienummerProperty().set("2025/1130");
    form.hidProperty().set("2025.2784");
  }

  @Test
  void aSavedMeddelandeGoesToTheNextMeetingAndItsSenderIsOfferedNextTime() {
    fill("2025-09-22");

    form.save(n -> false, m -> {
      saved.add(m);
      list.added(m);
    });

    assertThat(saved).singleElement().satisfies(m -> {
      assertThat(m.sammantradeId()).isEqualTo(november.id());
      assertThat(m.avsandareRad()).isEqualTo("Kommunfullmäktige 2025-09-22 § 159");
      assertThat(list.anmalsTill(m)).isEqualTo("2025-11-20 (planerat)");
    });
    assertThat(form.amneProperty().get()).isEmpty();
    assertThat(form.avsandareForslag("kommun")).containsExactly("Kommunfullmäktige");
    assertThat(form.avsandareForslag("nämnd")).containsExactly("Patientnämnden");
    assertThat(list.visible()).hasSize(2);
  }

  @Test
  void badValuesAreRefusedAtTheirFieldsInSwedishAndNothingIsSaved() {
    fill("2025-02-30");
    form.save(n -> false, saved::add);
    assertThat(form.errorProperty("Datum").get()).isEqualTo("Datum: \"2025-02-30\" är inget datum; skriv t.ex. 2025-10-23, 20251023, 23/10 eller 23 okt");

    fill("2025-09-22");
    form.paragrafProperty().set("paragraf femton");
    form.amneProperty().set(" ");
    form.save(n -> false, saved::add);
    assertThat(form.errorProperty("Paragraf").get()).contains("är ingen paragraf");
    assertThat(form.errorProperty("Ämne").get()).startsWith("Ämne:");
    assertThat(form.errorProperty("Datum").get()).isEmpty();

    assertThat(saved).isEmpty();
    assertThat(services.meddelanden().list(AnmalanFilter.alla())).hasSize(1);
  }

  @Test
  void aBadDateIsToldTogetherWithTheOtherFieldsAndNothingIsSaved() {
    fill("2025-02-30");
    form.amneProperty().set("Yttrande om 19121212-1212");
    form.paragrafProperty().set("paragraf femton");

    form.save(n -> false, saved::add);

    assertThat(form.errorProperty("Datum").get()).startsWith("Datum: \"2025-02-30\" är inget datum");
    assertThat(form.errorProperty("Ämne").get()).startsWith("Ämne: innehåller ett personnummer");
    assertThat(form.errorProperty("Paragraf").get()).contains("är ingen paragraf");
    assertThat(saved).isEmpty();
    assertThat(services.meddelanden().list(AnmalanFilter.alla())).hasSize(1);
  }

  @Test
  void aMeddelandeAColleagueChangedIsReadAgainWithWhatWasTypedKeptAndPutBackOnRequest() {
    Meddelande m = services.meddelanden().list(AnmalanFilter.alla()).getFirst();
    form.edit(m);
    form.amneProperty().set("Delårsrapport januari–augusti");
    form.sekretessProperty().set(true);
    services.meddelanden().update(m.id(), m.version(), new NyttMeddelande("Patientnämnden",
        LocalDate.parse("2025-09-25"), "12", "Delårsrapport 2025", "2025/1130", null, false));

    form.save(n -> false, saved::add);
    assertThat(form.stale().messageProperty().get()).startsWith("Meddelandet ändrades av")
        .contains("öppnade det.");
    assertThat(form.stale().textProperty().get())
        .isEqualTo("Ämne: Delårsrapport januari–augusti\nSekretess: Ja");

    form.stale().readAgain();
    assertThat(form.amneProperty().get()).isEqualTo("Delårsrapport 2025");
    assertThat(form.paragrafProperty().get()).isEqualTo("12");
    form.stale().useTyped();
    assertThat(form.amneProperty().get()).isEqualTo("Delårsrapport januari–augusti");
    assertThat(form.sekretessProperty().get()).isTrue();
    assertThat(form.paragrafProperty().get()).isEqualTo("12");
    assertThat(form.stale().textProperty().get()).isEqualTo("Ämne: Delårsrapport 2025\nSekretess: Nej");
    form.save(n -> false, saved::add);

    Meddelande nu = services.meddelanden().find(m.id()).orElseThrow();
    assertThat(nu.amne()).isEqualTo("Delårsrapport januari–augusti");
    assertThat(nu.paragraf()).isEqualTo("12");
  }

  @Test
  void aMeddelandeDeletedAfterAStaleRefusalCanBeSavedAsANewOneWithWhatWasTyped() {
    Meddelande m = services.meddelanden().list(AnmalanFilter.alla()).getFirst();
    form.edit(m);
    form.amneProperty().set("Delårsrapport, rättad");
    services.meddelanden().update(m.id(), m.version(), new NyttMeddelande("Patientnämnden",
        LocalDate.parse("2025-09-25"), "§ 3", "Delårsrapport", "2025/1130", null, false));
    form.save(n -> false, saved::add);
    services.meddelanden().delete(m.id());

    assertThat(saved).isEmpty();
    form.edit(m); // Ändra on the row still listed

    assertThat(form.stale().messageProperty().get()).startsWith("Posten har tagits bort");
    assertThat(form.editingProperty().get()).isNull();
    form.stale().useTyped();
    assertThat(form.amneProperty().get()).isEqualTo("Delårsrapport, rättad");
    assertThat(form.avsandareProperty().get()).isEqualTo("Patientnämnden");
    form.save(n -> false, saved::add);

    assertThat(saved).singleElement().satisfies(s -> assertThat(s.amne()).isEqualTo("Delårsrapport, rättad"));
  }

  @Test
  void filtersByMeetingPeriodAndNotReportedAndUndoesADelete() {
    fill("2025-09-22");
    form.save(n -> false, list::added);
    list.refresh();

    list.moteProperty().set(list.motesval().stream().filter(v -> november.id() == (v.sammantradeId() == null ? -1
        : v.sammantradeId())).findFirst().orElseThrow());
    assertThat(list.visible()).extracting(Meddelande::avsandare).containsExactly("Kommunfullmäktige");
    list.moteProperty().set(MotesVal.ALLA);
    list.franProperty().set("2025-09-24");
    assertThat(list.visible()).extracting(Meddelande::avsandare).containsExactly("Patientnämnden");
    list.moteProperty().set(MotesVal.EJ_ANMALDA);
    assertThat(list.visible()).isEmpty();

    list.moteProperty().set(MotesVal.ALLA);
    list.franProperty().set("");
    Meddelande m = list.visible().getFirst();
    list.delete(m, d -> {});
    assertThat(services.meddelanden().list(AnmalanFilter.alla())).hasSize(1);
    list.undo();
    assertThat(services.meddelanden().list(AnmalanFilter.alla())).hasSize(2);
    assertThat(list.visible()).hasSize(2);
  }

  @Test
  void anImportIsAllOrNothing(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("meddelanden.csv");
    Files.writeString(csv, "avsandare;datum;amne;diarienummer;handlingsid;paragraf\n"
        + "Regionstyrelsen;2025-10-07;Protokollsutdrag;2025/1130;2025.2877;\n"
        + ";2025-10-08;Utan avsändare;2025/1130;;\n");
    List<ImportError> refused = new ArrayList<>();
    List<Integer> done = new ArrayList<>();

    list.importera(csv, refused::addAll, done::add);

    assertThat(refused).singleElement().satisfies(e -> {
      assertThat(e.line()).isEqualTo(3);
      assertThat(e.column()).isEqualTo("avsandare");
    });
    assertThat(done).isEmpty();
    assertThat(services.meddelanden().list(AnmalanFilter.alla())).hasSize(1);
  }

  @Test
  void theSekretessColumnShowsAMeddelandeConfidentialThroughItsArende() {
    store.core().arenden().register(new se.namndbok.core.arende.NyttArende(
        se.namndbok.core.arende.Diarienummer.parse("2025/1000"), null, "Tillsyn IVO", null, true,
        LocalDate.of(2025, 9, 1)));
    services.meddelanden().register(new NyttMeddelande("IVO", LocalDate.parse("2025-10-01"), null,
        "Tillsynsärende", "2025/1000", null, false));
    list.refresh();

    assertThat(list.visible()).extracting(m -> m.amne() + ": " + list.sekretess(m))
        .containsExactlyInAnyOrder("Delårsrapport: Nej", "Tillsynsärende: Ja (ärendet)");
  }
}
