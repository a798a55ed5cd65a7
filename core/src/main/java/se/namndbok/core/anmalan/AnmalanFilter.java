package se.namndbok.core.anmalan;

import java.time.LocalDate;

/**
 * Which anmälningar to list; null fields do not filter. {@code endastEjAnmalda} keeps those not assigned to a
 * meeting; {@code fran}/{@code till} bound the date, both inclusive; {@code delegatId} applies to delegationsbeslut.
 */
public record AnmalanFilter(Long sammantradeId, LocalDate fran, LocalDate till, boolean endastEjAnmalda,
    Long delegatId) {

  public static AnmalanFilter alla() {
    return new AnmalanFilter(null, null, null, false, null);
  }

  public static AnmalanFilter sammantrade(long sammantradeId) {
    return new AnmalanFilter(sammantradeId, null, null, false, null);
  }

  public static AnmalanFilter ejAnmalda() {
    return new AnmalanFilter(null, null, null, true, null);
  }
}
