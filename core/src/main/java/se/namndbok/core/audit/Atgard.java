package se.namndbok.core.audit;

/** What a change did to a row. */
public enum Atgard {
  SKAPA, ANDRA, TA_BORT
}
