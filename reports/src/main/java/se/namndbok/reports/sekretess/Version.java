package se.namndbok.reports.sekretess;

/** Which copy of a document is printed: the members' copy with everything, or the public copy. */
public enum Version {
  /** For ledamöter and ersättare: every item and attachment. */
  LEDAMOT,
  /** For anyone: confidential items and rows reduced to what may be published. */
  OFFENTLIG
}
