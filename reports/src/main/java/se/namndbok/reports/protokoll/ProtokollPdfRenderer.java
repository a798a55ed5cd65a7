package se.namndbok.reports.protokoll;

import java.time.OffsetDateTime;
import se.namndbok.core.protokoll.ProtokollRenderer;
import se.namndbok.core.protokoll.ProtokollUnderlag;
import se.namndbok.reports.sekretess.Version;

/** The protokoll PDF core keeps when a protokoll is justerat or corrected (a rättat one prints its rättelser). */
public final class ProtokollPdfRenderer implements ProtokollRenderer {
  @Override
  public byte[] render(ProtokollUnderlag underlag, boolean offentlig, OffsetDateTime skapad) {
    return ProtokollPdf.bytes(ProtokollMapper.from(underlag, skapad), offentlig ? Version.OFFENTLIG : Version.LEDAMOT);
  }
}
