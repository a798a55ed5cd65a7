package se.namndbok.reports.delegationsbeslut;

import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * One delegationsbeslut as printed, ready-formatted: delegat, Änr, Hid, rubrik and beslutsdatum (yyyy-MM-dd), and
 * the ground it is withheld under in a public version (null when it is public).
 */
public record DelegationsbeslutRad(String delegat, String arendenr, String hid, String rubrik, String beslutsdatum,
    Sekretessgrund sekretessgrund) implements se.namndbok.reports.anmalan.AnmalanRad<DelegationsbeslutRad> {
  public DelegationsbeslutRad {
    Objects.requireNonNull(delegat);
    arendenr = Objects.requireNonNullElse(arendenr, "");
    hid = Objects.requireNonNullElse(hid, "");
    rubrik = Objects.requireNonNullElse(rubrik, "");
    beslutsdatum = Objects.requireNonNullElse(beslutsdatum, "");
  }

  /** A row that is public ({@code false}) or withheld under socialtjänstsekretess ({@code true}). */
  public DelegationsbeslutRad(String delegat, String arendenr, String hid, String rubrik, String beslutsdatum,
      boolean sekretess) {
    this(delegat, arendenr, hid, rubrik, beslutsdatum, sekretess ? Sekretessgrund.SOCIALTJANST : null);
  }

  public boolean sekretess() {
    return sekretessgrund != null;
  }

  /** The row as it may be published: a withheld beslut keeps delegat, Änr, Hid and date; its rubrik is replaced. */
  @Override
  public DelegationsbeslutRad offentlig() {
    return sekretess()
        ? new DelegationsbeslutRad(delegat, arendenr, hid, sekretessgrund.rad(), beslutsdatum, sekretessgrund) : this;
  }

  String beslutCell() {
    return "Änr " + arendenr + " (Hid: " + hid + ")\n" + rubrik;
  }
}
