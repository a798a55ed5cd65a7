package se.namndbok.core.ejverkstallda;

import java.time.LocalDate;
import java.util.List;

/**
 * One individual gynnande beslut, known by the case system's pseudonymous {@code referens} (the import's
 * {@code id}); never a personnummer. Optional values are null; {@code erbjudanden}, the days the insats was
 * offered (IVO asks for them), is a list in date order without repeats, empty when none was.
 */
public record GynnandeBeslut(String referens, Lag lag, String insats, Kon kon, Integer fodelsear,
    LocalDate beslutsdatum, LocalDate avbrottsdatum, LocalDate verkstallighetsdatum, LocalDate avslutsdatum,
    Avslutsorsak avslutsorsak, Skal skal, List<LocalDate> erbjudanden) {
  /** The most days of offers a decision holds (the stored text's width). */
  public static final int ERBJUDANDEN_MAX = 10;

  public GynnandeBeslut {
    erbjudanden = erbjudanden == null ? List.of() : erbjudanden.stream().distinct().sorted().toList();
  }

  /** A decision of which no offer is known. */
  public GynnandeBeslut(String referens, Lag lag, String insats, Kon kon, Integer fodelsear, LocalDate beslutsdatum,
      LocalDate avbrottsdatum, LocalDate verkstallighetsdatum, LocalDate avslutsdatum, Avslutsorsak avslutsorsak,
      Skal skal) {
    this(referens, lag, insats, kon, fodelsear, beslutsdatum, avbrottsdatum, verkstallighetsdatum, avslutsdatum,
        avslutsorsak, skal, List.of());
  }

  /** The days of offers as stored and written in files: ISO dates separated by a space; null when none. */
  public String erbjudandenText() {
    return erbjudanden.isEmpty() ? null : erbjudandenText(erbjudanden);
  }

  /** {@code dagar} in the stored form ("2025-03-03 2025-04-14"), empty when there are none. */
  public static String erbjudandenText(List<LocalDate> dagar) {
    return String.join(" ", dagar.stream().map(LocalDate::toString).toList());
  }

  /** The days of {@link #erbjudandenText()} read back (as stored, so already checked). */
  public static List<LocalDate> erbjudanden(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return java.util.Arrays.stream(text.trim().split(" +")).map(LocalDate::parse).toList();
  }

  /** The day the three months start: the avbrott when there was one, else the beslut. */
  public LocalDate start() {
    return avbrottsdatum != null ? avbrottsdatum : beslutsdatum;
  }

  /** The latest of its dates: how far what the case system knew of this decision reaches. */
  public LocalDate senasteDatum() {
    LocalDate senast = beslutsdatum;
    for (LocalDate d : new LocalDate[] {avbrottsdatum, verkstallighetsdatum, avslutsdatum}) {
      if (d != null && d.isAfter(senast)) {
        senast = d;
      }
    }
    if (!erbjudanden.isEmpty() && erbjudanden.getLast().isAfter(senast)) {
      senast = erbjudanden.getLast();
    }
    return senast;
  }

  /** The last day on which verkställighet is in time: start + 3 months, clamped to month end. */
  public LocalDate frist() {
    return Rakneregel.frist(start());
  }
}
