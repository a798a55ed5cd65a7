package se.namndbok.core.kallelse;

import se.namndbok.core.arende.Handling;

/**
 * One line of an item's beslutsunderlag: a registered handling (printed with its rubrik and Hid) or, when
 * {@code handling} is null, a line of text.
 */
public record UnderlagRad(Handling handling, String text) {

  /** What the line says: the handling's rubrik, or the text. */
  public String rubrik() {
    return handling == null ? text : handling.rubrik();
  }
}
