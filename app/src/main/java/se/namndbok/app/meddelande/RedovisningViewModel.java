package se.namndbok.app.meddelande;

import se.namndbok.app.kallelse.MotesExport;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.MeetingDocumentViewModel;
import se.namndbok.app.shared.TaskExecutor;

/** "Skapa redovisning" of the meddelanden reported to a meeting, as {@code export meddelanden} writes it. */
public final class RedovisningViewModel extends MeetingDocumentViewModel {

  public RedovisningViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "meddelanden.redovisning", ".skapar.offentlig",
        (s, mote, version, out, progress) -> new MotesExport(s.core())
            .meddelanden(mote.datum(), version, out, progress));
  }
}
