package se.namndbok.app.shared;

import se.namndbok.core.db.Database;
import se.namndbok.reports.sekretess.Version;

/**
 * A läsare (or an administratör without a working role) reads the shared store through masking views: only
 * the public version of a document is true for them, so the members' version is refused in Swedish
 * (decision 0091).
 */
public final class ExportBehorighet {
  private ExportBehorighet() {}

  public static void kravVersion(Database db, Version version) {
    if (version != Version.OFFENTLIG) {
      db.behorighet().kravSekretess("ta fram ledamöternas version med sekretessbelagt innehåll (ta fram den "
          + "offentliga versionen)");
    }
  }
}
