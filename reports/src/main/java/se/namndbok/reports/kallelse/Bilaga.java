package se.namndbok.reports.kallelse;

import java.util.Objects;
import se.namndbok.reports.sekretess.Sekretessgrund;

/**
 * A PDF attached to an item, merged directly after it.
 *
 * @param filnamn the file's name, shown to the user in messages
 * @param titel what the document is (the handling's rubrik): its bookmark and its line in the contents
 * @param sha256 the checksum stored with the file (hex), checked before merging; null when not stored yet
 * @param sekretessgrund the ground the handling is withheld under: left out of the public version even in a
 *     public item, name and title included; null when it is public
 */
public record Bilaga(String filnamn, String titel, byte[] pdf, String sha256, Sekretessgrund sekretessgrund) {
  public Bilaga {
    Objects.requireNonNull(filnamn);
    Objects.requireNonNull(pdf);
    titel = titel == null || titel.isBlank() ? filnamn.replaceFirst("(?i)\\.pdf$", "") : titel;
  }

  /** A public attachment titled by its file name. */
  public Bilaga(String filnamn, byte[] pdf, String sha256) {
    this(filnamn, null, pdf, sha256, null);
  }

  /** An attachment titled by its file name, withheld under socialtjänstsekretess when {@code sekretess}. */
  public Bilaga(String filnamn, byte[] pdf, String sha256, boolean sekretess) {
    this(filnamn, null, pdf, sha256, sekretess ? Sekretessgrund.SOCIALTJANST : null);
  }

  public boolean sekretess() {
    return sekretessgrund != null;
  }
}
