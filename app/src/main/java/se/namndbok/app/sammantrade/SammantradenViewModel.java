package se.namndbok.app.sammantrade;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.AppServices;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.namnd.Utskott;
import se.namndbok.core.sammantrade.Sammantrade;

/**
 * The meetings of the board and its committees (newest first, past and coming), the selected one, and the
 * organs a new meeting can be for. The selected meeting is remembered between starts; without a remembered
 * one the next meeting not yet held is selected.
 */
public final class SammantradenViewModel {
  private final AppServices services;
  private final TaskExecutor executor;
  private final ObservableList<Sammantrade> moten = FXCollections.observableArrayList();
  private final ObservableList<Organ> organ = FXCollections.observableArrayList();
  private final Map<Long, String> utskottNamn = new HashMap<>();
  private final ObjectProperty<Sammantrade> selected = new SimpleObjectProperty<>();

  private final javafx.beans.property.ReadOnlyBooleanWrapper laddar = new javafx.beans.property.ReadOnlyBooleanWrapper();

  public SammantradenViewModel(AppServices services, TaskExecutor executor) {
    this.services = services;
    this.executor = executor;
    selected.addListener((o, was, now) -> {
      if (now != null) {
        services.preferences().saveLastMeeting(now.id());
      }
    });
  }

  /** Fetches the meetings and organs off the JavaFX thread and selects the remembered (or next) meeting. */
  public void load() {
    laddar.set(true);
    BackgroundTask.wrap(this::read)
        .titled(Messages.get("moten.laddar"))
        .onSuccess(this::loaded)
        .onFinished(() -> laddar.set(false))
        .executeWith(executor);
  }

  /** While the meetings are being read: the empty list then says so, not that there are none. */
  public javafx.beans.property.ReadOnlyBooleanProperty laddarProperty() {
    return laddar.getReadOnlyProperty();
  }

  private Loaded read() {
    String namnd = services.namnder().current().map(n -> n.namn()).orElse("");
    Optional<Sammantrade> next = services.sammantraden().nastaEjGenomforda();
    return new Loaded(services.sammantraden().all(), namnd, services.namnder().utskott(), next.orElse(null));
  }

  private void loaded(Loaded l) {
    utskottNamn.clear();
    l.utskott().forEach(u -> utskottNamn.put(u.id(), u.namn()));
    organ.setAll(new Organ(null, l.namnd()));
    l.utskott().forEach(u -> organ.add(new Organ(u.id(), u.namn())));
    moten.setAll(l.moten());
    long remembered = services.preferences().lastMeeting().orElse(-1);
    Sammantrade pick = moten.stream().filter(m -> m.id() == remembered).findFirst()
        .orElse(l.next() != null ? l.next() : moten.isEmpty() ? null : moten.getFirst());
    selected.set(pick);
  }

  /** Reads the meetings again (a stage changed: sent, held, justerat), keeping the selected one selected. */
  public void reloadSelected() {
    Sammantrade keep = selected.get();
    BackgroundTask.wrap(this::read).onSuccess(l -> {
      loaded(l);
      if (keep != null) {
        moten.stream().filter(m -> m.id() == keep.id()).findFirst().ifPresent(selected::set);
      }
    }).executeWith(executor);
  }

  /** A meeting just created: listed in date order and selected. */
  public void added(Sammantrade s) {
    moten.add(s);
    moten.sort((a, b) -> b.datum().compareTo(a.datum()));
    selected.set(s);
  }

  /** "Socialnämnden" or the committee's name. */
  public String organ(Sammantrade s) {
    if (s.utskottId() == null) {
      return organ.isEmpty() ? "" : organ.getFirst().namn();
    }
    return utskottNamn.getOrDefault(s.utskottId(), "");
  }

  public ObservableList<Sammantrade> moten() {
    return moten;
  }

  public ObservableList<Organ> organ() {
    return organ;
  }

  public ObjectProperty<Sammantrade> selectedProperty() {
    return selected;
  }

  public AppServices services() {
    return services;
  }

  private record Loaded(List<Sammantrade> moten, String namnd, List<Utskott> utskott, Sammantrade next) {}
}
