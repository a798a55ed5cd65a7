package se.namndbok.core.arende;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.Atgard;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.TestStore;

class ArendeServiceTest {
  private TestStore store;
  private ArendeService service;

  @BeforeEach
  void open() {
    store = TestStore.create();
    service = store.core().arenden();
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static NyttArende nytt(String rubrik, LocalDate date) {
    return NyttArende.nytt("3.9.0.1", rubrik, "Anna Handläggare", false, date);
  }

  @Test
  void takesTheNextDiarienummerOfTheYear() {
    Arende first = service.register(nytt("Första", LocalDate.of(2025, 3, 1)));
    Arende second = service.register(nytt("Andra", LocalDate.of(2025, 3, 2)));
    Arende nextYear = service.register(nytt("Nytt år", LocalDate.of(2024, 12, 31)));

    assertThat(first.diarienummer()).hasToString("2025/1");
    assertThat(second.diarienummer()).hasToString("2025/2");
    assertThat(nextYear.diarienummer()).hasToString("2024/1");
  }

  @Test
  void theValuesInUseAreEachListedOnceInCodeAndSwedishOrder() {
    LocalDate d = LocalDate.of(2025, 3, 1);
    for (String[] a : new String[][] {{"3.10", "Örjan Ek"}, {"3.9.0.2", "Åsa Öberg"}, {"3.9.0.1", "Anna Zetterberg"},
        {"3.9.0.2", "Åsa Öberg"}, {null, "Ärla Lind"}, {"3.9", null}, {"1.1.1.7", ""}}) {
      service.register(new NyttArende(null, a[0], "Ärende", a[1], false, d));
    }

    Diarievarden v = service.varden();

    assertThat(v.klassificeringar()).containsExactly("1.1.1.7", "3.9", "3.9.0.1", "3.9.0.2", "3.10");
    assertThat(v.handlaggare()).containsExactly("Anna Zetterberg", "Åsa Öberg", "Ärla Lind", "Örjan Ek");
  }

  @Test
  void theCounterpartsOfTheNewestHandlingarAreEachListedOnceInSwedishOrder() {
    Arende a = service.register(nytt("Post", LocalDate.of(2025, 3, 1)));
    for (String motpart : new String[] {"Zäta AB", "Kommunfullmäktige", "Örebro kommun", "", "Kommunfullmäktige",
        "Arbetsmiljöverket", "Åre kommun"}) {
      service.registerHandling(a.id(), new NyHandling(null, LocalDate.of(2025, 3, 2),
          se.namndbok.core.arende.Riktning.INKOMMANDE, motpart, "Skrivelse", false));
    }

    assertThat(service.motparter())
        .containsExactly("Arbetsmiljöverket", "Kommunfullmäktige", "Zäta AB", "Åre kommun", "Örebro kommun");
    assertThat(service.motparter(3)).as("of the newest three").containsExactly("Arbetsmiljöverket",
        "Kommunfullmäktige", "Åre kommun");
  }

  @Test
  void continuesAfterANumberTakenByHand() {
    service.register(new NyttArende(Diarienummer.parse("2025/1184"), "3.9.0.1", "Importerat", null, false,
        LocalDate.of(2025, 9, 1)));

    assertThat(service.register(nytt("Nytt", LocalDate.of(2025, 10, 1))).diarienummer()).hasToString("2025/1185");
  }

  @Test
  void refusesADiarienummerAlreadyTaken() {
    NyttArende a = new NyttArende(Diarienummer.parse("2025/31"), null, "A", null, false, LocalDate.of(2025, 1, 2));
    service.register(a);

    assertThatThrownBy(() -> service.register(a)).isInstanceOf(ValidationException.class)
        .hasMessage("Diarienummer: 2025/31 finns redan i diariet");
    assertThat(service.count()).isEqualTo(1);
  }

  @Test
  void reportsEveryBadFieldInSwedishAndStoresNothing() {
    NyttArende bad = NyttArende.nytt("3,9", " ", null, false, LocalDate.of(2030, 1, 1));

    assertThatThrownBy(() -> service.register(bad)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.errors()).extracting(ValidationException.FieldError::field)
            .containsExactly("Rubrik", "Registrerad", "Klassificering"));
    assertThat(service.count()).isZero();
  }

  @Test
  void handlingarTakeTheNextHidAndAreListedWithTheirArende() {
    Arende a = service.register(nytt("Med handlingar", LocalDate.of(2025, 9, 1)));
    service.registerHandling(a.id(), new NyHandling(HandlingsId.parse("2025.2708"), LocalDate.of(2025, 9, 23),
        Riktning.INKOMMANDE, "Hjälpmedelsnämnden", "Protokoll", false));
    Handling next = service.registerHandling(a.id(), new NyHandling(null, LocalDate.of(2025, 9, 24),
        Riktning.UPPRATTAD, null, "Tjänsteskrivelse", false));

    assertThat(next.handlingsId()).hasToString("2025.2709");
    assertThat(service.handlingar(a.id())).extracting(Handling::rubrik).containsExactly("Protokoll", "Tjänsteskrivelse");
  }

  @Test
  void everyChangeWritesWhoWhatAndBeforeAfterToTheAuditLog() {
    Arende a = service.register(nytt("Före", LocalDate.of(2025, 9, 1)));
    service.update(new Arende(a.id(), a.diarienummer(), a.klassificering(), "Efter", ArendeStatus.AVSLUTAT,
        a.handlaggare(), true, a.registrerad(), null, a.version()));

    var entries = store.core().audit().entriesFor("arende", a.id());
    assertThat(entries).extracting(e -> e.atgard()).containsExactly(Atgard.SKAPA, Atgard.ANDRA);
    assertThat(entries.get(1).anvandare()).isEqualTo("testare");
    assertThat(entries.get(1).fore()).contains("\"rubrik\":\"Före\"");
    assertThat(entries.get(1).efter()).contains("\"rubrik\":\"Efter\"").contains("\"status\":\"AVSLUTAT\"");
  }

  @Test
  void searchFindsByDiarienummerPrefixOrWordsOfTheRubrik() {
    service.register(new NyttArende(Diarienummer.parse("2025/1130"), "1.1.1.7", "Redovisning av meddelanden oktober 2025",
        null, false, LocalDate.of(2025, 9, 1)));
    service.register(new NyttArende(Diarienummer.parse("2025/1129"), "1.1.1.7",
        "Redovisning av delegationsbeslut oktober 2025", null, false, LocalDate.of(2025, 9, 1)));

    assertThat(service.search("2025/1130", 50)).extracting(x -> x.diarienummer().toString()).containsExactly("2025/1130");
    assertThat(service.search("redovisning DELEGATIONSBESLUT", 50)).hasSize(1);
    assertThat(service.search("100%", 50)).isEmpty();
  }

  @Test
  void changesKlassificeringRubrikAndHandlaggareButNotTheNumberStatusOrSekretess() {
    Arende a = service.register(NyttArende.nytt("3.9", "Före", "Anna Ek", true, LocalDate.of(2025, 9, 1)));

    Arende changed = service.andra(a, " 1.1.1.7 ", " Efter ", " ");

    assertThat(changed.arendenummer()).hasToString("2025/1-1.1.1.7");
    assertThat(changed.rubrik()).isEqualTo("Efter");
    assertThat(changed.handlaggare()).isNull();
    assertThat(changed.sekretess()).isTrue();
    assertThat(service.findById(a.id()).orElseThrow()).isEqualTo(changed);
    java.util.List<se.namndbok.core.audit.AuditEntry> log =
        store.core().audit().entriesFor("arende", a.id());
    assertThat(log).extracting(e -> e.atgard()).containsExactly(Atgard.SKAPA, Atgard.ANDRA);
  }

  @Test
  void anArendeFoundToHoldSekretessuppgifterIsMarkedAfterRegistrationAndReleasedAgainLogged() {
    Arende a = service.register(NyttArende.nytt("3.9", "Rapport enligt lex Sarah", null, false,
        LocalDate.of(2025, 9, 1)));

    Arende marked = service.andra(a, "3.9", "Rapport enligt lex Sarah", null, true);
    assertThat(marked.sekretess()).isTrue();
    assertThat(service.sekretessprovning(java.util.List.of(a.id())).arende(marked)).isPresent();

    Arende released = service.andra(marked, "3.9", "Rapport enligt lex Sarah", null, false);
    assertThat(released.sekretess()).isFalse();
    assertThat(released.sekretessgrundId()).isNull();
    assertThat(service.sekretessprovning(java.util.List.of(a.id())).arende(released)).isEmpty();
    assertThat(store.core().audit().entriesFor("arende", a.id())).extracting(e -> e.atgard())
        .containsExactly(Atgard.SKAPA, Atgard.ANDRA, Atgard.ANDRA);
    assertThatThrownBy(() -> service.andra(a, "3.9", "Rapport", null, true)).as("over the version read")
        .isInstanceOf(se.namndbok.core.shared.StaleException.class);
  }

  @Test
  void aChangeWithBadValuesIsRefusedFieldByFieldAndChangesNothing() {
    Arende a = service.register(nytt("Före", LocalDate.of(2025, 9, 1)));

    assertThatThrownBy(() -> service.andra(a, "tre", " ", "x".repeat(201)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("Rubrik: måste fyllas i").hasMessageContaining("Klassificering: \"tre\"")
        .hasMessageContaining("Handläggare:");
    assertThat(service.findById(a.id()).orElseThrow()).isEqualTo(a);
  }

  @Test
  void searchFindsByLopnummerHidAvsandareAndHandlingRubrik() {
    Arende a = service.register(new NyttArende(Diarienummer.parse("2025/1185"), "3.9.0.1",
        "Månadsrapport september 2025", null, false, LocalDate.of(2025, 9, 1)));
    service.register(new NyttArende(Diarienummer.parse("2024/77"), null, "Annat", null, false,
        LocalDate.of(2024, 9, 1)));
    service.registerHandling(a.id(), new NyHandling(HandlingsId.parse("2025.2708"), LocalDate.of(2025, 9, 23),
        Riktning.INKOMMANDE, "Hjälpmedelsnämnden", "Protokoll 2025-09-23", false));

    for (String q : new String[] {"1185", "118", "2025.2708", "Hid: 2025.27", "hjälpmedelsnämnden", "PROTOKOLL",
        "1185 protokoll"}) {
      assertThat(service.search(q, 10)).as(q).extracting(x -> x.diarienummer().toString()).containsExactly("2025/1185");
    }
    assertThat(service.search("77", 10)).extracting(x -> x.diarienummer().toString()).containsExactly("2024/77");
    assertThat(service.search("2025.2709", 10)).isEmpty();
    assertThat(service.search("protokoll annat", 10)).isEmpty();
  }

  @Test
  void aFileOfAnUnknownKindIsRefusedAndNothingIsStored() {
    Arende a = service.register(nytt("Ärende", LocalDate.of(2025, 9, 1)));
    NyHandling ny = new NyHandling(null, LocalDate.of(2025, 9, 2), Riktning.INKOMMANDE, null, "Program", false);

    assertThatThrownBy(() -> service.registerHandling(a.id(), ny, "verktyg.exe", new byte[] {1, 2, 3}))
        .isInstanceOf(ValidationException.class).hasMessageStartingWith("Fil: filen verktyg.exe är av en typ som inte");
    assertThat(service.handlingar(a.id())).isEmpty();
    assertThat(((se.namndbok.core.db.FolderFileStore) store.db().files()).all()).isEmpty();
  }

  @Test
  void aStoredFileIsReadBackAsItWas() {
    Arende a = service.register(nytt("Ärende", LocalDate.of(2025, 9, 1)));
    byte[] mail = "From: ivo@ivo.se\r\nSubject: Yttrande\r\n\r\nHej".getBytes(java.nio.charset.StandardCharsets.UTF_8);

    Handling h = service.registerHandling(a.id(), new NyHandling(null, LocalDate.of(2025, 9, 2), Riktning.INKOMMANDE,
        "IVO", "Begäran om yttrande", false), "Begäran.eml", mail);

    assertThat(h.fil().namn()).isEqualTo("Begäran.eml");
    assertThat(service.readFile(h.fil())).isEqualTo(mail);
    assertThat(service.handlingar(java.util.List.of(a.id()))).containsEntry(a.id(), java.util.List.of(h));
  }
}
