package se.namndbok.app.delegationsbeslut;

import se.namndbok.core.anmalan.AnmalanFilter;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.MotesVal;
import se.namndbok.app.shared.Period;
import se.namndbok.app.shared.ReportedEntriesViewModel;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.delegationsbeslut.Delegationsbeslut;
import se.namndbok.core.namnd.Delegat;

/**
 * The delegationsbeslut list: the reported entries' list (filtered by meeting, period and "ej anmälda", delete,
 * move and undo, import) on the core's delegationsbeslut, with a filter of its own, the delegat.
 */
public final class DelegationsbeslutViewModel extends ReportedEntriesViewModel<Delegationsbeslut> {
  /** The "all delegater" choice of the delegat filter. */
  public static final Delegat ALLA_DELEGATER = new Delegat(0, 0, Messages.get("filter.alla.delegater"), 0, 0);

  private final ObservableList<Delegat> delegatval = FXCollections.observableArrayList(ALLA_DELEGATER);
  private final ObjectProperty<Delegat> delegat = new SimpleObjectProperty<>(ALLA_DELEGATER);

  public DelegationsbeslutViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "delegationsbeslut", services.delegationsbeslut(),
        services.core().delegationsbeslutImport());
    delegat.addListener((o, was, now) -> refresh());
  }

  @Override
  protected Runnable fetchMoreChoices() {
    List<Delegat> all = services.delegater().all();
    return () -> {
      delegatval.setAll(ALLA_DELEGATER);
      delegatval.addAll(all);
    };
  }

  @Override
  protected AnmalanFilter filter(MotesVal mote, Period period) {
    Delegat d = delegat.get();
    Long delegatId = d == null || d == ALLA_DELEGATER ? null : d.id();
    return new AnmalanFilter(mote.sammantradeId(), period.fran(), period.till(), mote.ejAnmalda(), delegatId);
  }

  public ObservableList<Delegat> delegatval() {
    return delegatval;
  }

  public ObjectProperty<Delegat> delegatProperty() {
    return delegat;
  }
}
