package se.namndbok.core.kallelse;

import java.time.OffsetDateTime;
import java.util.function.Function;
import se.namndbok.core.arende.Handling;

/**
 * Makes the PDF of a kallelse, the members' copy or the public one; core has no PDFBox, so the reports module
 * implements this and the program hands it to the composition root. Used when a kallelse is sent: the bytes
 * it returns are kept as the sent version. {@code filer} reads a bilaga's stored file; {@code ersatter} is the
 * version sent before, which this one replaces (the document then says so), or null for the first.
 */
@FunctionalInterface
public interface KallelseRenderer {
  byte[] render(KallelseUnderlag underlag, Function<Handling.StoredFile, byte[]> filer, boolean offentlig,
      OffsetDateTime skapad, Utskick ersatter);
}
