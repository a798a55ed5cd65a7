package se.namndbok.reports.kallelse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * Everything a kallelse prints, as ready-formatted strings (the mapper from core formats dates and numbers).
 *
 * @param kommun e.g. "Luleå kommun"
 * @param namnd e.g. "Socialnämnden"
 * @param datum the meeting's date, yyyy-MM-dd
 * @param tid e.g. "torsdag 23 oktober 2025 kl. 08:15"
 * @param plats e.g. "Stadshuset, Sessionssalen, våning 1"
 * @param offentlig true once {@link Offentliggorande#apply} has reduced the data to the public version
 * @param skapad when the document is created (metadata)
 * @param forstasida sending date, ordförande, sekreterare, förhinder, party order, proposed justerare, logo
 */
public record KallelseData(String kommun, String namnd, String datum, String tid, String plats,
    List<Ledamot> ledamoter, List<Arendepunkt> punkter, boolean offentlig, OffsetDateTime skapad,
    Forstasida forstasida) {
  public KallelseData {
    Objects.requireNonNull(kommun);
    Objects.requireNonNull(namnd);
    Objects.requireNonNull(datum);
    Objects.requireNonNull(tid);
    Objects.requireNonNull(plats);
    Objects.requireNonNull(skapad);
    ledamoter = List.copyOf(ledamoter);
    punkter = List.copyOf(punkter);
    forstasida = Objects.requireNonNullElse(forstasida, Forstasida.INGEN);
  }

  /** A kallelse whose first page names nothing beyond nämnd, time, place and members. */
  public KallelseData(String kommun, String namnd, String datum, String tid, String plats, List<Ledamot> ledamoter,
      List<Arendepunkt> punkter, boolean offentlig, OffsetDateTime skapad) {
    this(kommun, namnd, datum, tid, plats, ledamoter, punkter, offentlig, skapad, Forstasida.INGEN);
  }

  /** "Kallelse Socialnämnden 2025-10-23", with " (offentlig version)" for the public copy. */
  public String titel() {
    return "Kallelse " + namnd + " " + datum + (offentlig ? " (offentlig version)" : "");
  }

  /** The same kallelse, sent again: headed "Reviderad kallelse", with {@code text} saying what it replaces. */
  public KallelseData withRevidering(String text) {
    return new KallelseData(kommun, namnd, datum, tid, plats, ledamoter, punkter, offentlig, skapad,
        forstasida.withRevidering(text));
  }

  KallelseData withPunkter(List<Arendepunkt> reduced, boolean isOffentlig) {
    return new KallelseData(kommun, namnd, datum, tid, plats, ledamoter, reduced, isOffentlig, skapad, forstasida);
  }
}
