package se.namndbok.app.meddelande;

import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.ReportedEntriesViewModel;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.meddelande.Meddelande;

/**
 * The meddelanden list: the reported entries' list (filtered by meeting, period and "ej anmälda", delete, move and
 * undo, import) on the core's meddelanden.
 */
public final class MeddelandeViewModel extends ReportedEntriesViewModel<Meddelande> {

  public MeddelandeViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "meddelanden", services.meddelanden(), services.core().meddelandeImport());
  }
}
