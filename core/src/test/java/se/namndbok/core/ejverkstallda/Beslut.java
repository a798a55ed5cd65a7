package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;

/** Test data: a decision built step by step ("SoL AO-SABO K beslut 2025-01-15"). */
final class Beslut {
  private Beslut() {}

  static GynnandeBeslut beslut(String referens, String beslutsdatum) {
    return new GynnandeBeslut(referens, Lag.SOL, "AO-SABO", Kon.K, 1940, LocalDate.parse(beslutsdatum), null, null,
        null, null, null);
  }

  static GynnandeBeslut insats(GynnandeBeslut b, Lag lag, String insats) {
    return new GynnandeBeslut(b.referens(), lag, insats, b.kon(), b.fodelsear(), b.beslutsdatum(), b.avbrottsdatum(),
        b.verkstallighetsdatum(), b.avslutsdatum(), b.avslutsorsak(), b.skal());
  }

  static GynnandeBeslut kon(GynnandeBeslut b, Kon kon) {
    return new GynnandeBeslut(b.referens(), b.lag(), b.insats(), kon, b.fodelsear(), b.beslutsdatum(),
        b.avbrottsdatum(), b.verkstallighetsdatum(), b.avslutsdatum(), b.avslutsorsak(), b.skal());
  }

  static GynnandeBeslut avbrott(GynnandeBeslut b, String datum) {
    return new GynnandeBeslut(b.referens(), b.lag(), b.insats(), b.kon(), b.fodelsear(), b.beslutsdatum(),
        LocalDate.parse(datum), b.verkstallighetsdatum(), b.avslutsdatum(), b.avslutsorsak(), b.skal());
  }

  static GynnandeBeslut verkstallt(GynnandeBeslut b, String datum) {
    return new GynnandeBeslut(b.referens(), b.lag(), b.insats(), b.kon(), b.fodelsear(), b.beslutsdatum(),
        b.avbrottsdatum(), LocalDate.parse(datum), b.avslutsdatum(), b.avslutsorsak(), b.skal());
  }

  static GynnandeBeslut avslutat(GynnandeBeslut b, String datum, Avslutsorsak orsak) {
    return new GynnandeBeslut(b.referens(), b.lag(), b.insats(), b.kon(), b.fodelsear(), b.beslutsdatum(),
        b.avbrottsdatum(), b.verkstallighetsdatum(), LocalDate.parse(datum), orsak, b.skal());
  }

  static GynnandeBeslut skal(GynnandeBeslut b, Skal skal) {
    return new GynnandeBeslut(b.referens(), b.lag(), b.insats(), b.kon(), b.fodelsear(), b.beslutsdatum(),
        b.avbrottsdatum(), b.verkstallighetsdatum(), b.avslutsdatum(), b.avslutsorsak(), skal);
  }

  /** {@code b} with the days of offers (the other helpers leave them out: apply this one last). */
  static GynnandeBeslut erbjudanden(GynnandeBeslut b, String... dagar) {
    return new GynnandeBeslut(b.referens(), b.lag(), b.insats(), b.kon(), b.fodelsear(), b.beslutsdatum(),
        b.avbrottsdatum(), b.verkstallighetsdatum(), b.avslutsdatum(), b.avslutsorsak(), b.skal(),
        java.util.Arrays.stream(dagar).map(LocalDate::parse).toList());
  }
}
