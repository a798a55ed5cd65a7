package se.namndbok.core.ejverkstallda;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Antal;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Omradessumma;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.Rad;
import se.namndbok.core.ejverkstallda.Kvartalsrapport.StatusFordelning;

/**
 * Builds a report's tables from the aggregate's groups: totals are only ever sums of rows, never read or
 * typed. Pure; the comparison is added by the service.
 */
public final class RapportBerakning {
  private RapportBerakning() {}

  public static Kvartalsrapport berakna(Insatskatalog katalog, Lag lag, Kvartal q, List<Raknat> raknat) {
    List<Insats> insatser = katalog.forLag(lag);
    Map<String, Antal> perInsats = new LinkedHashMap<>();
    insatser.forEach(i -> perInsats.put(i.kod(), Antal.NOLL));
    for (Raknat r : raknat) {
      Antal a = r.kon() == Kon.K ? new Antal(r.antal(), 0) : new Antal(0, r.antal());
      perInsats.merge(r.insats(), a, Antal::plus);
    }
    List<Rad> rader = insatser.stream().map(i -> new Rad(i, perInsats.get(i.kod()))).toList();
    Antal summa = rader.stream().map(Rad::antal).reduce(Antal.NOLL, Antal::plus);
    return new Kvartalsrapport(lag, q, rader, omraden(rader), summa, status(insatser, raknat), List.of(), List.of());
  }

  private static List<Omradessumma> omraden(List<Rad> rader) {
    Map<Omrade, Antal> sums = new EnumMap<>(Omrade.class);
    for (Rad r : rader) {
      if (r.insats().omrade() != null) {
        sums.merge(r.insats().omrade(), r.antal(), Antal::plus);
      }
    }
    return sums.entrySet().stream().map(e -> new Omradessumma(e.getKey(), e.getValue())).toList();
  }

  /** One entry per insats that has decisions in the report, in catalogue order. */
  private static List<StatusFordelning> status(List<Insats> insatser, List<Raknat> raknat) {
    List<StatusFordelning> result = new ArrayList<>();
    for (Insats i : insatser) {
      int verkstallda = 0;
      Map<Avslutsorsak, Integer> avslutade = new EnumMap<>(Avslutsorsak.class);
      Map<Skal, Integer> ej = new EnumMap<>(Skal.class);
      boolean any = false;
      for (Raknat r : raknat) {
        if (!r.insats().equals(i.kod())) {
          continue;
        }
        any = true;
        switch (r.status()) {
          case Status.Verkstallt v -> {
            verkstallda += r.antal();
          }
          case Status.Avslutat a -> avslutade.merge(a.orsak(), r.antal(), Integer::sum);
          case Status.EjVerkstallt e -> ej.merge(e.skal(), r.antal(), Integer::sum);
        }
      }
      if (any) {
        result.add(new StatusFordelning(i, verkstallda, avslutade, ej));
      }
    }
    return result;
  }
}
