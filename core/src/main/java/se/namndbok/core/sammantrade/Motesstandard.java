package se.namndbok.core.sammantrade;

import java.time.LocalTime;
import java.util.List;

/**
 * How the board's meetings usually are: the time, the place (null when not set) and the standard punkter a new
 * meeting of the board starts with, in order (opening items before the ärenden, the reports after them).
 */
public record Motesstandard(LocalTime tid, String plats, List<ArendepunktTyp> punkter) {
  /** The punkter a board may have as standard, in the order they stand on a list. */
  public static final List<ArendepunktTyp> MOJLIGA = List.of(ArendepunktTyp.UPPROP, ArendepunktTyp.JUSTERARE,
      ArendepunktTyp.MEDDELANDEN, ArendepunktTyp.DELEGATIONSBESLUT);
  /** A board that has set nothing: 13:00, no place, upprop and justerare first, the two reports last. */
  public static final Motesstandard INGEN = new Motesstandard(LocalTime.of(13, 0), null, MOJLIGA);

  public Motesstandard {
    punkter = MOJLIGA.stream().filter(punkter::contains).toList();
  }

  /** Whether {@code typ} opens the list (before the ärenden) rather than closing it. */
  static boolean oppnar(ArendepunktTyp typ) {
    return typ.inledande();
  }
}
