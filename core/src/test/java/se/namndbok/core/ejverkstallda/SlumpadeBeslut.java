package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Random valid decisions for property tests, with many dates right at the frist and quarter edges. */
final class SlumpadeBeslut {
  private static final LocalDate FIRST = LocalDate.parse("2023-10-01");
  private static final LocalDate LAST = LocalDate.parse("2025-11-03");
  private final Random random;
  private final List<Insats> katalog;

  SlumpadeBeslut(Random random, List<Insats> katalog) {
    this.random = random;
    this.katalog = katalog;
  }

  List<GynnandeBeslut> many(int n, String prefix) {
    List<GynnandeBeslut> result = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      result.add(one(prefix + i));
    }
    return result;
  }

  GynnandeBeslut one(String referens) {
    Insats insats = katalog.get(random.nextInt(katalog.size()));
    LocalDate beslut = date(FIRST, LAST.minusDays(10));
    LocalDate avbrott = random.nextInt(5) == 0 ? date(beslut.plusDays(1), LAST) : null;
    LocalDate start = avbrott == null ? beslut : avbrott;
    LocalDate verk = null;
    if (random.nextInt(3) > 0) {
      LocalDate nearFrist = start.plusMonths(3).plusDays(random.nextInt(5) - 2);
      verk = random.nextBoolean() ? nearFrist : date(start, LAST);
      verk = verk.isBefore(start) ? start : verk.isAfter(LAST) ? null : verk;
    }
    LocalDate avslut = null;
    Avslutsorsak orsak = null;
    if (random.nextInt(4) == 0) {
      avslut = random.nextBoolean() ? quarterEdge(beslut) : date(beslut, LAST);
      orsak = Avslutsorsak.values()[random.nextInt(Avslutsorsak.values().length)];
    }
    Skal skal = random.nextInt(4) == 0 ? null : Skal.values()[random.nextInt(Skal.values().length)];
    return new GynnandeBeslut(referens, insats.lag(), insats.kod(), random.nextBoolean() ? Kon.K : Kon.M,
        1930 + random.nextInt(80), beslut, avbrott, verk, avslut, orsak, skal);
  }

  /** The first or last day of a quarter on or after {@code from}, when one is before today. */
  private LocalDate quarterEdge(LocalDate from) {
    Kvartal q = Kvartal.of(from).next();
    LocalDate d = random.nextBoolean() ? q.forstaDag() : q.forstaDag().minusDays(1);
    return d.isBefore(from) || d.isAfter(LAST) ? from : d;
  }

  private LocalDate date(LocalDate from, LocalDate to) {
    long span = Math.max(0, to.toEpochDay() - from.toEpochDay());
    return from.plusDays(span == 0 ? 0 : random.nextLong(span + 1));
  }
}
