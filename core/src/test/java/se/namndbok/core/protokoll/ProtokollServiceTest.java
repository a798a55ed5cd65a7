package se.namndbok.core.protokoll;

import se.namndbok.core.testing.Versioner;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.Arendepunkt;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.Sammantrade;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.shared.ValidationException;
import se.namndbok.core.testing.BoardFixture;
import se.namndbok.core.testing.TestStore;

class ProtokollServiceTest {
  private static final LocalDate FRAN = LocalDate.of(2023, 1, 1);
  private static final LocalDate TILL = LocalDate.of(2026, 12, 31);

  private TestStore store;
  private BoardFixture fixture;
  private ProtokollService service;
  private ArendelistaService lista;
  private Ledamot ordforande;
  private Ledamot ledamot;
  private Ledamot ersattare;

  @BeforeEach
  void setUp() {
    store = TestStore.create();
    fixture = new BoardFixture(store);
    fixture.namnd();
    service = store.core().protokoll();
    lista = store.core().arendelista();
    ordforande = seat("Annika", "Lindqvist", UppdragTyp.ORDINARIE, Roll.ORDFORANDE, 1);
    ledamot = seat("Mikael", "Öhman", UppdragTyp.ORDINARIE, Roll.LEDAMOT, 2);
    ersattare = seat("Erik", "Nilsson", UppdragTyp.ERSATTARE, Roll.ERSATTARE, 3);
  }

  @AfterEach
  void tearDown() {
    store.close();
  }

  private Ledamot seat(String fornamn, String efternamn, UppdragTyp typ, Roll roll, int ordning) {
    LedamotService l = store.core().ledamoter();
    Ledamot saved = l.add(fornamn, efternamn, "S");
    l.addUppdrag(saved.id(), null, typ, roll, ordning, FRAN, TILL);
    return saved;
  }

  private Sammantrade mote(String datum, int punkter) {
    Sammantrade s = fixture.mote(datum, SammantradeStatus.GENOMFORT);
    for (int i = 1; i <= punkter; i++) {
      lista.add(s.id(), new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Punkt " + i + " " + datum,
          ForslagAv.FORVALTNINGEN, PunktTexter.INGA, false, null));
    }
    return s;
  }

  private ProtokollUppgifter uppgifter(LocalDate justering, Integer forsta) {
    return new ProtokollUppgifter("Anna Sekreterare", ledamot.id(), null, justering, "Socialförvaltningen", null,
        forsta);
  }

  /** A complete protokoll for the meeting: attendance, justerare, beslut on every item; justerat. */
  private Protokoll justerat(Sammantrade s) {
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), uppgifter(s.datum().plusDays(5), null));
    service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ordforande.id()), Narvaro.narvarande(ledamot.id())));
    lista.punkter(s.id()).forEach(p -> service.sattBeslut(p.id(), Versioner.paragraf(store.core(), p.id()), "Socialnämnden beslutar enligt förslaget.", null));
    return service.justera(s.id());
  }

  private List<Integer> nummer(Sammantrade s) {
    return service.underlag(s.id()).punkter().stream().map(ProtokollPunkt::nummer).toList();
  }

  private static String message(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.getMessage();
    }
    throw new AssertionError("no ValidationException");
  }

  @Test
  void paragraphsRunOnThroughTheYearAcrossMeetings() {
    Sammantrade forsta = mote("2025-02-20", 3);
    Sammantrade andra = mote("2025-03-20", 4);
    justerat(forsta);
    justerat(andra);

    assertThat(nummer(forsta)).containsExactly(1, 2, 3);
    assertThat(nummer(andra)).containsExactly(4, 5, 6, 7);
  }

  @Test
  void aNewYearStartsAgainAtParagraphOne() {
    justerat(mote("2025-12-11", 5));
    Sammantrade januari = mote("2026-01-22", 2);
    justerat(januari);
    assertThat(nummer(januari)).containsExactly(1, 2);
  }

  @Test
  void aGivenFirstParagraphStartsTheNumberingAndTheNextMeetingFollowsOn() {
    Sammantrade september = mote("2025-09-25", 4);
    service.spara(september.id(), Versioner.protokoll(store.core(), september.id()), uppgifter(LocalDate.of(2025, 10, 1), 81));
    service.numrera(september.id());
    Sammantrade oktober = mote("2025-10-23", 2);
    service.spara(oktober.id(), Versioner.protokoll(store.core(), oktober.id()), uppgifter(LocalDate.of(2025, 10, 30), null));

    assertThat(service.numrera(oktober.id())).extracting(Paragraf::nummer).containsExactly(85, 86);
    assertThat(message(() -> service.spara(oktober.id(), Versioner.protokoll(store.core(), oktober.id()), uppgifter(LocalDate.of(2025, 10, 30), 84))))
        .contains("Första paragraf").contains("§ 84");
  }

  @Test
  void numberingThatWouldReachALaterMeetingsParagraphsIsRefused() {
    Sammantrade senare = mote("2025-10-23", 2);
    service.spara(senare.id(), Versioner.protokoll(store.core(), senare.id()), uppgifter(LocalDate.of(2025, 10, 30), 10));
    service.numrera(senare.id());
    Sammantrade tidigare = mote("2025-09-25", 12);
    service.spara(tidigare.id(), Versioner.protokoll(store.core(), tidigare.id()), uppgifter(LocalDate.of(2025, 10, 1), null));

    assertThat(message(() -> service.numrera(tidigare.id()))).contains("Paragraf").contains("2025-10-23")
        .contains("§ 10");
  }

  @Test
  void movedItemsAreRenumberedBeforeJustering() {
    Sammantrade s = mote("2025-09-25", 3);
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), uppgifter(LocalDate.of(2025, 10, 1), 20));
    service.numrera(s.id());
    Arendepunkt sista = lista.punkter(s.id()).getLast();
    lista.moveTo(sista.id(), 0);
    service.numrera(s.id());

    ProtokollUnderlag u = service.underlag(s.id());
    assertThat(u.punkter()).extracting(ProtokollPunkt::nummer).containsExactly(20, 21, 22);
    assertThat(u.punkter().getFirst().punkt().id()).isEqualTo(sista.id());
  }

  @Test
  void aJusteratProtokollRefusesEveryChangeButTheAnslag() {
    Sammantrade s = mote("2025-09-25", 2);
    justerat(s);
    long punkt = lista.punkter(s.id()).getFirst().id();

    for (Runnable change : List.<Runnable>of(
        () -> service.sattBeslut(punkt, Versioner.paragraf(store.core(), punkt), "Ändrat beslut", null),
        () -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ordforande.id()))),
        () -> service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), uppgifter(LocalDate.of(2025, 10, 2), null)),
        () -> service.numrera(s.id()),
        () -> service.justera(s.id()))) {
      assertThat(message(change)).startsWith("Protokollet för sammanträdet 2025-09-25 är justerat");
    }
    assertThat(service.underlag(s.id()).punkter().getFirst().paragraf().beslut())
        .isEqualTo("Socialnämnden beslutar enligt förslaget.");
    Protokoll anslaget = service.anslag(s.id(), LocalDate.of(2025, 10, 2));
    assertThat(anslaget.sistaDag()).contains(LocalDate.of(2025, 10, 23));
    assertThat(anslaget.anslagNedtagning()).contains(LocalDate.of(2025, 10, 24));
    assertThat(store.core().justeratProtokoll().versioner(s.id())).extracting(v -> v.slag())
        .containsExactly(ProtokollVersion.Slag.PROTOKOLL, ProtokollVersion.Slag.ANSLAG);
  }

  @Test
  void justeringNamesEveryMissingPart() {
    Sammantrade s = mote("2025-09-25", 2);
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), new ProtokollUppgifter("Anna Sekreterare", null, null, null, null, null, null));

    String m = message(() -> service.justera(s.id()));
    assertThat(m).contains("Justerare: måste fyllas i").contains("Justeringens datum").contains("Justeringens plats")
        .contains("Närvaro").contains("Beslut (§ 1 Punkt 1 2025-09-25)").contains("Beslut (§ 2 Punkt 2 2025-09-25)");
    assertThat(service.find(s.id()).orElseThrow().status()).isEqualTo(ProtokollStatus.UTKAST);
  }

  @Test
  void aPlannedMeetingCannotBeJusterat() {
    Sammantrade s = fixture.mote("2025-11-20", SammantradeStatus.PLANERAT);
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), uppgifter(LocalDate.of(2025, 11, 27), null));
    service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ledamot.id())));
    assertThat(message(() -> service.justera(s.id()))).contains("Sammanträde").contains("inte genomfört");
  }

  @Test
  void aJusterareMustHaveServedAtTheMeeting() {
    Sammantrade s = mote("2025-09-25", 1);
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), uppgifter(LocalDate.of(2025, 10, 1), null));
    service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ordforande.id()), Narvaro.franvarande(ledamot.id())));
    service.sattBeslut(lista.punkter(s.id()).getFirst().id(), 0, "Beslut", null);
    assertThat(message(() -> service.justera(s.id()))).contains("Justerare: justeraren var inte tjänstgörande");
  }

  @Test
  void anErsattareServesForAnAbsentOrdinarie() {
    Sammantrade s = mote("2025-09-25", 1);
    service.spara(s.id(), 0, uppgifter(s.datum().plusDays(5), null));
    List<Narvaro> saved = service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ordforande.id()),
        Narvaro.franvarande(ledamot.id()), Narvaro.tjanstgor(ersattare.id(), ledamot.id())));
    assertThat(saved).hasSize(3);
    List<se.namndbok.core.audit.AuditEntry> entries =
        store.core().audit().entriesFor("narvaro", s.id());
    assertThat(entries).hasSize(1);
  }

  @Test
  void attendanceRulesAreEnforcedWithSwedishMessages() {
    Sammantrade s = mote("2025-09-25", 1);
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), uppgifter(LocalDate.of(2025, 10, 1), null));
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ledamot.id()),
        Narvaro.tjanstgor(ersattare.id(), ledamot.id())))))
        .contains("Närvaro: Mikael Öhman deltar själv i de paragrafer där Erik Nilsson ska tjänstgöra för Mikael Öhman");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(
        new Narvaro(ledamot.id(), true, null, java.time.LocalTime.of(10, 30), null, null, 5),
        new Narvaro(ersattare.id(), true, ledamot.id(), null, null, 5, null)))))
        .contains("Mikael Öhman deltar själv i de paragrafer där Erik Nilsson ska tjänstgöra");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(
        new Narvaro(ledamot.id(), true, null, null, null, 7, 5)))))
        .contains("Mikael Öhman: första paragrafen (§ 7) kommer efter den sista (§ 5)");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.tjanstgor(ordforande.id(), ledamot.id())))))
        .contains("Annika Lindqvist är ordinarie ledamot, inte ersättare");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.tjanstgor(ersattare.id(), ersattare.id())))))
        .contains("kan bara tjänstgöra för en ordinarie ledamot");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(
        new Narvaro(ersattare.id(), false, ledamot.id(), null)))))
        .contains("Erik Nilsson är inte närvarande och kan inte tjänstgöra");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(ledamot.id()),
        Narvaro.franvarande(ledamot.id()))))).contains("Mikael Öhman står med mer än en gång");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(
        new Narvaro(ledamot.id(), false, null, LocalTime.of(10, 0)))))).contains("kan inte ha lämnat");
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.narvarande(9999))))).contains("id 9999");
    assertThat(service.underlag(s.id()).narvaro()).isEmpty();
  }

  @Test
  void twoErsattareCannotServeForTheSameOrdinarie() {
    Ledamot annan = seat("Sofia", "Johansson", UppdragTyp.ERSATTARE, Roll.ERSATTARE, 4);
    Sammantrade s = mote("2025-09-25", 1);
    assertThat(message(() -> service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(Narvaro.tjanstgor(ersattare.id(), ledamot.id()),
        Narvaro.tjanstgor(annan.id(), ledamot.id()))))).contains("fler än en ersättare tjänstgör för Mikael Öhman");
  }

  @Test
  void detailsAreValidatedFieldByField() {
    Sammantrade s = mote("2025-09-25", 1);
    String m = message(() -> service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), new ProtokollUppgifter(" ", ledamot.id(), ledamot.id(),
        LocalDate.of(2025, 9, 24), null, null, 0)));
    assertThat(m).contains("Sekreterare: måste fyllas i").contains("Justerare 2: får inte vara samma person")
        .contains("Justeringens datum: får inte vara tidigare än sammanträdets datum (2025-09-25)")
        .contains("Första paragraf: måste vara minst 1");
    assertThat(service.find(s.id())).isEmpty();
  }

  @Test
  void anslagNeedsAJusteratProtokollAndADateNotBeforeTheJustering() {
    Sammantrade s = mote("2025-09-25", 1);
    service.spara(s.id(), Versioner.protokoll(store.core(), s.id()), uppgifter(LocalDate.of(2025, 9, 30), null));
    assertThat(message(() -> service.anslag(s.id(), LocalDate.of(2025, 10, 1)))).contains("måste vara justerat");
    justerat(s);
    assertThat(message(() -> service.anslag(s.id(), LocalDate.of(2025, 9, 29)))).contains("Anslagsdatum")
        .contains("justeringsdatumet");
  }

  @Test
  void theAttendanceRecordedFirstCreatesTheProtokollWithTheBoardsSekreterare() {
    store.core().namnd().sparaKontakt(new se.namndbok.core.namnd.Kallelsekontakt("Anna Berg", "Nämndsekreterare",
        null, null, null, null, null));
    Sammantrade s = mote("2025-09-25", 1);

    service.registreraNarvaro(s.id(), 0, List.of(Narvaro.narvarande(ordforande.id()), Narvaro.narvarande(ledamot.id())));

    Protokoll p = service.find(s.id()).orElseThrow();
    assertThat(p.sekreterare()).isEqualTo("Anna Berg");
    assertThat(p.status()).isEqualTo(ProtokollStatus.UTKAST);
    assertThat(p.inledning()).isTrue();
    assertThat(service.forEditor(s.id()).narvaro()).extracting(Narvaro::ledamotId)
        .containsExactly(ordforande.id(), ledamot.id());
    assertThat(store.core().audit().entriesFor("protokoll", s.id())).hasSize(1);
  }

  @Test
  void withoutASekreterareForTheBoardTheAttendanceFirstIsRefusedAndNothingIsSaved() {
    Sammantrade s = mote("2025-09-25", 1);

    assertThat(message(() -> service.registreraNarvaro(s.id(), 0, List.of(Narvaro.narvarande(ordforande.id())))))
        .contains("Närvaro: nämnden har ingen sekreterare angiven").contains("spara uppgifterna först");

    assertThat(service.find(s.id())).isEmpty();
    assertThat(service.forEditor(s.id()).narvaro()).isEmpty();
  }

  @Test
  void aWindowThatReadNoProtokollCannotReplaceTheOneAColleagueCreatedSince() {
    store.core().namnd().sparaKontakt(new se.namndbok.core.namnd.Kallelsekontakt("Anna Berg", null, null, null,
        null, null, null));
    Sammantrade s = mote("2025-09-25", 1);
    service.spara(s.id(), 0, uppgifter(s.datum().plusDays(5), null)); // a colleague's window

    assertThatThrownBy(() -> service.spara(s.id(), 0, new ProtokollUppgifter("Bo Annan", null, null, null, null, null,
        null))).isInstanceOf(se.namndbok.core.shared.StaleException.class);
    assertThatThrownBy(() -> service.registreraNarvaro(s.id(), 0, List.of(Narvaro.narvarande(ordforande.id()))))
        .isInstanceOf(se.namndbok.core.shared.StaleException.class);

    assertThat(service.find(s.id()).orElseThrow().sekreterare()).isEqualTo("Anna Sekreterare");
    assertThat(service.forEditor(s.id()).narvaro()).isEmpty();
  }

  @Test
  void aMeetingWithoutProtokollHasNoUnderlag() {
    Sammantrade s = mote("2025-09-25", 1);
    assertThat(message(() -> service.underlag(s.datum()))).contains("Protokoll").contains("2025-09-25");
    assertThat(message(() -> service.underlag(LocalDate.of(2025, 9, 26)))).contains("inget sammanträde 2025-09-26");
  }

  @Test
  void changesAreAudited() {
    Sammantrade s = mote("2025-09-25", 1);
    justerat(s);
    long punkt = lista.punkter(s.id()).getFirst().id();
    AuditLog audit = store.core().audit();
    List<se.namndbok.core.audit.AuditEntry> protokoll = audit.entriesFor("protokoll", s.id());
    List<se.namndbok.core.audit.AuditEntry> paragraf = audit.entriesFor("paragraf", punkt);
    assertThat(protokoll).hasSize(2);
    assertThat(paragraf).hasSize(2);
  }

  @Test
  void theOpeningParagraphsComeFirstInTheSeriesAndCoverTheUppropItem() {
    Sammantrade forsta = mote("2025-02-20", 2);
    justerat(forsta);
    Sammantrade andra = mote("2025-03-20", 2);
    lista.add(andra.id(), new ArendepunktInnehall(ArendepunktTyp.UPPROP, null, "Upprop", ForslagAv.FORVALTNINGEN,
        PunktTexter.INGA, false, null));
    service.spara(andra.id(), 0, new ProtokollUppgifter("Anna Sekreterare", ledamot.id(), null,
        andra.datum().plusDays(5), "Socialförvaltningen", null, null, LocalTime.of(13, 0), LocalTime.of(15, 30),
        "14:00–14:15", true, null));
    service.numrera(andra.id());

    ProtokollUnderlag u = service.underlag(andra.id());
    assertThat(u.inledandeParagrafer()).containsExactly(3, 4, 5);
    assertThat(nummer(andra)).containsExactly(6, 7);
    assertThat(u.punkter()).noneMatch(p -> p.punkt().typ() == ArendepunktTyp.UPPROP);
  }

  @Test
  void aBadAjourneringIsRefusedNamingTheLine() {
    Sammantrade s = mote("2025-09-25", 1);
    assertThat(message(() -> service.spara(s.id(), 0, new ProtokollUppgifter("Anna Sekreterare", ledamot.id(), null,
        s.datum().plusDays(5), "Här", null, null, LocalTime.of(13, 0), LocalTime.of(15, 0), "14.00 till 14.15", true,
        null)))).contains("\"14.00 till 14.15\" är ingen ajournering");
  }

  @Test
  void onlyThoseTakingPartInTheParagraphMayProposeVoteOrReserveAndTheJavigDoNot() {
    Sammantrade s = mote("2025-09-25", 2);
    service.spara(s.id(), 0, new ProtokollUppgifter("Anna Sekreterare", ledamot.id(), null, s.datum().plusDays(5),
        "Här", null, 10));
    service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(
        Narvaro.narvarande(ordforande.id()),
        new Narvaro(ledamot.id(), true, null, LocalTime.of(10, 30), null, null, 10),
        new Narvaro(ersattare.id(), true, ledamot.id(), null, null, 11, null)));
    service.numrera(s.id());
    long andra = lista.punkter(s.id()).get(1).id();
    Behandling.Omrostning votering = new Behandling.Omrostning("Bifall", "Avslag", List.of(
        new Behandling.Rost(ordforande.id(), Behandling.Rostval.JA), new Behandling.Rost(ledamot.id(), Behandling.Rostval.NEJ)));
    assertThat(message(() -> service.sattBeslut(andra, 0, "Beslut", null, new Behandling(List.of(), null, votering,
        List.of(), List.of(), List.of())))).contains("Mikael Öhman deltar inte i beslutet i § 11");
    assertThat(message(() -> service.sattBeslut(andra, 0, "Beslut", null, new Behandling(
        List.of(new Behandling.Inlaga(ersattare.id(), "Avslag")), null, null, List.of(), List.of(ersattare.id()),
        List.of())))).contains("Erik Nilsson är jävig och deltar inte i beslutet");

    Behandling ok = new Behandling(List.of(new Behandling.Inlaga(ersattare.id(), "Avslag till förslaget.")),
        "Ordföranden ställer förslaget mot avslagsyrkandet.", new Behandling.Omrostning("Bifall", "Avslag", List.of(
            new Behandling.Rost(ordforande.id(), Behandling.Rostval.JA), new Behandling.Rost(ersattare.id(), Behandling.Rostval.NEJ))),
        List.of(new Behandling.Inlaga(ersattare.id(), "Till förmån för mitt yrkande.")), List.of(),
        List.of(new Behandling.Inlaga(ledamot.id(), "Jag lämnade före paragrafen.")));
    service.sattBeslut(andra, 0, "Socialnämnden beslutar enligt förslaget.", null, ok);
    ProtokollPunkt p = service.underlag(s.id()).punkter().get(1);
    assertThat(p.behandling()).isEqualTo(ok);
    assertThat(service.underlag(s.id()).beslutande(11, List.of())).extracting(x -> x.ledamot().namn())
        .containsExactly("Annika Lindqvist", "Erik Nilsson");
  }

  @Test
  void aServingErsattareTakesPartInTheSeatOfTheOneReplacedAsOnThePagesFirstList() {
    Sammantrade s = mote("2025-09-25", 1);
    service.spara(s.id(), 0, new ProtokollUppgifter("Anna Sekreterare", ledamot.id(), null, s.datum().plusDays(5),
        "Här", null, 10));
    service.registreraNarvaro(s.id(), Versioner.protokoll(store.core(), s.id()), List.of(
        new Narvaro(ordforande.id(), false, null, null, null, null, null),
        Narvaro.narvarande(ledamot.id()),
        new Narvaro(ersattare.id(), true, ordforande.id(), null, null, null, null)));
    service.numrera(s.id());

    assertThat(service.underlag(s.id()).beslutande(10, List.of())).extracting(x -> x.ledamot().namn())
        .containsExactly("Erik Nilsson", "Mikael Öhman");
  }

  @Test
  void minnesanteckningarAreNeverJusterade() {
    Sammantrade s = mote("2025-09-25", 1);
    service.spara(s.id(), 0, new ProtokollUppgifter("Anna Sekreterare", null, null, null, null, null, null,
        LocalTime.of(9, 45), LocalTime.of(15, 0), null, true, null, true));
    assertThat(service.find(s.id()).orElseThrow().minnesanteckningar()).isTrue();
    assertThat(message(() -> service.justera(s.id()))).contains("minnesanteckningar justeras inte");
  }
}
