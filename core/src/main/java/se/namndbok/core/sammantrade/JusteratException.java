package se.namndbok.core.sammantrade;

import java.time.LocalDate;
import se.namndbok.core.shared.SlutligtException;

/**
 * A change refused because the meeting's protokoll is justerat: the meeting, its ärendelista, punkter, beslut,
 * närvaro and the anmälningar reported to it are final, and change only through a rättelse of the protokoll.
 */
public final class JusteratException extends SlutligtException {
  public JusteratException(LocalDate datum) {
    super(SammantradeService.FIELD, text(datum));
  }

  private static String text(LocalDate datum) {
    return "Protokollet för sammanträdet " + datum + " är justerat; sammanträdet kan bara ändras genom en rättelse "
        + "av protokollet.";
  }

  /** The sentence alone, as the window and the commands show it. */
  @Override
  public String getMessage() {
    return errors().get(0).message();
  }
}
