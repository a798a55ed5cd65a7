package se.namndbok.core.ejverkstallda;

/**
 * A reported decision's state at the rapporteringsdatum: verkställt, avslutat (with its orsak) or not
 * verkställt (with its skäl, OVRIGT when none was given).
 */
public sealed interface Status {
  record Verkstallt() implements Status {}

  record Avslutat(Avslutsorsak orsak) implements Status {}

  record EjVerkstallt(Skal skal) implements Status {}

  /** Swedish words for lists: "verkställt", "avslutat", "ej verkställt". */
  default String text() {
    return switch (this) {
      case Verkstallt v -> "verkställt";
      case Avslutat a -> "avslutat";
      case EjVerkstallt e -> "ej verkställt";
    };
  }
}
