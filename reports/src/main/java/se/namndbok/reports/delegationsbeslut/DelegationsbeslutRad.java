package se.namndbok.reports.delegationsbeslut;

import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * One delegationsbeslut as printed, ready-formatted: delegat (the title of the delegationsordning), Änr, Hid,
 * rubrik and beslutsdatum (yyyy-MM-dd), the ground it is withheld under in a public version (null when it is
 * public), the point of the delegationsordning and its lagrum, and the name of the person who decided ("" when
 * not known).
 */
public record DelegationsbeslutRad(String delegat, String arendenr, String hid, String rubrik, String beslutsdatum,
    Sekretessgrund sekretessgrund, String punkt, String lagrum, String beslutsfattare)
    implements se.namndbok.reports.anmalan.AnmalanRad<DelegationsbeslutRad> {
  public DelegationsbeslutRad {
    Objects.requireNonNull(delegat);
    arendenr = Objects.requireNonNullElse(arendenr, "");
    hid = Objects.requireNonNullElse(hid, "");
    rubrik = Objects.requireNonNullElse(rubrik, "");
    beslutsdatum = Objects.requireNonNullElse(beslutsdatum, "");
    punkt = Objects.requireNonNullElse(punkt, "");
    lagrum = Objects.requireNonNullElse(lagrum, "");
    beslutsfattare = Objects.requireNonNullElse(beslutsfattare, "");
  }

  public DelegationsbeslutRad(String delegat, String arendenr, String hid, String rubrik, String beslutsdatum,
      Sekretessgrund sekretessgrund) {
    this(delegat, arendenr, hid, rubrik, beslutsdatum, sekretessgrund, "", "", "");
  }

  /** A row that is public ({@code false}) or withheld under socialtjänstsekretess ({@code true}). */
  public DelegationsbeslutRad(String delegat, String arendenr, String hid, String rubrik, String beslutsdatum,
      boolean sekretess) {
    this(delegat, arendenr, hid, rubrik, beslutsdatum, sekretess ? Sekretessgrund.SOCIALTJANST : null);
  }

  public boolean sekretess() {
    return sekretessgrund != null;
  }

  /**
   * The row as it may be published: a withheld beslut keeps delegat, Änr, Hid, date, point, lagrum and who
   * decided (the delegationsordning and the officials acting under it are public); its rubrik is replaced.
   */
  @Override
  public DelegationsbeslutRad offentlig() {
    return sekretess() ? new DelegationsbeslutRad(delegat, arendenr, hid, sekretessgrund.rad(), beslutsdatum,
        sekretessgrund, punkt, lagrum, beslutsfattare) : this;
  }

  String beslutCell() {
    String cell = se.namndbok.reports.anmalan.AnmalanRad.medReferens(arendenr, hid, rubrik);
    return beslutsfattare.isEmpty() ? cell : cell + "\nBeslutsfattare: " + beslutsfattare + ", " + delegat;
  }

  /** The point and its lagrum, one under the other ("" when the decision names no point). */
  String punktCell() {
    return lagrum.isEmpty() ? punkt : punkt + "\n" + lagrum;
  }
}
