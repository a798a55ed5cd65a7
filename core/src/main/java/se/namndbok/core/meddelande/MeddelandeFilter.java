package se.namndbok.core.meddelande;

import java.time.LocalDate;

/** Which meddelanden to list; null fields do not filter; {@code endastEjAnmalda} keeps the unassigned ones. */
public record MeddelandeFilter(Long sammantradeId, LocalDate fran, LocalDate till, boolean endastEjAnmalda) {

  public static MeddelandeFilter alla() {
    return new MeddelandeFilter(null, null, null, false);
  }

  public static MeddelandeFilter sammantrade(long sammantradeId) {
    return new MeddelandeFilter(sammantradeId, null, null, false);
  }

  public static MeddelandeFilter ejAnmaldaMeddelanden() {
    return new MeddelandeFilter(null, null, null, true);
  }
}
