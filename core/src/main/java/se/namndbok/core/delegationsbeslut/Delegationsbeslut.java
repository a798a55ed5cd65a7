package se.namndbok.core.delegationsbeslut;

import java.time.LocalDate;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.anmalan.Anmalan;
import se.namndbok.core.arende.HandlingsId;
import se.namndbok.core.sekretess.Sekretess;

/**
 * A decision taken on delegation, as listed in the report to the board: ärende and handling by number, the
 * delegate (the title of the delegationsordning) by name, the person who decided ({@code beslutsfattare}, may be
 * null) and the point of the delegationsordning by its number. {@code sammantradeId} is the meeting it is reported (anmäls) to, null while not assigned.
 */
public record Delegationsbeslut(long id, long arendeId, Diarienummer diarienummer, Long handlingId,
    HandlingsId handlingsId, long delegatId, String delegat, String delegationspunkt, LocalDate beslutsdatum,
    String rubrik, boolean sekretess, Long sammantradeId, Long sekretessgrundId, boolean friklassad, int version,
    String beslutsfattare) implements Anmalan {

  public Delegationsbeslut(long id, long arendeId, Diarienummer diarienummer, Long handlingId,
      HandlingsId handlingsId, long delegatId, String delegat, String delegationspunkt, LocalDate beslutsdatum,
      String rubrik, boolean sekretess, Long sammantradeId, Long sekretessgrundId, boolean friklassad, int version) {
    this(id, arendeId, diarienummer, handlingId, handlingsId, delegatId, delegat, delegationspunkt, beslutsdatum,
        rubrik, sekretess, sammantradeId, sekretessgrundId, friklassad, version, null);
  }

  /** A decision not yet stored, following its ärende's sekretess (or confidential under the default ground). */
  public Delegationsbeslut(long id, long arendeId, Diarienummer diarienummer, Long handlingId,
      HandlingsId handlingsId, long delegatId, String delegat, String delegationspunkt, LocalDate beslutsdatum,
      String rubrik, boolean sekretess, Long sammantradeId) {
    this(id, arendeId, diarienummer, handlingId, handlingsId, delegatId, delegat, delegationspunkt, beslutsdatum,
        rubrik, sekretess, sammantradeId, null, false, 0, null);
  }

  @Override
  public LocalDate datum() {
    return beslutsdatum;
  }

  @Override
  public String text() {
    return rubrik;
  }

  /** Its own sekretess; whether it is withheld also depends on its ärende ({@code Sekretessprovning}). */
  @Override
  public Sekretess sekretessval() {
    return Sekretess.of(sekretess, sekretessgrundId, friklassad);
  }

  /** What a user would type to register this decision again (the "Ångra" after a delete). */
  public NyttDelegationsbeslut somNytt() {
    return new NyttDelegationsbeslut(diarienummer.toString(), handlingsId == null ? null : handlingsId.toString(),
        delegat, delegationspunkt, beslutsdatum, rubrik, sekretessval()).medBeslutsfattare(beslutsfattare);
  }
}
