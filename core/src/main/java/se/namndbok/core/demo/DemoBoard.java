package se.namndbok.core.demo;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import se.namndbok.core.arende.ArendeService;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.arende.NyHandling;
import se.namndbok.core.arende.NyttArende;
import se.namndbok.core.arende.Riktning;
import se.namndbok.core.db.FileStore;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.namnd.DelegatService;
import se.namndbok.core.namnd.Kallelsekontakt;
import se.namndbok.core.namnd.Ledamot;
import se.namndbok.core.namnd.LogoService;
import se.namndbok.core.namnd.LedamotService;
import se.namndbok.core.namnd.Namnd;
import se.namndbok.core.namnd.NamndService;
import se.namndbok.core.namnd.NyNamnd;
import se.namndbok.core.namnd.Roll;
import se.namndbok.core.namnd.UppdragTyp;
import se.namndbok.core.namnd.UtskottTyp;
import se.namndbok.core.sammantrade.Bilaga;
import se.namndbok.core.sammantrade.UnderlagService;
import se.namndbok.core.sekretess.SekretessgrundService;
import se.namndbok.core.shared.Clock;
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
  private final NamndService namnd;
  private final LedamotService ledamoter;
  private final DelegatService delegater;
  private final ArendeService arenden;
  private final UnderlagService underlag;
  private final DemoMoten moten;
  private final DemoProtokoll protokoll;
  private final DemoSekretess sekretess;
  private final LogoService logo;

  public DemoBoard(Transactions transactions, FileStore files, Clock clock) {
    this.transactions = transactions;
    this.namnd = new NamndService(transactions, clock);
    this.ledamoter = new LedamotService(transactions, clock);
    this.delegater = new DelegatService(transactions, clock);
    this.arenden = new ArendeService(transactions, files, clock);
    this.underlag = new UnderlagService(transactions, files, clock);
    this.moten = new DemoMoten(transactions, files, clock);
    this.protokoll = new DemoProtokoll(transactions, clock);
    this.sekretess = new DemoSekretess(new SekretessgrundService(transactions, clock));
    this.logo = new LogoService(transactions, files, clock);
  }

  /** Loads the demo board into an empty store; refuses a store that has any data. */
  public DemoResultat load() {
    return transactions.inTransaction(this::load);
  }

  public DemoResultat load(Tx tx) {
    if (!namnd.isEmpty(tx)) {
      throw ValidationException.of("Datalager",
          "datalagret innehåller redan data; demonämnden kan bara laddas i ett tomt datalager");
    }
    DemoData d = read();
    Namnd n = namnd.create(tx, new NyNamnd(d.namnd().namn(), d.namnd().kommun(), d.namnd().forvaltning()));
    loadKontakt(tx, d.namnd());
    Map<String, Long> utskott = new HashMap<>();
    d.utskott().forEach(u -> utskott.put(u.namn(), namnd.addUtskott(tx, u.namn(), UtskottTyp.valueOf(u.typ())).id()));
    Map<String, Long> ledamotIds = loadLedamoter(tx, d, utskott);
    d.delegater().forEach(name -> delegater.add(tx, name));
    d.arenden().forEach(a -> loadArende(tx, a));
    DemoResultat resultat = moten.load(tx, n, d, utskott, ledamotIds);
    protokoll.load(tx, d, ledamotIds);
    return resultat;
  }

  /**
   * Attaches the app's generated PDF for one of {@link DemoResultat#bilagor()}: stored for its handling, or for
   * a new handling in the item's ärende, and linked as the item's bilaga.
   */
  public Bilaga attach(DemoBilaga b, byte[] pdf) {
    return transactions.inTransaction(tx -> attach(tx, b, pdf));
  }

  /** {@link #attach(DemoBilaga, byte[])} within the caller's transaction, so the whole demo is one change. */
  public Bilaga attach(Tx tx, DemoBilaga b, byte[] pdf) {
    Handling.StoredFile file = arenden.storeFile(tx, b.filnamn(), pdf);
    if (b.handlingId() != null) {
      return underlag.attachFileTo(tx, b.arendepunktId(), b.handlingId(), file);
    }
    return underlag.attachFile(tx, b.arendepunktId(),
        new NyHandling(null, b.datum(), Riktning.UPPRATTAD, null, b.rubrik(), false), file);
  }

  /** The sekreterare, förhinder, party order and logo the kallelse's first page prints. */
  private void loadKontakt(Tx tx, DemoData.NamndJson n) {
    DemoData.KontaktJson s = n.sekreterare();
    namnd.sparaKontakt(tx, new Kallelsekontakt(s == null ? null : s.namn(), s == null ? null : s.titel(),
        s == null ? null : s.telefon(), s == null ? null : s.epost(), n.forhinderTill(), n.partiordning(), null));
    if (n.logotyp() != null) {
      logo.laddaUpp(tx, n.logotyp(), resource("/demo/" + n.logotyp()));
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
  private Map<String, Long> loadLedamoter(Tx tx, DemoData d, Map<String, Long> utskott) {
    Map<String, Long> ids = new HashMap<>();
    for (DemoData.LedamotJson l : d.ledamoter()) {
      Ledamot saved = ledamoter.add(tx, l.fornamn(), l.efternamn(), l.parti());
      if (l.telefon() != null || l.epost() != null) {
        saved = ledamoter.update(tx, new Ledamot(saved.id(), saved.namndId(), saved.fornamn(), saved.efternamn(),
            saved.parti(), l.telefon(), l.epost()));
      }
      ids.put(saved.namn(), saved.id());
      for (DemoData.UppdragJson u : l.uppdrag()) {
        Long utskottId = u.utskott() == null ? null : require(utskott, u.utskott());
        ledamoter.addUppdrag(tx, saved.id(), utskottId, UppdragTyp.valueOf(u.typ()), Roll.valueOf(u.roll()),
            u.ordning(), d.mandatperiod().fran(), d.mandatperiod().till());
      }
    }
    return ids;
  }

  private void loadArende(Tx tx, DemoData.ArendeJson a) {
    Arende saved = arenden.register(tx, new NyttArende(Diarienummer.parse(a.diarienummer()), a.klassificering(),
        a.rubrik(), null, a.sekretess(), a.registrerad(), sekretess.grund(tx, a.sekretessgrund())));
    if (a.handlingar() == null) {
      return;
    }
    for (DemoData.HandlingJson h : a.handlingar()) {
      arenden.registerHandling(tx, saved.id(), new NyHandling(HandlingsId.parse(h.hid()), h.datum(),
          Riktning.valueOf(h.riktning()), h.motpart(), h.rubrik(), sekretess.of(tx, h)), null);
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
