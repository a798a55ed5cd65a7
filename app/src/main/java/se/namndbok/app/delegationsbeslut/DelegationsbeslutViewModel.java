package se.namndbok.app.delegationsbeslut;

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
import se.namndbok.core.delegationsbeslut.DelegationsbeslutFilter;
import se.namndbok.core.namnd.Delegat;

/**
 * The list under the form: filtered by meeting, delegat, period and "ej anmälda" through the core's filter
 * (in the background), sorted by the table; delete with "Ångra" of the last delete; CSV import.
 */
public final class DelegationsbeslutViewModel extends ReportedEntriesViewModel<Delegationsbeslut, DelegationsbeslutFilter> {
  /** The "all delegater" choice of the delegat filter. */
  public static final Delegat ALLA_DELEGATER = new Delegat(0, 0, Messages.get("filter.alla.delegater"), 0);

  private final ObservableList<Delegat> delegatval = FXCollections.observableArrayList(ALLA_DELEGATER);
  private final ObjectProperty<Delegat> delegat = new SimpleObjectProperty<>(ALLA_DELEGATER);

  public DelegationsbeslutViewModel(AppServices services, TaskExecutor executor) {
    super(services, executor, "delegationsbeslut");
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
  protected DelegationsbeslutFilter filter(MotesVal mote, Period period) {
    Delegat d = delegat.get();
    Long delegatId = d == null || d == ALLA_DELEGATER ? null : d.id();
    return new DelegationsbeslutFilter(mote.sammantradeId(), delegatId, period.fran(), period.till(), mote.ejAnmalda());
  }

  @Override
  protected List<Delegationsbeslut> fetch(DelegationsbeslutFilter filter) {
    return services.delegationsbeslut().list(filter);
  }

  @Override
  protected Delegationsbeslut remove(Delegationsbeslut b) {
    return services.delegationsbeslut().delete(b.id());
  }

  @Override
  protected Delegationsbeslut restore(Delegationsbeslut deleted) {
    return services.delegationsbeslut().aterstall(deleted);
  }

  @Override
  protected int importFile(Path file) {
    return services.core().delegationsbeslutImport()
        .importera(file).size();
  }

  @Override
  protected Long sammantradeId(Delegationsbeslut b) {
    return b.sammantradeId();
  }

  public ObservableList<Delegat> delegatval() {
    return delegatval;
  }

  public ObjectProperty<Delegat> delegatProperty() {
    return delegat;
  }
}
