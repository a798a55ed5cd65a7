package se.namndbok.reports.delegationsbeslut;

import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretess;

/** One delegationsbeslut as printed, ready-formatted: delegat, Änr, Hid, rubrik and beslutsdatum (yyyy-MM-dd). */
public record DelegationsbeslutRad(String delegat, String arendenr, String hid, String rubrik, String beslutsdatum,
    boolean sekretess) implements se.namndbok.reports.anmalan.AnmalanRad<DelegationsbeslutRad> {
  public DelegationsbeslutRad {
    Objects.requireNonNull(delegat);
    arendenr = Objects.requireNonNullElse(arendenr, "");
    hid = Objects.requireNonNullElse(hid, "");
    rubrik = Objects.requireNonNullElse(rubrik, "");
    beslutsdatum = Objects.requireNonNullElse(beslutsdatum, "");
  }

  /** The row as it may be published: a confidential beslut keeps delegat, Änr, Hid and date only. */
  @Override
  public DelegationsbeslutRad offentlig() {
    return sekretess ? new DelegationsbeslutRad(delegat, arendenr, hid, Sekretess.RAD, beslutsdatum, true) : this;
  }

  String beslutCell() {
    return "Änr " + arendenr + " (Hid: " + hid + ")\n" + rubrik;
  }
}
