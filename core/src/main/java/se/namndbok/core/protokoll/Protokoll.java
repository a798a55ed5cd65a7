package se.namndbok.core.protokoll;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The protokoll of one meeting. {@code justerare2Id} is optional; {@code ovrigaNarvarande} has one line per
 * person ("Namn, funktion"); {@code forstaParagraf} is set when the numbering of the year does not follow from
 * earlier meetings in the store (e.g. the first meeting recorded in Nämndbok); {@code anslagsdatum} is null
 * until the justering has been posted on the official notice board.
 */
public record Protokoll(long sammantradeId, String sekreterare, Long justerare1Id, Long justerare2Id,
    LocalDate justeringsdatum, String justeringsplats, String ovrigaNarvarande, Integer forstaParagraf,
    LocalDate anslagsdatum, ProtokollStatus status, int version) {

  /** The appeal period (laglighetsprövning, 13 kap. 5 § kommunallagen) after the anslag. */
  public static final int OVERKLAGANDETID_VECKOR = 3;

  public boolean justerat() {
    return status == ProtokollStatus.JUSTERAT;
  }

  /** The day the anslag is taken down: the last day of the three-week appeal period after it was posted. */
  public Optional<LocalDate> anslagNedtagning() {
    return Optional.ofNullable(anslagsdatum).map(d -> d.plusWeeks(OVERKLAGANDETID_VECKOR));
  }

  Protokoll with(ProtokollUppgifter u) {
    return new Protokoll(sammantradeId, u.sekreterare(), u.justerare1Id(), u.justerare2Id(), u.justeringsdatum(),
        u.justeringsplats(), u.ovrigaNarvarande(), u.forstaParagraf(), anslagsdatum, status, version);
  }

  Protokoll withStatus(ProtokollStatus s) {
    return new Protokoll(sammantradeId, sekreterare, justerare1Id, justerare2Id, justeringsdatum, justeringsplats,
        ovrigaNarvarande, forstaParagraf, anslagsdatum, s, version);
  }

  Protokoll withAnslag(LocalDate datum) {
    return new Protokoll(sammantradeId, sekreterare, justerare1Id, justerare2Id, justeringsdatum, justeringsplats,
        ovrigaNarvarande, forstaParagraf, datum, status, version);
  }
}
