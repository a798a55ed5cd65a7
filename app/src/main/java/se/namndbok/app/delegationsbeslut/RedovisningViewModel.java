package se.namndbok.app.delegationsbeslut;

import se.namndbok.app.kallelse.MotesExport;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.MeetingDocumentViewModel;
import se.namndbok.app.shared.TaskExecutor;

/** "Skapa redovisning" of the delegationsbeslut reported to a meeting, as {@code export delegationsbeslut} writes it. */
public final class RedovisningViewModel extends MeetingDocumentViewModel {

  public RedovisningViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "delegationsbeslut.redovisning", ".skapar.offentlig",
        (s, mote, version, out, progress) -> new MotesExport(s.core())
            .delegationsbeslut(mote.datum(), version, out, progress));
  }
}
