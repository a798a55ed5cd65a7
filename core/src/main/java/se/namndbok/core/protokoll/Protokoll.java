package se.namndbok.core.protokoll;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

/**
 * The protokoll of one meeting. {@code justerare2Id} is optional; {@code ovrigaNarvarande} has one line per
 * person ("Namn, funktion"); {@code forstaParagraf} is set when the numbering of the year does not follow from
 * earlier meetings in the store (e.g. the first meeting recorded in Nämndbok); {@code anslagsdatum} is null
 * until the justering has been posted on the official notice board, and then {@code sistaDagForOverklagande} and
 * {@code nedtagning} are kept with it ({@link Overklagandetid}). {@code starttid}/{@code sluttid} are the times
 * the meeting actually began and ended, {@code ajourneringar} its breaks ("10:05–10:20", one a line);
 * {@code inledning} whether the protokoll opens with the three opening §§ (upprop, val av justerare,
 * fastställande av ärendelistan; decision 0114), {@code arendelistaAndring} how the ärendelista was changed when
 * it was fastställd (null: as sent out); {@code minnesanteckningar}: the notes of a beredning or utskott
 * (reference 000), never justerade or anslagna.
 */
public record Protokoll(long sammantradeId, String sekreterare, Long justerare1Id, Long justerare2Id,
    LocalDate justeringsdatum, String justeringsplats, String ovrigaNarvarande, Integer forstaParagraf,
    LocalDate anslagsdatum, ProtokollStatus status, int version, LocalTime starttid, LocalTime sluttid,
    String ajourneringar, boolean inledning, String arendelistaAndring, String forvaringsplats,
    LocalDate sistaDagForOverklagande, LocalDate nedtagning, boolean minnesanteckningar) {

  /** The appeal period (laglighetsprövning, 13 kap. 5 § kommunallagen) after the anslag. */
  public static final int OVERKLAGANDETID_VECKOR = Overklagandetid.VECKOR;

  /** The number of opening §§ when {@code inledning}: upprop, val av justerare, fastställande av ärendelistan. */
  public static final int INLEDANDE_PARAGRAFER = 3;

  public boolean justerat() {
    return status == ProtokollStatus.JUSTERAT;
  }

  /** The day the anslag is taken down: the day after the last day for an appeal (as kept, or as the rule gives). */
  public Optional<LocalDate> anslagNedtagning() {
    return nedtagning != null ? Optional.of(nedtagning)
        : Optional.ofNullable(anslagsdatum).map(Overklagandetid::nedtagning);
  }

  /** The last day an appeal may arrive (as kept, or as the rule gives). */
  public Optional<LocalDate> sistaDag() {
    return sistaDagForOverklagande != null ? Optional.of(sistaDagForOverklagande)
        : Optional.ofNullable(anslagsdatum).map(Overklagandetid::sistaDag);
  }

  /** How many §§ come before the agenda items: 3 with the opening §§, else 0. */
  public int inledandeParagrafer() {
    return inledning ? INLEDANDE_PARAGRAFER : 0;
  }

  Protokoll with(ProtokollUppgifter u) {
    return new Protokoll(sammantradeId, u.sekreterare(), u.justerare1Id(), u.justerare2Id(), u.justeringsdatum(),
        u.justeringsplats(), u.ovrigaNarvarande(), u.forstaParagraf(), anslagsdatum, status, version, u.starttid(),
        u.sluttid(), u.ajourneringar(), u.inledning(), u.arendelistaAndring(), forvaringsplats,
        sistaDagForOverklagande, nedtagning, u.minnesanteckningar());
  }

  Protokoll withStatus(ProtokollStatus s) {
    return new Protokoll(sammantradeId, sekreterare, justerare1Id, justerare2Id, justeringsdatum, justeringsplats,
        ovrigaNarvarande, forstaParagraf, anslagsdatum, s, version, starttid, sluttid, ajourneringar, inledning,
        arendelistaAndring, forvaringsplats, sistaDagForOverklagande, nedtagning, minnesanteckningar);
  }

  Protokoll withAnslag(LocalDate datum, String plats) {
    return new Protokoll(sammantradeId, sekreterare, justerare1Id, justerare2Id, justeringsdatum, justeringsplats,
        ovrigaNarvarande, forstaParagraf, datum, status, version, starttid, sluttid, ajourneringar, inledning,
        arendelistaAndring, plats, Overklagandetid.sistaDag(datum), Overklagandetid.nedtagning(datum),
        minnesanteckningar);
  }
}
