package se.namndbok.core.shared;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A save made from a version of a record that someone else has changed since it was read: refused, so nothing
 * is lost ("Punkten ändrades av anna kl. 14:02 efter att du öppnade den"). The window offers to read the record
 * again, keeping what the user typed visible to copy. The sentence names the record itself: a form shows it alone,
 * not under {@link #FIELD}.
 */
public final class StaleException extends ValidationException {
  public static final String FIELD = "Ändrad av någon annan";
  private static final DateTimeFormatter KLOCKA = DateTimeFormatter.ofPattern("HH:mm");
  private final String text;

  private StaleException(String text) {
    super(List.of(new FieldError(FIELD, text)));
    this.text = text;
  }

  /**
   * {@code vad} is the record as the sentence begins, its noun in the definite form ("Punkten", "Ärendet",
   * "Avsnittet Kallelsen"); {@code av} and {@code tid} who changed it last and when (null when not known);
   * {@code idag} decides whether the date is said.
   */
  public static StaleException of(String vad, String av, LocalDateTime tid, LocalDate idag) {
    String oppnade = " efter att du öppnade " + pronomen(vad) + ".";
    if (av == null || tid == null) {
      return new StaleException(vad + " har ändrats av någon annan" + oppnade);
    }
    String nar = (tid.toLocalDate().equals(idag) ? "" : tid.toLocalDate() + " ") + "kl. " + tid.format(KLOCKA);
    return new StaleException(vad + " ändrades av " + av + " " + nar + oppnade);
  }

  /**
   * "det" for a neuter noun, "den" for a common one: in the definite singular a neuter noun ends in -t
   * ("Ärendet", "Protokollet", "Avsnittet") and a common one in -n ("Punkten", "Nämnden", "Ledamoten").
   */
  static String pronomen(String vad) {
    String substantiv = vad.strip().split("\\s+", 2)[0];
    return substantiv.endsWith("t") ? "det" : "den";
  }

  @Override
  public String getMessage() {
    return text;
  }
}
