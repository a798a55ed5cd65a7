package se.namndbok.app.protokoll;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.ExportBehorighet;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.db.Database;
import se.namndbok.core.protokoll.JusteratProtokollService;
import se.namndbok.core.protokoll.ProtokollVersion;
import se.namndbok.core.protokoll.Rattelse;
import se.namndbok.reports.layout.ExportResult;
import se.namndbok.reports.layout.KeptPdf;
import se.namndbok.reports.sekretess.Version;

/**
 * A justerat protokoll's kept versions (each PDF saved byte for byte as kept) and its rättelse: a § chosen, its
 * corrected beslut and the reason, sent as one core call; the new version then shows in the list.
 */
public final class RattelseViewModel {
  private final JusteratProtokollService service;
  private final Database store;
  private final TaskExecutor executor;
  private final ObservableList<ProtokollVersion> versioner = FXCollections.observableArrayList();
  private final ObjectProperty<ParagrafRad> paragraf = new SimpleObjectProperty<>();
  private final StringProperty beslut = new SimpleStringProperty("");
  private final StringProperty skal = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final FieldErrors errors = new FieldErrors(JusteratProtokollService.SKAL, "Beslut", "Rättelse");
  private long sammantradeId;

  public RattelseViewModel(JusteratProtokollService service, Database store, TaskExecutor executor) {
    this.service = service;
    this.store = store;
    this.executor = executor;
    paragraf.addListener((o, was, now) -> beslut.set(now == null ? "" : now.beslutProperty().get()));
  }

  /** Shows the versions of the meeting's protokoll (none while it is not justerat). */
  public void load(long sammantradeId) {
    this.sammantradeId = sammantradeId;
    BackgroundTask.wrap(() -> service.versioner(sammantradeId)).onSuccess(v -> {
      if (this.sammantradeId == sammantradeId) {
        versioner.setAll(v);
      }
    }).executeWith(executor);
  }

  /** Sends the rättelse of the chosen § ; {@code done} runs after it was kept (the protokoll is then read again). */
  public void ratta(Runnable done) {
    ParagrafRad p = paragraf.get();
    errors.clear();
    if (p == null) {
      errors.get("Beslut").set("välj paragrafen som ska rättas");
      return;
    }
    long id = sammantradeId;
    Rattelse r = Rattelse.avBeslut(skal.get(), p.arendepunktId(), beslut.get(), p.beslutsgangProperty().get());
    BackgroundTask.wrap(() -> service.ratta(id, r))
        .onRunning(() -> saving.set(true))
        .onSuccess(v -> {
          skal.set("");
          paragraf.set(null);
          load(id);
          done.run();
        })
        .onFailure(errors::show)
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  /** Writes a kept version's PDF (members' or public copy) to {@code out}, byte for byte as kept. */
  public void spara(ProtokollVersion v, boolean offentlig, Path out, Consumer<ExportResult> done) {
    BackgroundTask.wrap(() -> {
      ExportBehorighet.kravVersion(store, offentlig ? Version.OFFENTLIG : Version.LEDAMOT);
      return KeptPdf.write(service.pdf(v.sammantradeId(), v.version(), offentlig), out);
    })
        .onSuccess(done::accept).onFailure(errors::show).executeWith(executor);
  }

  public ObservableList<ProtokollVersion> versioner() {
    return versioner;
  }

  public ObjectProperty<ParagrafRad> paragrafProperty() {
    return paragraf;
  }

  public StringProperty beslutProperty() {
    return beslut;
  }

  public StringProperty skalProperty() {
    return skal;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }

  public FieldErrors errors() {
    return errors;
  }
}
