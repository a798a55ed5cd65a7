package se.namndbok.core.delegationsbeslut;

import java.time.LocalDate;
import se.namndbok.core.anmalan.NyAnmalan;
import se.namndbok.core.sekretess.Sekretess;

/**
 * What a user gives: the ärende's diarienummer ({@code 2025/146}), optionally the decision document's Hid
 * ({@code 2025.2710}; registered in the ärende when not yet in the diarium), the delegate's name, the point of
 * the delegationsordning, the date, the rubrik and whether it is confidential.
 */
public record NyttDelegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
    LocalDate beslutsdatum, String rubrik, boolean sekretess, Long sekretessgrundId, boolean friklassad)
    implements NyAnmalan {

  public NyttDelegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
      LocalDate beslutsdatum, String rubrik, boolean sekretess) {
    this(diarienummer, handlingsid, delegat, delegationspunkt, beslutsdatum, rubrik, sekretess, null, false);
  }

  public NyttDelegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
      LocalDate beslutsdatum, String rubrik, Sekretess sekretess) {
    this(diarienummer, handlingsid, delegat, delegationspunkt, beslutsdatum, rubrik, sekretess.markerad(),
        sekretess.grundId(), sekretess.friklassad());
  }

  @Override
  public LocalDate datum() {
    return beslutsdatum;
  }

  @Override
  public String text() {
    return rubrik;
  }

  @Override
  public Sekretess sekretessval() {
    return Sekretess.of(sekretess, sekretessgrundId, friklassad);
  }
}
