package se.namndbok.core.testing;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.function.Function;
import se.namndbok.core.Renderers;
import se.namndbok.core.arende.Handling;
import se.namndbok.core.kallelse.KallelseUnderlag;
import se.namndbok.core.protokoll.ProtokollPunkt;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.core.protokoll.ProtokollVersion;

/**
 * Stand-in renderers for core's tests (core has no PDFBox): the document as plain text, every item and, for a
 * protokoll, every beslut and rättelse, so tests can read what a kept version says. The real ones live in
 * reports and are tested there and in app.
 */
public final class TextRenderers {
  private TextRenderers() {}

  public static Renderers create() {
    return new Renderers(TextRenderers::kallelse, TextRenderers::protokoll);
  }

  static byte[] kallelse(KallelseUnderlag u, Function<Handling.StoredFile, byte[]> filer, boolean offentlig,
      OffsetDateTime skapad, se.namndbok.core.kallelse.Utskick ersatter) {
    StringBuilder b = new StringBuilder("KALLELSE " + u.sammantrade().datum() + (offentlig ? " OFFENTLIG" : "")
        + " skapad " + skapad + (ersatter == null ? "" : " ersätter version " + ersatter.version()) + "\n");
    u.punkter().forEach(p -> b.append(p.nummer()).append(' ').append(offentlig && p.sekretess() ? "Sekretess"
        : p.punkt().rubrik()).append('\n'));
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  static byte[] protokoll(ProtokollUnderlag u, boolean offentlig, OffsetDateTime skapad) {
    StringBuilder b = new StringBuilder("PROTOKOLL " + u.sammantrade().datum() + (offentlig ? " OFFENTLIG" : "")
        + " version " + u.version() + " skapad " + skapad + "\n");
    for (ProtokollVersion r : u.rattelser()) {
      b.append("Rättad ").append(r.skapad().toLocalDate()).append(" av ").append(r.skapadAv()).append(": ")
          .append(r.skal()).append('\n');
      r.andringar().forEach(a -> b.append("  ").append(a).append('\n'));
    }
    for (ProtokollPunkt p : u.punkter()) {
      b.append("§ ").append(p.nummer()).append(' ').append(p.punkt().rubrik()).append(": ")
          .append(offentlig && p.sekretess() ? "Sekretess" : p.paragraf() == null ? "" : p.paragraf().beslut())
          .append('\n');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }
}
