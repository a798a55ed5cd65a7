package se.namndbok.core.meddelande;

import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.anmalan.AnmalanFilter;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ImportError;
import se.namndbok.core.shared.ImportException;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

class MeddelandeServiceTest {
  private TestStore store;
  private AnmalanService<NyttMeddelande, Meddelande> service;
  private Sammantrade november;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    BoardFixture f = new BoardFixture(store);
    f.namnd();
    november = f.mote("2025-11-20", SammantradeStatus.PLANERAT);
    f.arende("2025/1130", "Redovisning av meddelanden 2025");
    service = store.core().meddelanden();
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  @Test
  void registersWithParagrafAndIncomingHandlingInTheNextMeeting() {
    Meddelande m = service.register(new NyttMeddelande("Kommunfullmäktige", LocalDate.of(2025, 9, 22), "§ 159",
        "Sammanträdesordning 2026", "2025/1130", "2025.2784", false));

    assertThat(m.paragraf()).isEqualTo("159");
    assertThat(m.avsandareRad()).isEqualTo("Kommunfullmäktige 2025-09-22 § 159");
    assertThat(m.sammantradeId()).isEqualTo(november.id());
    assertThat(store.core().arenden().handlingar(m.arendeId()))
        .singleElement().satisfies(h -> {
          assertThat(h.riktning()).isEqualTo(Riktning.INKOMMANDE);
          assertThat(h.motpart()).isEqualTo("Kommunfullmäktige");
        });
  }

  @Test
  void refusesEachBadFieldByName() {
    ValidationException e = Assertions.assertThrows(ValidationException.class, () -> service.register(
        new NyttMeddelande("", LocalDate.of(2025, 12, 1), "paragraf 5", "", "2025/1130", "2025-2784", false)));
    assertThat(e.errors()).extracting(ValidationException.FieldError::toString).containsExactlyInAnyOrder(
        "Avsändare: måste fyllas i",
        "Datum: får inte vara senare än dagens datum (2025-11-03)",
        "Ämne: måste fyllas i",
        "Handlingsid: \"2025-2784\" är inget handlingsid; skriv år.löpnummer, t.ex. 2025.2708",
        "Paragraf: \"paragraf 5\" är ingen paragraf; skriv numret, t.ex. 159 eller § 159");
  }

  @Test
  void earlierSendersAreOfferedOnceInSwedishOrder() {
    for (String avsandare : new String[] {"Överförmyndaren", "Arbetsmiljöverket", "Kommunstyrelsen", "Arbetsmiljöverket"}) {
      service.register(new NyttMeddelande(avsandare, LocalDate.of(2025, 10, 1), null, "Ämne", "2025/1130", null, false));
    }
    assertThat(service.motparter()).containsExactly("Arbetsmiljöverket", "Kommunstyrelsen", "Överförmyndaren");
  }

  @Test
  void listsAMeetingsMeddelandenInHidOrder() {
    service.register(new NyttMeddelande("B", LocalDate.of(2025, 10, 7), null, "Andra", "2025/1130", "2025.2877", false));
    service.register(new NyttMeddelande("A", LocalDate.of(2025, 9, 23), null, "Första", "2025/1130", "2025.2708", false));
    assertThat(service.list(AnmalanFilter.sammantrade(november.id()))).extracting(Meddelande::amne)
        .containsExactly("Första", "Andra");
  }

  @Test
  void importIsAllOrNothingAndRegistersUnknownArenden() {
    var importer = store.core().meddelandeImport();
    String bad = "avsandare;datum;amne;diarienummer;handlingsid;paragraf\n"
        + "Patientnämnden;2025-09-25;Delårsrapport;2025/1130;2025.2768;\n"
        + "Kommunfullmäktige;2025-09-22;Motion (L);2024/1314;2025.2800;§ x\n";
    ImportException e = Assertions.assertThrows(ImportException.class,
        () -> importer.importera("m.csv", bad.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.importErrors()).extracting(ImportError::toString).containsExactly(
        "m.csv, rad 3, kolumn paragraf: \"§ x\" är ingen paragraf; skriv numret, t.ex. 159 eller § 159");
    assertThat(service.list(AnmalanFilter.alla())).isEmpty();

    String good = "avsandare,datum,amne,diarienummer,handlingsid,paragraf\n"
        + "Kommunfullmäktige,2025-09-22,\"Motion (L) om ny nämndstruktur, dela upp socialnämnden\",2024/1314,2025.2800,169\n";
    var saved = importer.importera("m.csv", good.getBytes(Charset.forName("windows-1252")));
    assertThat(saved).singleElement().satisfies(m -> assertThat(m.paragraf()).isEqualTo("169"));
    assertThat(store.core().arenden().find(Diarienummer.parse("2024/1314")))
        .hasValueSatisfying(a -> assertThat(a.rubrik()).isEqualTo("Motion (L) om ny nämndstruktur, dela upp socialnämnden"));
  }

  @Test
  void editingKeepsTheMeetingAndChangesTheParagraf() {
    Meddelande m = service.register(new NyttMeddelande("Kommunstyrelsen", LocalDate.of(2025, 10, 6), "233", "Beslut",
        "2025/1130", null, false));
    Meddelande changed = service.update(m.id(), m.version(), new NyttMeddelande("Kommunstyrelsen", LocalDate.of(2025, 10, 6),
        "§ 234", "Beslut - Undantag", "2025/1130", "2025.2883", false));
    assertThat(changed.paragraf()).isEqualTo("234");
    assertThat(changed.handlingsId().toString()).isEqualTo("2025.2883");
    assertThat(changed.sammantradeId()).isEqualTo(november.id());
    assertThat(service.list(AnmalanFilter.alla())).containsExactly(changed);
  }
}
