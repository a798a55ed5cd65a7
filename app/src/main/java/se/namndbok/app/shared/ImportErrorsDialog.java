package se.namndbok.app.shared;

import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import se.namndbok.core.shared.ImportError;

/** A refused import: every bad line (fil, rad, kolumn, fel), and that nothing of the file was saved. */
public final class ImportErrorsDialog {
  private ImportErrorsDialog() {}

  public static void show(Window owner, List<ImportError> errors) {
    Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
    alert.initOwner(owner);
    alert.setTitle(Messages.get("app.titel"));
    alert.setHeaderText(Messages.format("import.vagrad", errors.size()));
    alert.getDialogPane().setId("importErrorsDialog");
    Theme.style(alert.getDialogPane());
    TableView<ImportError> table = new TableView<>();
    table.setId("importErrorsTable");
    table.setAccessibleText(Messages.get("import.fel"));
    // the message wraps in its column, which takes the dialog's width: a walk had to scroll sideways to read it
    TableColumn<ImportError, String> fel = column("import.kol.fel", ImportError::message, 420);
    fel.setCellFactory(col -> new WrappingCell<>());
    table.getColumns().setAll(List.of(column("import.kol.fil", ImportError::file, 140),
        column("import.kol.rad", e -> e.line() == 0 ? "" : Integer.toString(e.line()), 50),
        column("import.kol.kolumn", e -> e.column() == null ? "" : e.column(), 120), fel));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
    table.getItems().setAll(errors);
    table.setPrefSize(760, 300);
    alert.getDialogPane().setContent(table);
    alert.setResizable(true);
    alert.showAndWait();
  }

  private static TableColumn<ImportError, String> column(String key, Function<ImportError, String> value, double width) {
    TableColumn<ImportError, String> c = new TableColumn<>(Messages.get(key));
    c.setCellValueFactory(cell -> new ReadOnlyObjectWrapper<>(value.apply(cell.getValue())));
    c.setCellFactory(col -> new TooltipCell<>());
    c.setPrefWidth(width);
    EntryForms.fitHeading(c);
    return c;
  }
}
