package se.namndbok.core.delegationsbeslut;

import java.time.LocalDate;
import se.namndbok.core.arende.Diarienummer;
import se.namndbok.core.anmalan.Anmalan;
import se.namndbok.core.arende.HandlingsId;

/**
 * A decision taken on delegation, as listed in the report to the board: ärende and handling by number, the
 * delegate by name. {@code sammantradeId} is the meeting it is reported (anmäls) to, null while not assigned.
 */
public record Delegationsbeslut(long id, long arendeId, Diarienummer diarienummer, Long handlingId,
    HandlingsId handlingsId, long delegatId, String delegat, String delegationspunkt, LocalDate beslutsdatum,
    String rubrik, boolean sekretess, Long sammantradeId, int version) implements Anmalan {

  @Override
  public LocalDate datum() {
    return beslutsdatum;
  }

  @Override
  public String text() {
    return rubrik;
  }

  /** What a user would type to register this decision again (the "Ångra" after a delete). */
  public NyttDelegationsbeslut somNytt() {
    return new NyttDelegationsbeslut(diarienummer.toString(), handlingsId == null ? null : handlingsId.toString(),
        delegat, delegationspunkt, beslutsdatum, rubrik, sekretess);
  }
}
