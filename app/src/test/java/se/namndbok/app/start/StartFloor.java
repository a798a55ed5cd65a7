package se.namndbok.app.start;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import se.namndbok.app.shared.Programstart;

/**
 * The floor of the start benchmark: the least a JavaFX program does to show the diarium. It opens the same H2
 * file with plain JDBC on a thread of its own while the toolkit starts, reads the newest ärenden the diarium shows
 * ({@value #LIMIT}, as the diarium loads), fills a TableView with their diarienummer, klassificering, rubrik,
 * status and date, and prints the same marker as the program once the next layout pulse has laid the rows out.
 * No theme, no menu, no migrations, no services. Run as {@code StartFloor <data folder>} in a fresh JVM (its main
 * is not in the Application, so that it starts with JavaFX on the class path, as the program's Launcher does).
 */
public final class StartFloor {
  static final int LIMIT = 500;
  private static volatile CompletableFuture<List<Rad>> rows;

  record Rad(String diarienummer, String klassificering, String rubrik, String status, String registrerad) {}

  public static void main(String[] args) {
    Path folder = Path.of(args[0]);
    CompletableFuture<List<Rad>> read = new CompletableFuture<>();
    rows = read;
    Thread.ofPlatform().daemon().name("golv-oppna").start(() -> {
      try {
        read.complete(read(folder));
      } catch (RuntimeException | SQLException e) {
        read.completeExceptionally(e);
      }
    });
    Application.launch(Fonster.class, args);
  }

  static List<Rad> read(Path folder) throws SQLException {
    String url = "jdbc:h2:file:" + folder.toAbsolutePath().resolve("namndbok") + ";CACHE_SIZE=65536;DB_CLOSE_ON_EXIT=FALSE";
    try (Connection c = DriverManager.getConnection(url, "namndbok", ""); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT ar, lopnummer, klassificering, rubrik, status, registrerad FROM arende"
            + " ORDER BY ar DESC, lopnummer DESC LIMIT " + LIMIT)) {
      List<Rad> list = new ArrayList<>();
      while (rs.next()) {
        list.add(new Rad(rs.getInt(1) + "/" + rs.getInt(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getString(6)));
      }
      return list;
    }
  }

  private StartFloor() {}

  /** The window. */
  public static final class Fonster extends Application {
  @Override
  public void start(Stage stage) {
    TableView<Rad> table = new TableView<>();
    table.getColumns().add(column("Diarienummer", Rad::diarienummer));
    table.getColumns().add(column("Klassificering", Rad::klassificering));
    table.getColumns().add(column("Rubrik", Rad::rubrik));
    table.getColumns().add(column("Status", Rad::status));
    table.getColumns().add(column("Registrerat", Rad::registrerad));
    Scene scene = new Scene(table, 1100, 700);
    stage.setTitle("Golv");
    stage.setScene(scene);
    stage.show();
    rows.whenComplete((list, failure) -> Platform.runLater(() -> {
      if (failure != null) {
        failure.printStackTrace();
        Platform.exit();
        return;
      }
      table.getItems().setAll(list);
      boolean[] done = new boolean[1];
      scene.addPostLayoutPulseListener(() -> {
        if (!done[0]) {
          done[0] = true;
          System.out.println(Programstart.MARKER + "Diariet");
          System.out.flush();
        }
      });
      Platform.requestNextPulse();
    }));
  }
  }

  private static TableColumn<Rad, String> column(String title, java.util.function.Function<Rad, String> value) {
    TableColumn<Rad, String> c = new TableColumn<>(title);
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    return c;
  }
}
