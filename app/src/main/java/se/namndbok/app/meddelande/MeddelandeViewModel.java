package se.namndbok.app.meddelande;

import java.nio.file.Path;
import java.util.List;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.MotesVal;
import se.namndbok.app.shared.Period;
import se.namndbok.app.shared.ReportedEntriesViewModel;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.meddelande.Meddelande;
import se.namndbok.core.meddelande.MeddelandeFilter;

/** The meddelanden list: filtered by meeting, period and "ej anmälda" through the core; delete with Ångra; import. */
public final class MeddelandeViewModel extends ReportedEntriesViewModel<Meddelande, MeddelandeFilter> {

  public MeddelandeViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "meddelanden");
  }

  @Override
  protected MeddelandeFilter filter(MotesVal mote, Period period) {
    return new MeddelandeFilter(mote.sammantradeId(), period.fran(), period.till(), mote.ejAnmalda());
  }

  @Override
  protected List<Meddelande> fetch(MeddelandeFilter filter) {
    return services.meddelanden().list(filter);
  }

  @Override
  protected Meddelande remove(Meddelande m) {
    return services.meddelanden().delete(m.id());
  }

  @Override
  protected Meddelande restore(Meddelande deleted) {
    return services.meddelanden().aterstall(deleted);
  }

  @Override
  protected int importFile(Path file) {
    return services.core().meddelandeImport()
        .importera(file).size();
  }

  @Override
  protected Long sammantradeId(Meddelande m) {
    return m.sammantradeId();
  }
}
