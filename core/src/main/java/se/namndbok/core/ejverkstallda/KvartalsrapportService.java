package se.namndbok.core.ejverkstallda;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.namndbok.core.audit.AuditLog;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.db.Tx;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Avvikelse;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Jamforelse;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Rad;
import se.namndbok.core.ejverkstallda.persistence.FrystRapportRepository;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.ejverkstallda.persistence.StatistikRepository;
import se.namndbok.core.shared.Clock;
import se.namndbok.core.shared.SlutligtException;
import se.namndbok.core.shared.ValidationException;

/**
 * Computes quarterly reports (one SQL aggregate for the quarter and the two compared with it) and freezes
 * approved ones. The comparison takes frozen figures where the board approved them and lists where today's
 * data differs from them.
 */
public final class KvartalsrapportService {
  private final Transactions transactions;
  private final Clock clock;
  private final AuditLog audit;
  private final InsatsRepository insatser = new InsatsRepository();
  private final StatistikRepository statistik = new StatistikRepository();
  private final FrystRapportRepository frysta = new FrystRapportRepository();

  public KvartalsrapportService(Transactions transactions, AuditLog audit, Clock clock) {
    this.transactions = transactions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Today's report for the quarter, computed from the individual decisions, compared with the two before it. */
  public Kvartalsrapport rapport(Lag lag, Kvartal q) {
    return transactions.read(tx -> rapporter(tx, lag, q).idag());
  }

  /**
   * The quarter's report as it stands: once the board has fastställt it, the fastställda figures (never
   * recomputed), with today's comparison and the differences of today's data against them; else today's report.
   * What the window shows, the {@code statistik} command writes and the kallelse's STATISTIK punkt prints — they
   * printed today's figures for a fastställd quarter (found by a walk; ej-verkstallda-beslut.md: "stored as it was
   * sent, never recomputed").
   */
  public Kvartalsrapport gallande(Lag lag, Kvartal q) {
    return transactions.read(tx -> {
      Rapporter r = rapporter(tx, lag, q);
      if (r.fryst() == null) {
        return r.idag();
      }
      List<Jamforelse> jamforelse = new ArrayList<>(r.idag().jamforelse());
      jamforelse.replaceAll(j -> j.kvartal().equals(q)
          ? new Jamforelse(q, KvartalsrapportJson.perInsats(r.fryst().json()), r.fryst().summa(), true) : j);
      return FrystRapportLasare.las(r.fryst(), r.katalog()).med(jamforelse, r.idag().avvikelser());
    });
  }

  /** Today's report, the quarter's frozen one (null when not fastställd) and the catalogue, in one read. */
  private record Rapporter(Kvartalsrapport idag, FrystRapport fryst, Insatskatalog katalog) {}

  private Rapporter rapporter(Tx tx, Lag lag, Kvartal q) {
    Insatskatalog katalog = insatser.katalog(tx);
    List<Kvartal> jamforda = List.of(q.previous().previous(), q.previous(), q);
    Map<Kvartal, List<Raknat>> raknat = statistik.rakna(tx, lag, jamforda);
    Kvartalsrapport aktuell = RapportBerakning.berakna(katalog, lag, q, raknat.get(q));
    Map<Kvartal, FrystRapport> faststallda = frysta.find(tx, lag, jamforda);
    List<Jamforelse> jamforelse = new ArrayList<>();
    List<Avvikelse> avvikelser = new ArrayList<>();
    for (Kvartal k : jamforda) {
      Kvartalsrapport nu = k.equals(q) ? aktuell : RapportBerakning.berakna(katalog, lag, k, raknat.get(k));
      FrystRapport fryst = faststallda.get(k);
      if (fryst == null) {
        jamforelse.add(jamforelse(nu));
        continue;
      }
      Map<String, Integer> frystaSiffror = KvartalsrapportJson.perInsats(fryst.json());
      avvikelser.addAll(avvikelser(fryst.kvartal(), KvartalsrapportJson.perInsatsOchKon(fryst.json()), nu));
      jamforelse.add(k.equals(q) ? jamforelse(nu) : new Jamforelse(k, frystaSiffror, fryst.summa(), true));
    }
    return new Rapporter(aktuell.med(jamforelse, avvikelser), faststallda.get(q), katalog);
  }

  /** The report as the board approved it, if it has been. */
  public Optional<FrystRapport> fryst(Lag lag, Kvartal q) {
    return transactions.read(tx -> frysta.find(tx, lag, q));
  }

  /** Freezes today's report for the quarter ("Fastställ"); a quarter is frozen once. */
  public FrystRapport faststall(Lag lag, Kvartal q) {
    return faststall(lag, q, clock.now());
  }

  /** Freezes with the given approval time (the demo board's earlier quarters). */
  public FrystRapport faststall(Lag lag, Kvartal q, LocalDateTime faststalld) {
    return transactions.inTransaction(tx -> faststall(tx, lag, q, faststalld));
  }

  private FrystRapport faststall(Tx tx, Lag lag, Kvartal q, LocalDateTime faststalld) {
    if (!faststalld.toLocalDate().isAfter(q.sistaDag())) {
      throw ValidationException.of(Kvartal.FIELD, q + " är inte slut förrän " + q.sistaDag()
          + "; rapporten kan fastställas först efter kvartalets sista dag");
    }
    frysta.find(tx, lag, q).ifPresent(f -> {
      throw new SlutligtException(Kvartal.FIELD, "rapporten för " + lag + " " + q + " fastställdes redan "
          + f.faststalld().toLocalDate() + " av " + f.faststalldAv() + " och kan inte ändras");
    });
    Kvartalsrapport r = rapporter(tx, lag, q).idag();
    FrystRapport fryst = new FrystRapport(lag, q, KvartalsrapportJson.write(r), r.summa().summa(), faststalld,
        clock.user());
    frysta.insert(tx, fryst);
    audit.created("fryst_rapport", lag + " " + q, Map.of("lag", lag.kod(), "kvartal", q.toString(),
        "summa", fryst.summa()));
    return fryst;
  }

  private static Jamforelse jamforelse(Kvartalsrapport r) {
    Map<String, Integer> perInsats = new LinkedHashMap<>();
    r.rader().forEach(rad -> perInsats.put(rad.insats().kod(), rad.antal().summa()));
    return new Jamforelse(r.kvartal(), perInsats, r.summa().summa(), false);
  }

  /**
   * Where today's figures per insats differ from those the board approved for {@code kvartal}: the total or the
   * split between women and men (a kön corrected after fastställandet changed no total and went unseen).
   */
  private static List<Avvikelse> avvikelser(Kvartal kvartal, Map<String, Antal> frysta, Kvartalsrapport nu) {
    Map<String, Antal> nuvarande = new LinkedHashMap<>();
    for (Rad rad : nu.rader()) {
      nuvarande.put(rad.insats().kod(), rad.antal());
    }
    Set<String> koder = new LinkedHashSet<>(frysta.keySet());
    koder.addAll(nuvarande.keySet());
    List<Avvikelse> result = new ArrayList<>();
    for (String kod : koder) {
      Antal a = frysta.getOrDefault(kod, Antal.NOLL);
      Antal b = nuvarande.getOrDefault(kod, Antal.NOLL);
      if (!a.equals(b)) {
        result.add(new Avvikelse(kvartal, kod, a, b));
      }
    }
    return result;
  }
}
