package se.namndbok.reports.kallelse;

import java.time.OffsetDateTime;
import java.util.function.Function;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.kallelse.KallelseRenderer;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.kallelse.Utskick;
import se.namndbok.reports.sekretess.Version;

/**
 * The kallelse PDF core keeps when a kallelse is sent: the same document as "Skapa kallelse" writes; sent again, it
 * is headed "Reviderad kallelse" and says which sent version it replaces.
 */
public final class KallelsePdfRenderer implements KallelseRenderer {
  @Override
  public byte[] render(KallelseUnderlag underlag, Function<Handling.StoredFile, byte[]> filer, boolean offentlig,
      OffsetDateTime skapad, Utskick ersatter) {
    KallelseData data = KallelseMapper.from(underlag, filer::apply, skapad);
    return KallelsePdf.bytes(ersatter == null ? data : data.withRevidering(revidering(ersatter)),
        offentlig ? Version.OFFENTLIG : Version.LEDAMOT);
  }

  /** "Version 2. Ersätter kallelsen som skickades ut 2026-12-06 (version 1)." */
  static String revidering(Utskick ersatter) {
    return "Version " + (ersatter.version() + 1) + ". Ersätter kallelsen som skickades ut "
        + ersatter.skickad().toLocalDate() + " (version " + ersatter.version() + ").";
  }
}
