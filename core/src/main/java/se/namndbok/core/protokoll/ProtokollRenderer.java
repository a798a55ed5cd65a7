package se.namndbok.core.protokoll;

import java.time.OffsetDateTime;

/**
 * Makes the PDF of a protokoll, the members' copy or the public one; core has no PDFBox, so the reports module
 * implements this and the program hands it to the composition root. Used when a protokoll is justerat or
 * corrected: the bytes it returns are kept as that version (the underlag's {@code rattelser} are printed).
 */
@FunctionalInterface
public interface ProtokollRenderer {
  byte[] render(ProtokollUnderlag underlag, boolean offentlig, OffsetDateTime skapad);
}
