package se.namndbok.core.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.anmalan.AnmalanService;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.delegationsbeslut.DelegationsordningService;
import se.namndbok.core.delegationsbeslut.NyttDelegationsbeslut;
import se.namndbok.core.ejverkstallda.EjVerkstalldaDemo;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.NyttMeddelande;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.LogoService;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.protokoll.ProtokollService;
import se.namndbok.core.sammantrade.ArendelistaService;
import se.namndbok.core.sammantrade.SammantradeService;
import se.namndbok.core.sammantrade.UnderlagService;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.ValidationException;

/**
 * The demo board (Socialnämnden, Luleå kommun, and its meeting of 2025-10-23 as in the reference kallelse),
 * shipped as {@code demo/socialnamnden.json} and loaded into an empty store in one transaction: all of it, or
 * (on any error) none of it. What is transcribed and what is invented: decision record 0022.
 */
public final class DemoBoard {
  public static final String RESOURCE = "/demo/socialnamnden.json";
  private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  private final Transactions transactions;
  private final Tjanster t;
  private final DemoMoten moten;
  private final DemoProtokoll protokoll;
  private final DemoSekretess sekretess;

  /** The services the demo is loaded through, so the demo obeys every rule a user does. */
  public record Tjanster(NamndService namnd, LedamotService ledamoter, DelegatService delegater, ArendeService arenden,
      SammantradeService sammantraden, ArendelistaService lista, UnderlagService underlag,
      AnmalanService<NyttMeddelande, Meddelande> meddelanden,
      AnmalanService<NyttDelegationsbeslut, Delegationsbeslut> delegationsbeslut, ProtokollService protokoll,
      EjVerkstalldaDemo statistik, SekretessgrundService sekretessgrunder, LogoService logo,
      DelegationsordningService delegationsordning) {}

  public DemoBoard(Transactions transactions, Tjanster t) {
    this.transactions = transactions;
    this.t = t;
    DemoSekretess sekretess = new DemoSekretess(t.sekretessgrunder());
    this.sekretess = sekretess;
    this.moten = new DemoMoten(t, sekretess);
    this.protokoll = new DemoProtokoll(t.protokoll(), t.sammantraden(), t.lista());
  }

  /**
   * Loads the demo board into an empty store in one transaction: the board, its meetings, the statistics and
   * the attachments, whose PDFs {@code attachments} makes (core has no PDFBox). Refuses a store with any data.
   */
  public DemoResultat load(Function<DemoBilaga, byte[]> attachments) {
    // whole or not at all, also when the process is killed (decision record 0130)
    return transactions.whole(() -> transactions.inTransaction(tx -> {
      if (!t.namnd().isEmpty()) {
        throw ValidationException.of("Datalager",
            "datalagret innehåller redan data; demonämnden kan bara laddas i ett tomt datalager");
      }
      DemoData d = read();
      Namnd n = t.namnd().create(new NyNamnd(d.namnd().namn(), d.namnd().kommun(), d.namnd().forvaltning()));
      loadKontakt(d.namnd());
      Map<String, Long> utskott = new HashMap<>();
      d.utskott().forEach(u -> utskott.put(u.namn(), t.namnd().addUtskott(u.namn(), UtskottTyp.valueOf(u.typ())).id()));
      Map<String, Long> ledamotIds = loadLedamoter(d, utskott);
      d.delegater().forEach(t.delegater()::add);
      t.delegationsordning().importera("delegationsordning.csv", resource("/demo/delegationsordning.csv"));
      d.arenden().forEach(this::loadArende);
      DemoResultat resultat = moten.load(n, d, utskott, ledamotIds);
      protokoll.load(d, ledamotIds);
      t.statistik().load();
      for (DemoBilaga b : resultat.bilagor()) {
        attach(b, attachments.apply(b));
      }
      return resultat;
    }));
  }

  /** Only the demo's statistics: the individual decisions and the two frozen quarters (an empty board otherwise). */
  public void loadStatistik() {
    t.statistik().load();
  }

  /** Attaches the generated PDF for one of {@link DemoResultat#bilagor()}, to its handling or to a new one. */
  private void attach(DemoBilaga b, byte[] pdf) {
    Handling.StoredFile file = t.arenden().storeFile(b.filnamn(), pdf);
    if (b.handlingId() != null) {
      t.underlag().attachFileTo(b.arendepunktId(), b.handlingId(), file);
    } else {
      t.underlag().attachFile(b.arendepunktId(),
          new NyHandling(null, b.datum(), Riktning.UPPRATTAD, null, b.rubrik(), false), file);
    }
  }

  /** The sekreterare, förhinder, party order and logo the kallelse's first page prints. */
  private void loadKontakt(DemoData.NamndJson n) {
    DemoData.KontaktJson s = n.sekreterare();
    t.namnd().sparaKontakt(new Kallelsekontakt(s == null ? null : s.namn(), s == null ? null : s.titel(),
        s == null ? null : s.telefon(), s == null ? null : s.epost(), n.forhinderTill(), n.partiordning(), null));
    if (n.logotyp() != null) {
      t.logo().laddaUpp(n.logotyp(), resource("/demo/" + n.logotyp()));
    }
  }

  private static byte[] resource(String name) {
    try (InputStream in = DemoBoard.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("the demo file " + name + " is missing from the jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds the members with their seats; returns their ids by "Förnamn Efternamn". */
  private Map<String, Long> loadLedamoter(DemoData d, Map<String, Long> utskott) {
    Map<String, Long> ids = new HashMap<>();
    for (DemoData.LedamotJson l : d.ledamoter()) {
      Ledamot saved = t.ledamoter().add(l.fornamn(), l.efternamn(), l.parti());
      if (l.telefon() != null || l.epost() != null) {
        saved = t.ledamoter().update(new Ledamot(saved.id(), saved.namndId(), saved.fornamn(), saved.efternamn(),
            saved.parti(), l.telefon(), l.epost(), saved.version()));
      }
      ids.put(saved.namn(), saved.id());
      for (DemoData.UppdragJson u : l.uppdrag()) {
        Long utskottId = u.utskott() == null ? null : require(utskott, u.utskott());
        t.ledamoter().addUppdrag(saved.id(), utskottId, UppdragTyp.valueOf(u.typ()), Roll.valueOf(u.roll()),
            u.ordning(), d.mandatperiod().fran(), d.mandatperiod().till());
      }
    }
    return ids;
  }

  private void loadArende(DemoData.ArendeJson a) {
    Arende saved = t.arenden().register(new NyttArende(Diarienummer.parse(a.diarienummer()), a.klassificering(),
        a.rubrik(), a.handlaggare(), a.sekretess(), a.registrerad(), sekretess.grund(a.sekretessgrund())));
    if (a.handlingar() == null) {
      return;
    }
    for (DemoData.HandlingJson h : a.handlingar()) {
      t.arenden().registerHandling(saved.id(), new NyHandling(HandlingsId.parse(h.hid()), h.datum(),
          Riktning.valueOf(h.riktning()), h.motpart(), h.rubrik(), sekretess.of(h)));
    }
  }

  static <K, T> T require(Map<K, T> map, K key) {
    T value = map.get(key);
    if (value == null) {
      throw new IllegalStateException("the demo data names an unknown " + key);
    }
    return value;
  }

  static DemoData read() {
    try (InputStream in = DemoBoard.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the demo data " + RESOURCE + " is missing from the jar");
      }
      return JSON.readValue(in, DemoData.class);
    } catch (IOException e) {
      throw new UncheckedIOException("the demo data " + RESOURCE + " could not be read", e);
    }
  }
}
