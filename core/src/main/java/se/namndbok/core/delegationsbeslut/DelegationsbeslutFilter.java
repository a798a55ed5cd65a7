package se.namndbok.core.delegationsbeslut;

import java.time.LocalDate;

/**
 * Which decisions to list; null fields do not filter. {@code endastEjAnmalda} keeps only those not assigned to a
 * meeting. {@code fran}/{@code till} bound the beslutsdatum, both inclusive.
 */
public record DelegationsbeslutFilter(Long sammantradeId, Long delegatId, LocalDate fran, LocalDate till,
    boolean endastEjAnmalda) {

  public static DelegationsbeslutFilter alla() {
    return new DelegationsbeslutFilter(null, null, null, null, false);
  }

  public static DelegationsbeslutFilter sammantrade(long sammantradeId) {
    return new DelegationsbeslutFilter(sammantradeId, null, null, null, false);
  }

  public static DelegationsbeslutFilter ejAnmaldaBeslut() {
    return new DelegationsbeslutFilter(null, null, null, null, true);
  }
}
