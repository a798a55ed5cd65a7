package se.namndbok.reports.kallelse;

import java.util.Objects;

/**
 * A PDF attached to an item, merged directly after it.
 *
 * @param filnamn the name shown to the user in messages and bookmarks
 * @param sha256 the checksum stored with the file (hex), checked before merging; null when not stored yet
 * @param sekretess the handling is confidential: left out of the public version even in a public item
 */
public record Bilaga(String filnamn, byte[] pdf, String sha256, boolean sekretess) {
  public Bilaga {
    Objects.requireNonNull(filnamn);
    Objects.requireNonNull(pdf);
  }

  /** A public attachment. */
  public Bilaga(String filnamn, byte[] pdf, String sha256) {
    this(filnamn, pdf, sha256, false);
  }
}
