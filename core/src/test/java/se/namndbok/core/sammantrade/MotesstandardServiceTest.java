package se.namndbok.core.sammantrade;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

/** A meeting from the board's defaults, and the meeting plan; the test clock's today is 2025-11-03. */
class MotesstandardServiceTest {
  private TestStore store;
  private BoardFixture f;
  private MotesstandardService standard;
  private SammantradesplanService plan;
  private ArendelistaService lista;
  @TempDir
  Path dir;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    f = new BoardFixture(store);
    f.namnd();
    standard = store.core().motesstandard();
    plan = store.core().sammantradesplan();
    lista = store.core().arendelista();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void aBoardThatSetNothingMeetsAt13WithAllFourStandardPunkter() {
    assertThat(standard.standard()).isEqualTo(Motesstandard.INGEN);
    assertThat(Motesstandard.INGEN.punkter()).containsExactly(ArendepunktTyp.UPPROP, ArendepunktTyp.JUSTERARE,
        ArendepunktTyp.MEDDELANDEN, ArendepunktTyp.DELEGATIONSBESLUT);
  }

  @Test
  void aNewBoardMeetingStartsWithTheStandardPunkterInTheirOrderAndAnUtskottsMeetingWithNone() {
    standard.spara(new Motesstandard(LocalTime.of(8, 15), " Stadshuset, Sessionssalen ",
        List.of(ArendepunktTyp.DELEGATIONSBESLUT, ArendepunktTyp.UPPROP)));

    Sammantrade s = standard.skapa(new NyttSammantrade(null, LocalDate.of(2025, 11, 20), LocalTime.of(8, 15),
        "Stadshuset, Sessionssalen"));
    long au = store.core().namnd().addUtskott("Arbetsutskottet", UtskottTyp.ARBETSUTSKOTT).id();
    Sammantrade auMote = standard.skapa(new NyttSammantrade(au, LocalDate.of(2025, 11, 13), LocalTime.of(9, 0), "Rum 3"));

    assertThat(standard.standard()).isEqualTo(new Motesstandard(LocalTime.of(8, 15), "Stadshuset, Sessionssalen",
        List.of(ArendepunktTyp.UPPROP, ArendepunktTyp.DELEGATIONSBESLUT)));
    assertThat(lista.punkter(s.id())).extracting(Arendepunkt::typ, Arendepunkt::ordning)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ArendepunktTyp.UPPROP, 1),
            org.assertj.core.groups.Tuple.tuple(ArendepunktTyp.DELEGATIONSBESLUT, 2));
    assertThat(lista.punkter(auMote.id())).isEmpty();
  }

  @Test
  void aRefusedMeetingLeavesNoPunkter() {
    standard.skapa(new NyttSammantrade(null, LocalDate.of(2025, 11, 20), LocalTime.of(13, 0), "Stadshuset"));

    assertThatThrownBy(() -> standard.skapa(new NyttSammantrade(null, LocalDate.of(2025, 11, 20),
        LocalTime.of(13, 0), "Stadshuset"))).isInstanceOf(ValidationException.class);
    assertThat(store.core().sammantraden().all()).hasSize(1);
  }

  @Test
  void nastaIsTheFirstPlannedDateAfterTodayWithoutAMeeting() {
    plan.add(new Planrad(LocalDate.of(2025, 10, 23), null, null));
    plan.add(new Planrad(LocalDate.of(2025, 11, 20), null, null));
    plan.add(new Planrad(LocalDate.of(2025, 12, 11), LocalTime.of(8, 15), "Kommunhuset"));
    assertThat(plan.nasta()).map(Planrad::datum).contains(LocalDate.of(2025, 11, 20));

    f.mote("2025-11-20", SammantradeStatus.PLANERAT);

    assertThat(plan.nasta()).contains(new Planrad(LocalDate.of(2025, 12, 11), LocalTime.of(8, 15), "Kommunhuset"));
    assertThatThrownBy(() -> plan.add(new Planrad(LocalDate.of(2025, 12, 11), null, null)))
        .hasMessage("Datum: 2025-12-11 finns redan i sammanträdesplanen");
  }

  @Test
  void aPlanFileReplacesThePlanOfItsYears() throws Exception {
    plan.add(new Planrad(LocalDate.of(2025, 12, 11), null, null));
    plan.add(new Planrad(LocalDate.of(2026, 5, 5), null, null));
    Path csv = Files.writeString(dir.resolve("plan 2026.csv"), "datum;tid;plats\n2026-02-12;08:15;\n"
        + "2026-01-22;8.15;Stadshuset, Sessionssalen\n", StandardCharsets.UTF_8);

    plan.importera(csv);

    assertThat(plan.plan()).containsExactly(new Planrad(LocalDate.of(2025, 12, 11), null, null),
        new Planrad(LocalDate.of(2026, 1, 22), LocalTime.of(8, 15), "Stadshuset, Sessionssalen"),
        new Planrad(LocalDate.of(2026, 2, 12), LocalTime.of(8, 15), null));
  }

  @Test
  void aBadPlanFileIsRefusedLineByLineInSwedishAndChangesNothing() throws Exception {
    plan.add(new Planrad(LocalDate.of(2026, 5, 5), null, null));
    Path csv = Files.writeString(dir.resolve("plan.csv"), "datum;tid\n2026-01-22;08:15\n2026-02-30;\n"
        + "2026-03-12;åtta\n2026-01-22;\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> plan.importera(csv)).isInstanceOf(ImportException.class)
        .satisfies(e -> assertThat(((ImportException) e).importErrors()).extracting(Object::toString).containsExactly(
            "plan.csv, rad 3, kolumn datum: \"2026-02-30\" är inget datum; skriv åååå-mm-dd, t.ex. 2025-10-23",
            "plan.csv, rad 4, kolumn tid: \"åtta\" är ingen tid; skriv timmar och minuter, t.ex. 13:00",
            "plan.csv, rad 5, kolumn datum: 2026-01-22 står redan på en tidigare rad"));
    assertThat(plan.plan()).containsExactly(new Planrad(LocalDate.of(2026, 5, 5), null, null));
  }
}
