package se.namndbok.app.diarium;

import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.FieldErrors;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.arende.Arende;
import se.namndbok.core.arende.ArendeStatus;
import se.namndbok.core.arende.ArendeStatusService;

/**
 * "Avsluta ärende" for an ongoing ärende, "Återöppna ärende" for a closed one, with the reason; one
 * {@link ArendeStatusService} call, whose refusal (a reopening without reason) lands at the reason field.
 */
public final class ArendeStatusViewModel {
  private final ArendeStatusService service;
  private final TaskExecutor executor;
  private final Arende arende;
  private final StringProperty anledning = new SimpleStringProperty("");
  private final BooleanProperty saving = new SimpleBooleanProperty();
  private final FieldErrors errors = new FieldErrors(ArendeStatusService.ANLEDNING);

  public ArendeStatusViewModel(ArendeStatusService service, TaskExecutor executor, Arende arende) {
    this.service = service;
    this.executor = executor;
    this.arende = arende;
  }

  /** True when the ärende is ongoing and the form closes it; false when it reopens a closed one. */
  public boolean avslutar() {
    return arende.status() == ArendeStatus.PAGAENDE;
  }

  public void save(Consumer<Arende> onSaved) {
    if (saving.get()) {
      return;
    }
    errors.clear();
    String reason = anledning.get();
    boolean close = avslutar();
    BackgroundTask.wrap(() -> close ? service.avsluta(arende.id(), reason) : service.ateroppna(arende.id(), reason))
        .onRunning(() -> saving.set(true))
        .onSuccess(onSaved)
        .onFailure(errors::show)
        .onFinished(() -> saving.set(false))
        .executeWith(executor);
  }

  public Arende arende() {
    return arende;
  }

  public StringProperty anledningProperty() {
    return anledning;
  }

  public BooleanProperty savingProperty() {
    return saving;
  }

  public FieldErrors errors() {
    return errors;
  }
}
