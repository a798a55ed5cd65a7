package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import se.namndbok.core.db.Transactions;
import se.namndbok.core.ejverkstallda.persistence.InsatsRepository;
import se.namndbok.core.ejverkstallda.persistence.StatistikRepository;

/** The IVO list: one row per decision in the quarter's report, with its status at the rapporteringsdatum. */
public final class IvoLista {
  private final Transactions transactions;
  private final StatistikRepository statistik = new StatistikRepository();
  private final InsatsRepository insatser = new InsatsRepository();

  public IvoLista(Transactions transactions) {
    this.transactions = transactions;
  }

  public List<IvoRad> rader(Lag lag, Kvartal q) {
    return transactions.read(tx -> {
      Insatskatalog katalog = insatser.katalog(tx);
      return statistik.beslut(tx, lag, q).stream().map(b -> rad(katalog, b, q)).toList();
    });
  }

  static IvoRad rad(Insatskatalog katalog, GynnandeBeslut b, Kvartal q) {
    Status status = Rakneregel.status(b, q);
    LocalDate datum = switch (status) {
      case Status.Verkstallt v -> b.verkstallighetsdatum();
      case Status.Avslutat a -> b.avslutsdatum();
      case Status.EjVerkstallt e -> null;
    };
    Skal skal = status instanceof Status.EjVerkstallt e ? e.skal() : b.skal();
    return new IvoRad(b.referens(), b.kon(), b.fodelsear(), b.beslutsdatum(), b.avbrottsdatum(),
        katalog.find(b.insats()).orElseThrow(), ChronoUnit.DAYS.between(b.start(), q.sistaDag()), status, skal,
        b.erbjudanden().stream().filter(d -> !d.isAfter(q.sistaDag())).toList(), datum);
  }
}
