package se.namndbok.core.delegationsbeslut;

import java.time.LocalDate;
import se.namndbok.core.anmalan.NyAnmalan;
import se.namndbok.core.sekretess.Sekretess;

/**
 * What a user gives: the ärende's diarienummer ({@code 2025/146}), optionally the decision document's Hid
 * ({@code 2025.2710}; registered in the ärende when not yet in the diarium), the delegate's name, the point of
 * the delegationsordning, the date, the rubrik, whether it is confidential and who decided (the person holding
 * the delegat's title, {@code beslutsfattare}; may be blank).
 */
public record NyttDelegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
    LocalDate beslutsdatum, String rubrik, boolean sekretess, Long sekretessgrundId, boolean friklassad,
    String beslutsfattare) implements NyAnmalan {

  public NyttDelegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
      LocalDate beslutsdatum, String rubrik, boolean sekretess, Long sekretessgrundId, boolean friklassad) {
    this(diarienummer, handlingsid, delegat, delegationspunkt, beslutsdatum, rubrik, sekretess, sekretessgrundId,
        friklassad, null);
  }

  public NyttDelegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
      LocalDate beslutsdatum, String rubrik, boolean sekretess) {
    this(diarienummer, handlingsid, delegat, delegationspunkt, beslutsdatum, rubrik, sekretess, null, false);
  }

  public NyttDelegationsbeslut(String diarienummer, String handlingsid, String delegat, String delegationspunkt,
      LocalDate beslutsdatum, String rubrik, Sekretess sekretess) {
    this(diarienummer, handlingsid, delegat, delegationspunkt, beslutsdatum, rubrik, sekretess.markerad(),
        sekretess.grundId(), sekretess.friklassad(), null);
  }

  /** The same decision with the person who took it. */
  public NyttDelegationsbeslut medBeslutsfattare(String namn) {
    return new NyttDelegationsbeslut(diarienummer, handlingsid, delegat, delegationspunkt, beslutsdatum, rubrik,
        sekretess, sekretessgrundId, friklassad, namn);
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
