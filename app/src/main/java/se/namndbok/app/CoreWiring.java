package se.namndbok.app;

import se.namndbok.core.CoreServices;
import se.namndbok.core.Renderers;
import se.namndbok.core.db.Database;
import se.namndbok.core.shared.Clock;
import se.namndbok.reports.kallelse.KallelsePdfRenderer;
import se.namndbok.reports.protokoll.ProtokollPdfRenderer;

/**
 * The one place the program builds the core's composition root on an opened store, for the window and the
 * commands: with the reports' renderers, which make the PDFs core keeps (a sent kallelse, a justerat protokoll).
 */
public final class CoreWiring {
  private CoreWiring() {}

  public static CoreServices build(Database store, Clock clock) {
    return new CoreServices(store, clock, renderers());
  }

  public static Renderers renderers() {
    return new Renderers(new KallelsePdfRenderer(), new ProtokollPdfRenderer());
  }
}
