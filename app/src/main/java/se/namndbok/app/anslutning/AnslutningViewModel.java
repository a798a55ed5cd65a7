package se.namndbok.app.anslutning;

import java.util.Arrays;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import se.namndbok.app.shared.BackgroundTask;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.TaskExecutor;
import se.namndbok.core.db.Database;
import se.namndbok.core.db.StoreConnectionException;

/**
 * "Anslut till nämndens gemensamma databas": server, database, user name and password. Connecting happens off
 * the JavaFX thread; a refusal (wrong password, unknown database, server out of reach) is said in Swedish
 * under the form; on success the connection details (never the password) are remembered.
 */
public final class AnslutningViewModel {
  /** Opens the shared store; the program's is {@link Database#openPostgres}, tests may give their own. */
  @FunctionalInterface
  public interface Oppnare {
    Database open(String url, String user, String password);
  }

  private final Anslutningsuppgifter.Minne minne;
  private final Oppnare oppnare;
  private final TaskExecutor executor;
  private final Consumer<Database> onConnected;
  private final StringProperty server = new SimpleStringProperty("");
  private final StringProperty databas = new SimpleStringProperty("namndbok");
  private final StringProperty anvandare = new SimpleStringProperty("");
  private final StringProperty losenord = new SimpleStringProperty("");
  private final StringProperty fel = new SimpleStringProperty("");
  private final BooleanProperty busy = new SimpleBooleanProperty();

  public AnslutningViewModel(Anslutningsuppgifter.Minne minne, Oppnare oppnare, TaskExecutor executor,
      Consumer<Database> onConnected) {
    this.minne = minne;
    this.oppnare = oppnare;
    this.executor = executor;
    this.onConnected = onConnected;
    minne.load().ifPresent(a -> {
      server.set(a.server());
      databas.set(a.databas());
      anvandare.set(a.anvandare());
    });
  }

  public void anslut() {
    String missing = Arrays.asList(new String[][] {{server.get(), "anslut.server"}, {databas.get(), "anslut.databas"},
        {anvandare.get(), "anslut.anvandare"}, {losenord.get(), "anslut.losenord"}}).stream()
        .filter(f -> f[0] == null || f[0].isBlank()).map(f -> Messages.get(f[1]).toLowerCase(java.util.Locale.ROOT)).findFirst().orElse(null);
    if (missing != null) {
      fel.set(Messages.format("anslut.saknas", missing));
      return;
    }
    Anslutningsuppgifter a = new Anslutningsuppgifter(server.get().strip(), databas.get().strip(), anvandare.get().strip());
    String password = losenord.get();
    BackgroundTask.wrap(() -> oppnare.open(a.url(), a.anvandare(), password))
        .titled(Messages.get("anslut.ansluter"))
        .onRunning(() -> {
          busy.set(true);
          fel.set("");
        })
        .onSuccess(db -> {
          losenord.set("");
          minne.save(a);
          onConnected.accept(db);
        })
        .onFailure(t -> fel.set(t instanceof StoreConnectionException ? t.getMessage()
            : Messages.format("anslut.fel", String.valueOf(t.getMessage()))))
        .onFinished(() -> busy.set(false))
        .executeWith(executor);
  }

  public StringProperty serverProperty() {
    return server;
  }

  public StringProperty databasProperty() {
    return databas;
  }

  public StringProperty anvandareProperty() {
    return anvandare;
  }

  public StringProperty losenordProperty() {
    return losenord;
  }

  public StringProperty felProperty() {
    return fel;
  }

  public BooleanProperty busyProperty() {
    return busy;
  }
}
