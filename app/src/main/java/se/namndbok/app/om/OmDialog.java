package se.namndbok.app.om;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import se.namndbok.app.shared.Forms;
import se.namndbok.app.shared.Messages;
import se.namndbok.app.shared.Theme;
import se.namndbok.app.shared.TooltipCell;

/**
 * "Om Nämndbok" (Hjälp → Om Nämndbok): the version, the Java it runs on and each bundled library with its licence,
 * in a table that scrolls; Esc, Enter or "Stäng" close it.
 */
public final class OmDialog {
  private OmDialog() {}

  public static void show(Window owner) {
    OmNamndbok om = OmNamndbok.load();
    Dialog<Void> dialog = new Dialog<>();
    dialog.initOwner(owner);
    dialog.setTitle(Messages.get("om.titel"));
    dialog.setHeaderText(Messages.get("app.titel"));
    dialog.setGraphic(new ImageView(new Image(OmDialog.class.getResourceAsStream("/se/namndbok/app/ikon-64.png"))));
    dialog.setResizable(true);
    dialog.getDialogPane().setId("omDialog");
    Theme.style(dialog.getDialogPane());
    ButtonType close = new ButtonType(Messages.get("knapp.stang"), ButtonBar.ButtonData.CANCEL_CLOSE);
    dialog.getDialogPane().getButtonTypes().setAll(close);
    Button closeButton = (Button) dialog.getDialogPane().lookupButton(close);
    closeButton.setId("omStang");
    closeButton.setDefaultButton(true);
    dialog.getDialogPane().setContent(content(om));
    dialog.showAndWait();
  }

  private static VBox content(OmNamndbok om) {
    Label version = new Label(Messages.format("om.version", om.version()));
    version.setId("omVersion");
    version.getStyleClass().add("section-title");
    Label runtime = new Label(om.javaRuntime());
    runtime.setId("omJava");
    Forms.wrapping(runtime);
    Label intro = new Label(Messages.get("om.bibliotek"));
    Forms.wrapping(intro);
    TableView<Bibliotek> table = new TableView<>(FXCollections.observableList(om.bibliotek()));
    table.setId("omBibliotek");
    table.setAccessibleText(Messages.get("om.bibliotek"));
    table.getColumns().setAll(List.of(column("om.kolumn.namn", Bibliotek::namn, 230),
        column("om.kolumn.version", Bibliotek::version, 100), column("om.kolumn.licens", Bibliotek::licens, 310)));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.setPrefSize(660, 300);
    table.setMinHeight(120);
    VBox.setVgrow(table, Priority.ALWAYS);
    Label typsnitt = new Label(Messages.format("om.typsnitt", om.typsnittLicens()));
    typsnitt.setId("omTypsnitt");
    Forms.wrapping(typsnitt);
    VBox box = new VBox(10, version, runtime, intro, table, typsnitt);
    box.setPrefWidth(680);
    return box;
  }

  private static TableColumn<Bibliotek, String> column(String key, Function<Bibliotek, String> value, double width) {
    TableColumn<Bibliotek, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
    c.setCellFactory(x -> new TooltipCell<>());
    c.setPrefWidth(width);
    return c;
  }
}
