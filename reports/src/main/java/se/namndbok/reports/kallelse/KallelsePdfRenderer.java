package se.namndbok.reports.kallelse;

import java.time.OffsetDateTime;
import java.util.function.Function;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.kallelse.KallelseRenderer;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.reports.sekretess.Version;

/** The kallelse PDF core keeps when a kallelse is sent: the same document as "Skapa kallelse" writes. */
public final class KallelsePdfRenderer implements KallelseRenderer {
  @Override
  public byte[] render(KallelseUnderlag underlag, Function<Handling.StoredFile, byte[]> filer, boolean offentlig,
      OffsetDateTime skapad) {
    return KallelsePdf.bytes(KallelseMapper.from(underlag, filer::apply, skapad),
        offentlig ? Version.OFFENTLIG : Version.LEDAMOT);
  }
}
