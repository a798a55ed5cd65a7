package se.namndbok.core;

import se.namndbok.core.anmalan.AnmalanFilter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.backup.persistence.TableDump;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.protokoll.Narvaro;
import se.namndbok.core.protokoll.ProtokollUppgifter;
import se.namndbok.core.sammantrade.ArendepunktInnehall;
import se.namndbok.core.sammantrade.ArendepunktTyp;
import se.namndbok.core.sammantrade.BorttagenPunkt;
import se.namndbok.core.sammantrade.ForslagAv;
import se.namndbok.core.sammantrade.Kallelseuppgifter;
import se.namndbok.core.sammantrade.JusteratException;
import se.namndbok.core.sammantrade.NyttSammantrade;
import se.namndbok.core.sammantrade.PunktTexter;
import se.namndbok.core.sammantrade.SammantradeStatus;
import se.namndbok.core.testing.JusteratMote;
import se.namndbok.core.testing.TestStore;

/**
 * What is final stays final: every public method of every service the composition root hands out is listed
 * here as refusing a locked meeting (and called on one), allowed on it by design, not about a meeting, or a
 * read. A method added later and not listed fails {@link #everyPublicMethodOfEveryServiceIsClassified}, so it
 * cannot skip the rule unnoticed.
 */
class JusteratMoteLastTest {
  private static TestStore store;
  private static JusteratMote m;

  /** Every change to a meeting or what belongs to it, made on the justerat meeting: each must be refused. */
  private static final Map<String, List<Consumer<CoreServices>>> REFUSED = new LinkedHashMap<>();

  /** Changes allowed on a justerat meeting, and why. */
  private static final Map<String, String> ALLOWED_WHEN_JUSTERAT = Map.of(
      "ProtokollService.anslag(long,LocalDate)", "the anslag is posted after justering",
      "ProtokollService.anslag(long,LocalDate,String)", "the anslag is posted after justering (decision 0115)",
      "JusteratProtokollService.ratta(long,Rattelse)", "the rättelse is how a justerat protokoll changes");

  /** Changes that are not about a meeting, and why a justerat meeting stays as it was. */
  private static final Map<String, String> NOT_ABOUT_A_MEETING = new LinkedHashMap<>();

  /** Methods that only read (or only check and refuse). */
  private static final Set<String> READS = Set.of(
      "ArendeService.find(Diarienummer)", "ArendeService.findById(long)", "ArendeService.findHandling(HandlingsId)",
      "ArendeService.findHandling(long)", "ArendeService.search(String,int)", "ArendeService.handlingar(long)",
      "ArendeService.count()", "ArendeService.varden()", "ArendeService.motparter()", "AuditLog.entriesFor(String,Object)", "AuditLog.latest(String,Object)",
      "AuditLog.latestOf(String)", "AuditLog.latestOf(String,Predicate)", "BeslutImport.senaste()",
      "ArendeService.handlingar(Collection)", "ArendeService.handlingarMedId(Collection)",
      "ArendeService.readFile(StoredFile)", "ArendeStatusService.historik(long)",
      "ArendeService.checkHandling(NyHandling)", "AnmalanService.check(NyAnmalan)", "BeslutService.check(GynnandeBeslut)",
      "MotesstandardService.standard()", "SammantradesplanService.nasta()", "SammantradesplanService.plan()",
      "AuditLog.requireVersion(String,Object,long,long,String)", "AuditLog.stale(String,Object,String)",
      "BackupService.backup(Path)", "BackupService.preview(Path,char[])",
      "Sakerhetskopior.makeTodaysIfMissing()", "Sakerhetskopior.list()", "Sakerhetskopior.kopior()",
      "Sakerhetskopior.folder()",
      "BeslutService.find(String)", "BeslutService.insatser(Lag)", "InsatsService.katalog()",
      "IvoLista.rader(Lag,Kvartal)", "KvartalsrapportService.rapport(Lag,Kvartal)",
      "KvartalsrapportService.gallande(Lag,Kvartal)",
      "KvartalsrapportService.fryst(Lag,Kvartal)", "KallelseService.underlag(long)",
      "KallelseService.underlag(LocalDate)",
      "KallelseService.fil(StoredFile)", "UtskickService.lage(long)",
      "UtskickService.pdf(long,int,boolean)", "AnmalanService.list(AnmalanFilter)",
      "AnmalanService.motparter()", "AnmalanService.find(long)", "DelegatService.all()",
      "DelegatService.byNamn(String)", "LedamotService.all()", "LedamotService.uppdrag(long)",
      "LedamotService.platser(Long,LocalDate)", "NamndService.isEmpty()", "NamndService.current()",
      "NamndService.require()", "NamndService.utskott()", "NamndService.utskott(long)",
      "JusteratProtokollService.versioner(long)", "JusteratProtokollService.pdf(long,int,boolean)",
      "JusteratProtokollService.dokument(LocalDate,boolean)", "JusteratProtokollService.dokument(long,boolean)",
      "ProtokollService.find(long)",
      "ProtokollService.underlag(long)", "ProtokollService.forEditor(long)", "ProtokollService.underlag(LocalDate)",
      "ArendelistaService.punkter(long)", "ArendelistaService.rader(long)", "ArendelistaService.require(long)",
      "SammantradeService.all()", "SammantradeService.find(long)", "SammantradeService.require(long)",
      "SammantradeService.findNamndensByDatum(LocalDate)", "SammantradeService.requireNamndens(LocalDate)",
      "SammantradeService.nastaEjGenomforda()", "SammantradeService.nastaForAnmalan(LocalDate)",
      "UnderlagService.beslutsunderlag(long)", "UnderlagService.bilagor(long)", "UnderlagService.forEditor(long)",
      "UnderlagService.forSammantrade(long)",
      "ArendeService.sekretessprovning(Collection)", "LogoService.logo()", "NamndService.kontakt()",
      "SammantradeService.kallelseuppgifter(long)", "SekretessgrundService.all()", "SekretessgrundService.byKod(String)",
      "SekretessgrundService.fromColumns(Lage,String)", "SekretessgrundService.requireKnown(Long,String)",
      "ServerService.anvandare()", "ServerService.arAgare()", "ServerService.inloggad()",
      "DelegationsordningService.all()", "DelegationsordningService.byNummer(String)",
      "DelegationsordningService.requireKnown(String,Validator)", "SammantradesfilExport.export(LocalDate)",
      "SammantradesfilExport.fil(LocalDate)", "TjansteskrivelseService.uppgifter(Lag,Kvartal)");

  @BeforeAll
  static void justeratMeeting() {
    store = TestStore.create();
    m = JusteratMote.skapa(store);
    refused();
    notAboutAMeeting();
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static void refused() {
    long s = m.mote().id();
    long p = m.punkt().id();
    var innehall = new ArendepunktInnehall(ArendepunktTyp.ARENDE, null, "Ny punkt", ForslagAv.FORVALTNINGEN,
        PunktTexter.INGA, false, null);
    var handling = new NyHandling(null, LocalDate.of(2025, 10, 1), Riktning.UPPRATTAD, null, "Bilaga", false);
    var fil = m.handling().fil();
    var meddelande = new NyttMeddelande("Patientnämnden", LocalDate.of(2025, 9, 3), null, "Rapport", "2025/146", null,
        false);
    var beslut = new NyttDelegationsbeslut("2025/146", null, "MAS/MAR/SAS", null, LocalDate.of(2025, 9, 3), "Beslut",
        false);
    refuse("ArendelistaService.add(long,ArendepunktInnehall)", c -> c.arendelista().add(s, innehall));
    refuse("ArendelistaService.addAll(long,List)", c -> c.arendelista().addAll(s, List.of(innehall)));
    refuse("ArendelistaService.addNyttArende(long,NyttArende,ForslagAv)", c -> c.arendelista().addNyttArende(s,
        NyttArende.nytt(null, "Nytt ärende", null, false, LocalDate.of(2025, 10, 1)), ForslagAv.FORVALTNINGEN));
    refuse("ArendelistaService.addStandard(long,List,boolean)",
        c -> c.arendelista().addStandard(s, List.of(ArendepunktTyp.UPPROP), true));
    refuse("ArendelistaService.update(long,int,ArendepunktInnehall)", c -> c.arendelista().update(p, 0, innehall));
    refuse("ArendelistaService.remove(long)", c -> c.arendelista().remove(p));
    refuse("ArendelistaService.restore(BorttagenPunkt)",
        c -> c.arendelista().restore(new BorttagenPunkt(m.punkt(), List.of(), List.of())));
    refuse("ArendelistaService.moveUp(long)", c -> c.arendelista().moveUp(p));
    refuse("ArendelistaService.moveDown(long)", c -> c.arendelista().moveDown(p));
    refuse("ArendelistaService.moveTo(long,int)", c -> c.arendelista().moveTo(p, 0));
    refuse("ArendelistaService.requireOpen(long)", c -> c.arendelista().requireOpen(p));
    refuse("UnderlagService.addHandling(long,long)", c -> c.underlag().addHandling(p, m.handling().id()));
    refuse("UnderlagService.addText(long,String)", c -> c.underlag().addText(p, "Ny rad"));
    refuse("UnderlagService.removeUnderlag(long)", c -> c.underlag().removeUnderlag(m.underlag().id()));
    refuse("UnderlagService.addBilaga(long,long)", c -> c.underlag().addBilaga(p, m.handling().id()));
    refuse("UnderlagService.removeBilaga(long)", c -> c.underlag().removeBilaga(m.bilaga().id()));
    refuse("UnderlagService.attachFile(long,NyHandling,String,byte[])",
        c -> c.underlag().attachFile(p, handling, "ny.pdf", "%PDF-1.7 ny".getBytes()));
    refuse("UnderlagService.attachFile(long,NyHandling,StoredFile)", c -> c.underlag().attachFile(p, handling, fil));
    refuse("UnderlagService.attachFileTo(long,long,String,byte[])",
        c -> c.underlag().attachFileTo(p, m.handling().id(), "rapport.pdf", "%PDF-1.7 rapport".getBytes()));
    refuse("UnderlagService.attachFileTo(long,long,StoredFile)",
        c -> c.underlag().attachFileTo(p, m.handling().id(), fil));
    refuse("SammantradeService.update(long,int,NyttSammantrade)", c -> c.sammantraden().update(s, 0,
        new NyttSammantrade(null, LocalDate.of(2025, 9, 26), LocalTime.of(9, 0), "Stadshuset")));
    refuse("SammantradeService.setStatus(long,SammantradeStatus)",
        c -> c.sammantraden().setStatus(s, SammantradeStatus.PLANERAT));
    refuse("SammantradeService.delete(long)", c -> c.sammantraden().delete(s));
    refuse("SammantradeService.requireOpen(long)", c -> c.sammantraden().requireOpen(s));
    refuse("ProtokollService.spara(long,int,ProtokollUppgifter)", c -> c.protokoll().spara(s, 0,
        new ProtokollUppgifter("Annan Sekreterare", m.ledamot().id(), null, LocalDate.of(2025, 10, 1), "Här", null, 81)));
    refuse("ProtokollService.registreraNarvaro(long,int,List)",
        c -> c.protokoll().registreraNarvaro(s, 0, List.of(Narvaro.narvarande(m.ordforande().id()))));
    refuse("ProtokollService.sattBeslut(long,int,String,String)", c -> c.protokoll().sattBeslut(p, 0, "Ändrat", null));
    refuse("ProtokollService.sattBeslut(long,int,String,String,Behandling)",
        c -> c.protokoll().sattBeslut(p, 0, "Ändrat", null, se.namndbok.core.protokoll.Behandling.INGEN));
    refuse("ProtokollService.numrera(long)", c -> c.protokoll().numrera(s));
    refuse("ProtokollService.justera(long)", c -> c.protokoll().justera(s));
    refuse("AnmalanService.registerTill(NyAnmalan,long)",
        c -> c.delegationsbeslut().registerTill(beslut, s));
    refuse("AnmalanService.update(long,int,NyAnmalan)",
        c -> c.delegationsbeslut().update(m.delegationsbeslut().id(), 0, beslut));
    refuse("AnmalanService.flytta(long,Long)",
        c -> c.delegationsbeslut().flytta(m.delegationsbeslut().id(), m.nasta().id()));
    refuse("AnmalanService.delete(long)", c -> c.delegationsbeslut().delete(m.delegationsbeslut().id()));
    refuse("AnmalanService.aterstall(Anmalan)",
        c -> c.delegationsbeslut().aterstall(m.delegationsbeslut()));
    refuse("AnmalanService.registerTill(NyAnmalan,long)", c -> c.meddelanden().registerTill(meddelande, s));
    refuse("AnmalanService.update(long,int,NyAnmalan)",
        c -> c.meddelanden().update(m.meddelande().id(), 0, meddelande));
    refuse("AnmalanService.flytta(long,Long)", c -> c.meddelanden().flytta(m.meddelande().id(), m.nasta().id()));
    refuse("AnmalanService.delete(long)", c -> c.meddelanden().delete(m.meddelande().id()));
    refuse("AnmalanService.aterstall(Anmalan)", c -> c.meddelanden().aterstall(m.meddelande()));
    refuse("SammantradeService.sparaKallelseuppgifter(long,int,Kallelseuppgifter)",
        c -> c.sammantraden().sparaKallelseuppgifter(s, m.mote().version(), Kallelseuppgifter.INGA));
    refuse("UtskickService.skickaUt(long)", c -> c.utskick().skickaUt(s));
    refuse("UtskickService.skickaUt(LocalDate)", c -> c.utskick().skickaUt(m.mote().datum()));
  }

  private static void refuse(String method, Consumer<CoreServices> call) {
    REFUSED.computeIfAbsent(method, k -> new java.util.ArrayList<>()).add(call);
  }

  private static void notAboutAMeeting() {
    String diarium = "the diarium: an ärende outlives its meetings; a justerat protokoll keeps its PDFs";
    Stream.of("ArendeService.register(NyttArende)", "ArendeService.update(Arende)",
        "ArendeService.andra(Arende,String,String,String,boolean)",
        "ArendeService.registerHandling(long,NyHandling)", "ArendeService.registerHandling(long,NyHandling,String,byte[])",
        "ArendeService.registerHandling(long,NyHandling,StoredFile)", "ArendeService.setFile(long,StoredFile,String)",
        "ArendeService.storeFile(String,byte[])").forEach(k -> NOT_ABOUT_A_MEETING.put(k, diarium));
    String nasta = "assigned to the next planned meeting not yet sent out, never a held one (nastaForAnmalan)";
    Stream.of("AnmalanService.register(NyAnmalan)", "AnmalanService.register(NyAnmalan,boolean)",
        "AnmalanImport.importera(Path)", "AnmalanImport.importera(Path,Avbrott)", "AnmalanImport.importera(String,byte[])")
        .forEach(k -> NOT_ABOUT_A_MEETING.put(k, nasta));
    String namnd = "the board's register of members, delegates and committees; a justerat protokoll keeps its PDFs";
    Stream.of("DelegatService.add(String)", "DelegatService.rename(long,int,String)", "DelegatService.remove(long)",
        "DelegatService.moveTo(long,int)", "LedamotService.add(String,String,String)", "LedamotService.update(Ledamot)",
        "LedamotService.addUppdrag(long,Long,UppdragTyp,Roll,int,LocalDate,LocalDate)",
        "LedamotService.removeUppdrag(long)", "NamndService.create(NyNamnd)", "NamndService.update(Namnd)",
        "NamndService.addUtskott(String,UtskottTyp)", "DelegationsordningService.importera(Path)",
        "DelegationsordningService.importera(String,byte[])",
        "DelegationsordningService.laggTill(String,String,String,String)")
        .forEach(k -> NOT_ABOUT_A_MEETING.put(k, namnd));
    Stream.of("SammantradesfilImport.importera(Path)", "SammantradesfilImport.importera(String,byte[])")
        .forEach(k -> NOT_ABOUT_A_MEETING.put(k, "fills a new or planned, empty meeting only; a sent or justerat "
            + "one is refused (SammantradesfilTest)"));
    String statistik = "the statistics; a fastställd quarter is final (faststall refuses it again with a "
        + "SlutligtException, KvartalsrapportServiceTest)";
    Stream.of("BeslutImport.importera(Path)", "BeslutImport.importera(Path,Avbrott)", "BeslutImport.importera(String,byte[])",
        "BeslutService.register(GynnandeBeslut)", "BeslutService.update(GynnandeBeslut)",
        "InsatsService.andra(String,String,int)", "KvartalsrapportService.faststall(Lag,Kvartal)",
        "KvartalsrapportService.faststall(Lag,Kvartal,LocalDateTime)", "DemoBoard.loadStatistik()")
        .forEach(k -> NOT_ABOUT_A_MEETING.put(k, statistik));
    NOT_ABOUT_A_MEETING.put("SammantradeService.create(NyttSammantrade)", "a new meeting");
    NOT_ABOUT_A_MEETING.put("MotesstandardService.skapa(NyttSammantrade)", "a new meeting");
    Stream.of("ArendeService.andra(Arende,String,String,String)", "ArendeStatusService.avsluta(long,String)",
        "ArendeStatusService.ateroppna(long,String)").forEach(k -> NOT_ABOUT_A_MEETING.put(k, diarium));
    String standard = "the board's meeting defaults and plan of dates: what a new meeting starts from, never a held one";
    Stream.of("MotesstandardService.spara(Motesstandard)", "SammantradesplanService.add(Planrad)",
        "SammantradesplanService.importera(Path)", "SammantradesplanService.remove(LocalDate)")
        .forEach(k -> NOT_ABOUT_A_MEETING.put(k, standard));
    NOT_ABOUT_A_MEETING.put("SammantradeService.create(NyttSammantrade,SammantradeStatus)", "a new meeting");
    NOT_ABOUT_A_MEETING.put("DemoBoard.load(Function)", "only into an empty store");
    NOT_ABOUT_A_MEETING.put("BackupService.restore(Path)", "replaces the whole store with a copy of it");
    NOT_ABOUT_A_MEETING.put("BackupService.restore(Path,char[],Avbrott)", "replaces the whole store with a copy of it");
    NOT_ABOUT_A_MEETING.put("Sakerhetskopior.changePassword(char[])", "re-encrypts the whole store and its copies; "
        + "what they hold is unchanged");
    String kallelsen = "the nämnd's kallelse settings and catalogue: a justerat protokoll and a sent kallelse keep "
        + "their PDFs as they were";
    Stream.of("LogoService.laddaUpp(String,byte[])", "LogoService.taBort()", "NamndService.setLogo(String)",
        "NamndService.sparaKontakt(Kallelsekontakt)",
        "NamndService.sparaKontakt(Kallelsekontakt,Kallelsekontakt)", "SekretessgrundService.add(NySekretessgrund)",
        "SekretessgrundService.moveTo(long,int)", "SekretessgrundService.remove(long)",
        "SekretessgrundService.update(long,NySekretessgrund)").forEach(k -> NOT_ABOUT_A_MEETING.put(k, kallelsen));
    String server = "the shared store's set-up and users (server init, server anvandare), no meeting's content";
    Stream.of("ServerService.init()", "ServerService.laggTill(String,char[],Set)", "ServerService.taBort(String)")
        .forEach(k -> NOT_ABOUT_A_MEETING.put(k, server));
    String audit = "written only inside a core transaction (refused outside one)";
    Stream.of("AuditLog.created(String,Object,Object)", "AuditLog.changed(String,Object,Object,Object)",
        "AuditLog.deleted(String,Object,Object)").forEach(k -> NOT_ABOUT_A_MEETING.put(k, audit));
  }

  @Test
  void everyPublicMethodOfEveryServiceIsClassified() {
    Set<String> listed = new TreeSet<>(REFUSED.keySet());
    listed.addAll(ALLOWED_WHEN_JUSTERAT.keySet());
    listed.addAll(NOT_ABOUT_A_MEETING.keySet());
    listed.addAll(READS);
    Set<String> found = handedOutMethods();
    assertThat(found).as("public methods of the services CoreServices hands out, none unclassified here")
        .containsExactlyInAnyOrderElementsOf(listed);
  }

  @Test
  void everyChangeToAJusteratMeetingIsRefusedInSwedishAndChangesNothing() {
    byte[] protokoll = m.core().justeratProtokoll().dokument(m.mote().datum(), false).pdf();
    for (Map.Entry<String, List<Consumer<CoreServices>>> calls : REFUSED.entrySet()) {
      for (Consumer<CoreServices> call : calls.getValue()) {
        Map<String, String> before = dump();
        assertThatThrownBy(() -> call.accept(m.core())).as(calls.getKey())
            .isInstanceOf(JusteratException.class)
            .hasMessageStartingWith("Protokollet för sammanträdet 2025-09-25 är justerat");
        assertThat(dump()).as(calls.getKey() + " left the store as it was").isEqualTo(before);
      }
    }
    assertThat(m.core().justeratProtokoll().dokument(m.mote().datum(), false).pdf()).isEqualTo(protokoll);
  }

  @Test
  void anEntryCannotBeMovedOrReportedToAJusteratMeeting() {
    var open = m.core().meddelanden().register(new NyttMeddelande("Revisionen", LocalDate.of(2025, 10, 30), null,
        "Granskning", "2025/146", null, false));
    assertThat(open.sammantradeId()).isEqualTo(m.nasta().id());
    assertThatThrownBy(() -> m.core().meddelanden().flytta(open.id(), m.mote().id()))
        .isInstanceOf(JusteratException.class);
    assertThat(m.core().meddelanden().find(open.id()).orElseThrow().sammantradeId()).isEqualTo(m.nasta().id());
  }

  /** "ArendelistaService.add(long,ArendepunktInnehall)" for every public method of every handed-out service. */
  private static Set<String> handedOutMethods() {
    return Arrays.stream(CoreServices.class.getDeclaredMethods())
        .filter(r -> Modifier.isPublic(r.getModifiers()) && r.getParameterCount() == 0)
        .map(Method::getReturnType).filter(t -> t.getName().startsWith("se.namndbok.core.") && t != se.namndbok.core.shared.Clock.class
            && t != se.namndbok.core.db.Database.class)
        .flatMap(t -> Arrays.stream(t.getDeclaredMethods()))
        .filter(x -> Modifier.isPublic(x.getModifiers()) && !Modifier.isStatic(x.getModifiers()) && !x.isSynthetic())
        .map(x -> x.getDeclaringClass().getSimpleName() + "." + x.getName() + "(" + Arrays.stream(x.getParameterTypes())
            .map(Class::getSimpleName).collect(Collectors.joining(",")) + ")")
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Map<String, String> dump() {
    return store.db().read(tx -> new se.namndbok.core.backup.persistence.TableCopy().dump(tx));
  }
}
