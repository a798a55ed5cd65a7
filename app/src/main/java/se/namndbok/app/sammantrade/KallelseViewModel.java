package se.namndbok.app.sammantrade;

import se.namndbok.app.kallelse.MotesExport;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.MeetingDocumentViewModel;
import se.namndbok.app.shared.TaskExecutor;

/** "Skapa kallelse" and "Skapa offentlig kallelse" for the selected meeting. */
public final class KallelseViewModel extends MeetingDocumentViewModel {

  public KallelseViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "kallelse", ".skapar.offentlig",
        (s, mote, version, out, progress) -> new MotesExport(s.core())
            .kallelse(mote.id(), version, out, progress));
  }
}
