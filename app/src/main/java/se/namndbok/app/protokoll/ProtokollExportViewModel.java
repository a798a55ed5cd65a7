package se.namndbok.app.protokoll;

import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.MeetingDocumentViewModel;
import se.namndbok.app.shared.TaskExecutor;

/** "Skapa protokoll" and "Skapa offentligt protokoll", the same way as the kallelse buttons. */
public final class ProtokollExportViewModel extends MeetingDocumentViewModel {

  public ProtokollExportViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "protokoll", ".skapar.offentligt",
        (s, mote, version, out, progress) -> new ProtokollExport(s.core())
            .protokoll(mote.id(), version, out, progress));
  }
}
